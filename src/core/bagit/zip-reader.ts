/**
 * Reads a zipped bag into memory, refusing anything that could hurt whoever extracts it or the
 * process reading it: names that escape the target folder, duplicates (the later entry would silently
 * win on extraction), symbolic links, encrypted or exotic entries, and archives that inflate beyond a
 * cap. The cap counts the bytes actually inflated, because the sizes in the headers are whatever the
 * archive's author chose to write.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { crc32 } from 'node:zlib';
import yauzl from 'yauzl';
import { pathProblem } from '../fs/safe-path.js';
import { messageFor, type BagProblemCode, type MessageArgs, type ZipPathReason } from './messages.js';
import { MemorySource } from './source.js';
import type { BagProblem, ZipLimits } from './types.js';

export interface ZipReadResult {
  problems: BagProblem[];
  /** Present when the archive is safe to look inside and holds a bag. */
  source?: MemorySource;
  /** The bag's top folder inside the zip, with trailing `/`, or '' for a bag at the zip's root. */
  prefix?: string;
}

const S_IFMT = 0o170000;
const S_IFREG = 0o100000;
const S_IFDIR = 0o040000;
const S_IFLNK = 0o120000;
const MADE_BY_UNIX = 3;

/** Why an entry's name is unsafe to extract (core/fs/safe-path.ts, in the zip reader's words), or null. */
export function unsafeName(name: string): ZipPathReason | null {
  switch (pathProblem(name.endsWith('/') ? name.slice(0, -1) : name)) {
    case undefined:
      return null;
    case 'control':
      return 'control-character';
    case 'parent':
      return 'traversal';
    case 'backslash':
      return 'backslash';
    case 'empty':
    case 'empty-segment':
      return 'empty-segment';
    default:
      return 'absolute';
  }
}

type EntryRead = { kind: 'ok'; data: Buffer } | { kind: 'too-large' } | { kind: 'corrupt'; reason: string };

async function readEntry(zip: yauzl.ZipFile, entry: yauzl.Entry, budget: number): Promise<EntryRead> {
  let stream;
  try {
    stream = await zip.openReadStreamPromise(entry);
  } catch (err) {
    return { kind: 'corrupt', reason: (err as Error).message };
  }
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      const buf = chunk as Buffer;
      size += buf.length;
      if (size > budget) {
        stream.destroy();
        return { kind: 'too-large' };
      }
      chunks.push(buf);
    }
  } catch (err) {
    return { kind: 'corrupt', reason: (err as Error).message };
  }
  return { kind: 'ok', data: Buffer.concat(chunks, size) };
}

const LOCAL_HEADER = 0x04034b50;

/**
 * What the entry's local header says, when it disagrees with the central directory: the name, or a
 * description of the field that differs. Readers that stream a zip from its start (Java's
 * ZipInputStream, many extractors) go by the local headers, yauzl by the central directory; an archive
 * whose two disagree shows each reader a different file, so the names and methods must match.
 */
function localHeaderMismatch(fd: number, entry: yauzl.Entry): string | null {
  const fixed = Buffer.alloc(30);
  if (readSync(fd, fixed, 0, 30, entry.relativeOffsetOfLocalHeader) !== 30 || fixed.readUInt32LE(0) !== LOCAL_HEADER) return '(no local header)';
  const nameLength = fixed.readUInt16LE(26);
  const name = Buffer.alloc(nameLength);
  if (readSync(fd, name, 0, nameLength, entry.relativeOffsetOfLocalHeader + 30) !== nameLength) return '(truncated local header)';
  if (!name.equals(entry.fileNameRaw)) return name.toString('utf8').replace(/[\u0000-\u001f\u007f]/g, '?');
  if (fixed.readUInt16LE(8) !== entry.compressionMethod) return `(compression method ${fixed.readUInt16LE(8)})`;
  if ((fixed.readUInt16LE(6) & 0x1) !== (entry.generalPurposeBitFlag & 0x1)) return '(encryption flag)';
  return null;
}

/**
 * Opens the archive without blocking on a FIFO, and only if it is a regular file: yauzl would otherwise
 * open whatever the path names (a FIFO, /dev/zero) and wait on it or read it for ever. A link the user
 * names on the command line is followed, as any command follows it; the check is on what it opens.
 */
function openZipFile(zipPath: string): { fd: number } | { problem: 'not-regular' | 'unreadable'; reason: string } {
  let fd: number;
  try {
    fd = openSync(zipPath, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return code === 'ENXIO' ? { problem: 'not-regular', reason: code } : { problem: 'unreadable', reason: (err as Error).message };
  }
  if (!fstatSync(fd).isFile()) {
    closeSync(fd);
    return { problem: 'not-regular', reason: 'not a regular file' };
  }
  return { fd };
}

export async function readBagZip(zipPath: string, limits: ZipLimits): Promise<ZipReadResult> {
  const problems: BagProblem[] = [];
  const report = <C extends BagProblemCode>(code: C, file: string | undefined, ...args: MessageArgs<C>): void => {
    const message = messageFor(code, ...args);
    problems.push(file === undefined ? { severity: 'error', code, message } : { severity: 'error', code, file, message });
  };

  const opened = openZipFile(zipPath);
  if ('problem' in opened) {
    if (opened.problem === 'not-regular') report('zip_not_regular', zipPath, { file: zipPath });
    else report('zip_unreadable', zipPath, { file: zipPath, reason: opened.reason });
    return { problems };
  }
  const { fd } = opened;
  let zip: yauzl.ZipFile;
  try {
    // decodeStrings off: yauzl would otherwise abort the whole read on the first unsafe name, and we
    // want every bad entry named. strictFileNames keeps backslashes visible instead of rewriting them.
    zip = await yauzl.fromFdPromise(fd, {
      lazyEntries: true,
      autoClose: false,
      decodeStrings: false,
      validateEntrySizes: true,
      strictFileNames: true,
    });
  } catch (err) {
    closeSync(fd);
    report('zip_unreadable', zipPath, { file: zipPath, reason: (err as Error).message });
    return { problems };
  }

  const contents = new Map<string, Buffer>();
  const directories = new Set<string>();
  // A problem that makes the archive unsafe to interpret stops us from looking at the bag inside.
  let unsafe = false;
  try {
    if (zip.entryCount > limits.maxEntries) {
      report('zip_too_many_entries', zipPath, { count: zip.entryCount, limit: limits.maxEntries });
      return { problems };
    }
    const seen = new Set<string>();
    let total = 0;
    for await (const entry of zip.eachEntry()) {
      const name = yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, true);
      const reason = unsafeName(name);
      if (reason !== null) {
        report('zip_path_unsafe', name, { file: name, reason });
        unsafe = true;
        continue;
      }
      const isDir = name.endsWith('/');
      const key = isDir ? name.slice(0, -1) : name;
      if (seen.has(key)) {
        report('zip_duplicate_entry', name, { file: name });
        unsafe = true;
        continue;
      }
      seen.add(key);
      const local = localHeaderMismatch(fd, entry);
      if (local !== null) {
        report('zip_local_header_mismatch', name, { file: name, local });
        unsafe = true;
        continue;
      }
      const type = entry.versionMadeBy >> 8 === MADE_BY_UNIX ? (entry.externalFileAttributes >>> 16) & S_IFMT : 0;
      if (type === S_IFLNK) {
        report('zip_symlink', name, { file: name });
        unsafe = true;
        continue;
      }
      if (type !== 0 && type !== S_IFREG && type !== S_IFDIR) {
        report('zip_special_entry', name, { file: name });
        unsafe = true;
        continue;
      }
      if (isDir || type === S_IFDIR) {
        directories.add(key);
        continue;
      }
      if ((entry.generalPurposeBitFlag & 0x1) !== 0) {
        report('zip_encrypted', name, { file: name });
        unsafe = true;
        continue;
      }
      if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8) {
        report('zip_compression_unsupported', name, { file: name, method: entry.compressionMethod });
        unsafe = true;
        continue;
      }
      // Declared sizes are checked first only to fail fast; the real guard is the count in readEntry.
      const entryLimit = limits.maxEntryBytes ?? Infinity;
      if (entry.uncompressedSize > entryLimit) {
        report('zip_entry_too_large', name, { file: name, size: entry.uncompressedSize, limit: entryLimit });
        unsafe = true;
        continue;
      }
      if (total + entry.uncompressedSize > limits.maxTotalBytes) {
        report('zip_too_large', zipPath, { limit: limits.maxTotalBytes });
        unsafe = true;
        break;
      }
      const budget = Math.min(limits.maxTotalBytes - total, entryLimit);
      const read = await readEntry(zip, entry, budget);
      if (read.kind === 'too-large') {
        if (budget === entryLimit) report('zip_entry_too_large', name, { file: name, size: budget + 1, limit: entryLimit });
        else report('zip_too_large', zipPath, { limit: limits.maxTotalBytes });
        unsafe = true;
        break;
      }
      if (read.kind === 'corrupt') {
        report('zip_entry_corrupt', name, { file: name, reason: read.reason });
        continue;
      }
      total += read.data.length;
      // yauzl does not check CRC-32. A mismatch is kept as data so the manifest check can also name
      // the damaged file in bag terms.
      if (crc32(read.data) >>> 0 !== entry.crc32 >>> 0) report('zip_crc_mismatch', name, { file: name });
      contents.set(name, read.data);
    }
  } catch (err) {
    report('zip_unreadable', zipPath, { file: zipPath, reason: (err as Error).message });
    return { problems };
  } finally {
    // yauzl closes the descriptor it was given when the zip is closed.
    zip.close();
  }
  if (unsafe) return { problems };

  let prefix: string | undefined;
  if (contents.has('bagit.txt')) {
    prefix = '';
  } else {
    const tops = new Set([...contents.keys(), ...directories].map((n) => n.split('/')[0] ?? ''));
    const [top] = tops;
    if (tops.size === 1 && top !== undefined && contents.has(`${top}/bagit.txt`)) prefix = `${top}/`;
  }
  if (prefix === undefined) {
    report('zip_no_bag', zipPath);
    return { problems };
  }
  const strip = (n: string): string => n.slice(prefix.length);
  const inner = new Map([...contents].map(([n, d]) => [strip(n), d] as const));
  const innerDirs = [...directories].filter((d) => d.length > prefix.length).map(strip);
  return { problems, source: new MemorySource(inner, innerDirs), prefix };
}
