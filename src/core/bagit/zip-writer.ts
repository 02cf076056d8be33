/**
 * A minimal zip writer whose output depends only on its input.
 *
 * Not yazl: yazl derives the DOS timestamp from local-time getters, so the same Date gives different
 * bytes in different time zones, and feeding it a Date shifted to "UTC as local" breaks on wall-clock
 * times that fall in a DST gap of the machine's zone. Writing the few headers ourselves makes every
 * byte a function of (names, contents, mtime).
 *
 * Entries are STORED, not deflated: deflate output is only as stable as the zlib build (Node bundles
 * Chromium's fork, distributions patch in hardware-accelerated variants), so compressed bytes can
 * differ between machines and Node versions. A submission package is mostly text and already
 * compressed PDFs/images, so the size cost is small and the byte-identity guarantee is unconditional.
 */
import { crc32 } from 'node:zlib';
import { BagWriteError } from './errors.js';

export interface ZipEntry {
  /** Full entry name; directories end with `/`. */
  name: string;
  /** Absent for a directory. */
  data?: Buffer;
}

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIR = 0x06054b50;
// Made by Unix (3) so readers honour the permission bits in the external attributes; spec 2.0.
const VERSION_MADE_BY = (3 << 8) | 20;
const VERSION_NEEDED = 20;
// Bit 11: names are UTF-8. Set on every entry so Persian names never fall back to CP437.
const FLAG_UTF8 = 0x0800;
const METHOD_STORE = 0;
const FILE_ATTRIBUTES = (0o100644 << 16) >>> 0;
// 0x10 is the MS-DOS directory bit, which Windows tools look at instead of the Unix mode.
const DIR_ATTRIBUTES = ((0o040755 << 16) | 0x10) >>> 0;
const MAX_32 = 0xfffffffe;
const MAX_ENTRIES = 0xfffe;

export interface DosDateTime {
  date: number;
  time: number;
}

/** DOS date/time fields from the UTC calendar fields of `when`, clamped to the DOS range 1980–2107. */
export function dosDateTimeUtc(when: Date): DosDateTime {
  const ms = when.getTime();
  if (!Number.isFinite(ms)) throw new BagWriteError('INVALID_MTIME', 'mtime is not a valid date');
  let y = when.getUTCFullYear();
  let mo = when.getUTCMonth() + 1;
  let d = when.getUTCDate();
  let h = when.getUTCHours();
  let mi = when.getUTCMinutes();
  let s = when.getUTCSeconds();
  if (y < 1980) {
    [y, mo, d, h, mi, s] = [1980, 1, 1, 0, 0, 0];
  } else if (y > 2107) {
    [y, mo, d, h, mi, s] = [2107, 12, 31, 23, 59, 58];
  }
  return {
    date: ((y - 1980) << 9) | (mo << 5) | d,
    time: (h << 11) | (mi << 5) | (s >> 1),
  };
}

/**
 * The zip of `entries`, every one with `mtime`. `comment`, the archive's comment (ASCII, at the very
 * end of the file), is how a tool marks a zip as its own: `draft package` names itself there.
 */
export function writeStoredZip(entries: readonly ZipEntry[], mtime: Date, comment = ''): Buffer {
  const commentBytes = Buffer.from(comment, 'latin1');
  if (!/^[\x20-\x7e]*$/.test(comment) || commentBytes.length > 0xffff) {
    throw new BagWriteError('INVALID_COMMENT', 'a zip comment is printable ASCII of at most 65535 bytes');
  }
  if (entries.length > MAX_ENTRIES) {
    throw new BagWriteError('ZIP_TOO_LARGE', `too many zip entries: ${entries.length}`);
  }
  const { date, time } = dosDateTimeUtc(mtime);
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;

  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    if (name.length > 0xffff) throw new BagWriteError('ZIP_TOO_LARGE', `entry name too long: ${entry.name}`);
    const data = entry.data ?? Buffer.alloc(0);
    const isDir = entry.data === undefined;
    const crc = isDir ? 0 : crc32(data) >>> 0;
    if (data.length > MAX_32 || offset > MAX_32) {
      // Zip64 is deliberately unsupported: a submission package is nowhere near 4 GiB.
      throw new BagWriteError('ZIP_TOO_LARGE', 'zip would need Zip64 (over 4 GiB)');
    }

    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL_HEADER, 0);
    local.writeUInt16LE(VERSION_NEEDED, 4);
    local.writeUInt16LE(FLAG_UTF8, 6);
    local.writeUInt16LE(METHOD_STORE, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);

    const header = Buffer.alloc(46);
    header.writeUInt32LE(CENTRAL_HEADER, 0);
    header.writeUInt16LE(VERSION_MADE_BY, 4);
    header.writeUInt16LE(VERSION_NEEDED, 6);
    header.writeUInt16LE(FLAG_UTF8, 8);
    header.writeUInt16LE(METHOD_STORE, 10);
    header.writeUInt16LE(time, 12);
    header.writeUInt16LE(date, 14);
    header.writeUInt32LE(crc, 16);
    header.writeUInt32LE(data.length, 20);
    header.writeUInt32LE(data.length, 24);
    header.writeUInt16LE(name.length, 28);
    header.writeUInt16LE(0, 30); // extra field length: none, so nothing machine-dependent sneaks in
    header.writeUInt16LE(0, 32);
    header.writeUInt16LE(0, 34);
    header.writeUInt16LE(0, 36);
    header.writeUInt32LE(isDir ? DIR_ATTRIBUTES : FILE_ATTRIBUTES, 38);
    header.writeUInt32LE(offset, 42);

    chunks.push(local, name, data);
    central.push(header, name);
    offset += local.length + name.length + data.length;
  }

  const centralSize = central.reduce((sum, b) => sum + b.length, 0);
  if (offset > MAX_32 || centralSize > MAX_32) {
    throw new BagWriteError('ZIP_TOO_LARGE', 'zip would need Zip64 (over 4 GiB)');
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END_OF_CENTRAL_DIR, 0);
  end.writeUInt16LE(0, 4);
  end.writeUInt16LE(0, 6);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  end.writeUInt16LE(commentBytes.length, 20);

  return Buffer.concat([...chunks, ...central, end, commentBytes]);
}
