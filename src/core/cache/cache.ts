import { closeSync, fstatSync, lstatSync, openSync, readSync, statSync } from 'node:fs';
import { crc32 } from 'node:zlib';
import { endianness } from 'node:os';
import { dirname, resolve, sep } from 'node:path';
import { createRequire } from 'node:module';
import { writeFileAtomic } from '../fs/atomic.js';
import { fingerprint } from './fingerprint.js';
import { utf8Text } from '../parse/decode.js';
import { readRegularFileSync } from '../parse/read-file.js';
import { LIMITS } from '../limits.js';
import { isRacy, type Stamp } from './stamp.js';
import { resultOf } from '../engine/result.js';
import type { DraftMeta, FileResult, Finding, Lang } from '../engine/types.js';


export type { Stamp };

const NO_THROW = { throwIfNoEntry: false } as const;

/** Numbers kept per file in the stamps section: size, mtime, ctime, inode, racy. */
const STAT = 5;

/** A finding as kept: without the file's name and the message in the run's language, both derived. */
type Stored = Omit<Finding, 'file' | 'message'>;

/**
 * The cache file is a header line, with the byte length of each section, and one section a line
 * after it, so a run reads and parses only what it needs. Every section is JSON but the stamps,
 * which are the bytes of a Float64Array (five numbers a file: parsing 50,000 numbers from text was
 * a tenth of a run where nothing changed). A run where nothing changed reads
 * the names, the stat stamps and the findings; it never reads the content hashes (needed only when
 * a stamp differs) or the drafts' metadata (needed only when repository rules must run again),
 * which are most of the file. The source lines around findings are kept too (`frames`), so code
 * frames need not read the drafts again.
 */
const LINE = { ids: 0, stamps: 1, hashes: 2, findings: 3, deps: 4, metas: 5, repository: 6, frames: 7 } as const;
const SECTIONS = 8;
const VERSION = 5;
/** The stamps' bytes are the machine's own: a cache written on a big-endian machine is not read on a little-endian one. */
const ENDIAN = endianness();

interface Header {
  v: number;
  endian: 'LE' | 'BE';
  key: string;
  lengths: number[];
  /** CRC-32 of each section's bytes: a damaged section that is still valid JSON is a miss, not a result. */
  sums: number[];
}

/** The sections of a cache file, read from it on demand. */
class Sections {
  private constructor(private fd: number | undefined, private readonly offsets: number[], private readonly lengths: number[], private readonly sums: number[]) {}

  static open(file: string, key: string): Sections | undefined {
    let fd: number | undefined;
    try {
      fd = openSync(file, 'r');
      const head = Buffer.allocUnsafe(4096);
      const n = readSync(fd, head, 0, head.length, 0);
      const nl = head.subarray(0, n).indexOf(10);
      if (nl === -1) throw new Error('no header');
      const header = JSON.parse(head.toString('utf8', 0, nl)) as Partial<Header>;
      const { lengths, sums } = header;
      if (header.v !== VERSION || header.endian !== ENDIAN || header.key !== key || !Array.isArray(lengths) || lengths.length !== SECTIONS) throw new Error('stale');
      if (!Array.isArray(sums) || sums.length !== SECTIONS || !sums.every((n) => Number.isSafeInteger(n))) throw new Error('bad header');
      const offsets: number[] = [];
      let at = nl + 1;
      for (const length of lengths) {
        if (!Number.isSafeInteger(length) || length < 0) throw new Error('bad header');
        offsets.push(at);
        at += length + 1;
      }
      // A file cut short (a full disk, a copy interrupted) is not read at all.
      if (fstatSync(fd).size !== at) throw new Error('truncated');
      return new Sections(fd, offsets, lengths, sums);
    } catch {
      if (fd !== undefined) closeSync(fd);
      return undefined;
    }
  }

  read<T>(n: number): T {
    return JSON.parse(utf8Text(this.bytes(n))) as T;
  }

  /** A section's bytes, checked, in a buffer of its own (aligned for a typed array over it). */
  bytes(n: number): Buffer {
    if (this.fd === undefined) throw new Error('closed');
    const length = this.lengths[n]!;
    const bytes = Buffer.from(new ArrayBuffer(length));
    if (readSync(this.fd, bytes, 0, length, this.offsets[n]!) !== length) throw new Error('truncated');
    if (crc32(bytes) >>> 0 !== this.sums[n]) throw new Error('damaged');
    return bytes;
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }
}

interface Repository {
  signature: string;
  /** Findings of the repository rules, by the file's id. */
  findings: Record<string, Array<Omit<Finding, 'file' | 'message'>>>;
}

function depState(path: string): number {
  try {
    const st = lstatSync(path);
    return st.isFile() ? st.size : -2;
  } catch {
    return -1;
  }
}

let crypto: typeof import('node:crypto') | undefined;

/** A file's content hash. node:crypto loads on the first one: a run where nothing changed needs none. */
export function contentHash(bytes: Uint8Array): string {
  crypto ??= createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
  return crypto.createHash('sha1').update(bytes).digest('base64url');
}

/**
 * A section stored keyed by entry number, as an array with a place for each of `count` entries: looked
 * up 10,000 times, an object with sparse numeric keys hashes the number each time, three times slower.
 */
function byEntry<T>(section: Record<number, T>, count: number): Array<T | undefined> {
  const out = new Array<T | undefined>(count).fill(undefined);
  for (const key in section) {
    const i = Number(key);
    if (Number.isInteger(i) && i >= 0 && i < count) out[i] = section[i];
  }
  return out;
}

/** byEntry() undone, for the file: the entries that have something, keyed by number. */
function keyedByEntry<T>(list: ReadonlyArray<T | undefined>): Record<number, T> {
  const out: Record<number, T> = {};
  list.forEach((value, i) => {
    if (value !== undefined) out[i] = value;
  });
  return out;
}

function store(findings: readonly Finding[]): Stored[] {
  return findings.map(({ file: _file, message: _message, ...rest }) => rest);
}

function isStored(f: unknown): f is Stored {
  if (f === null || typeof f !== 'object') return false;
  const { ruleId, severity, messages, line, column } = f as Record<string, unknown>;
  const m = messages as Record<string, unknown> | null;
  return typeof ruleId === 'string' && (severity === 'error' || severity === 'warning') && typeof line === 'number' && typeof column === 'number'
    && m !== null && typeof m === 'object' && typeof m.fa === 'string' && typeof m.en === 'string';
}

function restore(stored: readonly Stored[], display: string, lang: Lang): Finding[] {
  // The same key order as a fresh finding, so output is byte for byte what a cold run prints.
  return stored.map(({ ruleId, severity, messages, ...rest }) => ({ ruleId, severity, message: messages[lang], messages, file: display, ...rest }));
}

/**
 * Results of earlier runs, keyed on each file's content (not its modification time, which a fresh
 * CI checkout changes) and on everything else a result depends on: the tool's code, the schema,
 * the configuration and the language. Size and mtime only spare hashing a file that has not changed.
 */
export class ResultCache {
  private readonly prefix: string;
  /** Entries by id, made on the first lookup the cursor cannot answer (see entry()). */
  private byId?: Map<string, number>;
  /** Where the next lookup is expected: a batch asks for its files in the order it first stored them. */
  private cursor = 0;
  /** The entry the last get() answered from: a batch keeps it to ask for lines and a signature by entry. */
  lastEntry = -1;
  private dirty = false;
  /** Each entry's findings and attachment sizes (byEntry: stored as objects, held as arrays). */
  private findings: Array<Stored[] | undefined> = [];
  private deps: Array<Array<[string, number]> | undefined> = [];
  private hashesLoaded?: string[];
  private metasLoaded?: Array<DraftMeta | 0>;
  private repositoryLoaded?: Repository | 0;
  private framesLoaded?: Record<number, Record<string, string>>;

  private constructor(
    private readonly file: string,
    root: string,
    private readonly key: string,
    private readonly lang: Lang,
    private readonly sections: Sections | undefined,
    private readonly ids: string[],
    private stamps: Float64Array,
  ) {
    this.prefix = root.endsWith(sep) ? root : root + sep;
  }

  static open(file: string, root: string, key: string, lang: Lang): ResultCache {
    let sections = Sections.open(file, key);
    let ids: string[] = [];
    let stamps: Float64Array = new Float64Array(0);
    let findings: Record<number, Stored[]> = {};
    let deps: Record<number, Array<[string, number]>> = {};
    if (sections) {
      try {
        ids = sections.read<string[]>(LINE.ids);
        const bytes = sections.bytes(LINE.stamps);
        if (bytes.length % 8 !== 0) throw new Error('damaged');
        stamps = new Float64Array(bytes.buffer, bytes.byteOffset, bytes.length / 8);
        // What a hit's result is made of is read now: a damaged part must empty the cache, not a result.
        findings = sections.read<Record<number, Stored[]>>(LINE.findings);
        deps = sections.read<Record<number, Array<[string, number]>>>(LINE.deps);
        const usable = Array.isArray(ids) && stamps.length === ids.length * STAT
          && ids.every((id) => typeof id === 'string')
          && typeof findings === 'object' && findings !== null && typeof deps === 'object' && deps !== null;
        if (!usable) throw new Error('damaged');
      } catch {
        // A damaged cache is an empty one.
        sections.close();
        sections = undefined;
        ids = [];
        stamps = new Float64Array(0);
        findings = {};
        deps = {};
      }
    }
    const cache = new ResultCache(file, root, key, lang, sections, ids, stamps);
    cache.findings = byEntry(findings, ids.length);
    cache.deps = byEntry(deps, ids.length);
    return cache;
  }

  /**
   * The entry of a file id. A run over the same files asks in the order they were stored, so the
   * entry after the last one found is tried first; a map of all ids is made only when that fails
   * (hashing 10,000 ids, twice, was a tenth of a run where nothing changed).
   */
  private entry(id: string): number | undefined {
    const ids = this.ids;
    const guess = this.cursor < ids.length ? this.cursor : 0;
    if (ids[guess] === id) {
      this.cursor = guess + 1;
      return guess;
    }
    if (!this.byId) {
      this.byId = new Map();
      for (let i = 0; i < ids.length; i++) this.byId.set(ids[i]!, i);
    }
    const i = this.byId.get(id);
    if (i !== undefined) this.cursor = i + 1;
    return i;
  }

  /** The file's name relative to the repository root, so a checkout elsewhere still hits. */
  id(path: string): string {
    const rel = path.startsWith(this.prefix) ? path.slice(this.prefix.length) : path;
    return sep === '/' ? rel : rel.split(sep).join('/');
  }

  private section<T>(line: number, fallback: T): T {
    try {
      return this.sections ? (this.sections.read<T>(line) ?? fallback) : fallback;
    } catch {
      return fallback;
    }
  }

  private get hashes(): string[] {
    return (this.hashesLoaded ??= this.section<string[]>(LINE.hashes, []));
  }

  private get metas(): Array<DraftMeta | 0> {
    return (this.metasLoaded ??= this.section<Array<DraftMeta | 0>>(LINE.metas, []));
  }

  private get frames(): Record<number, Record<string, string>> {
    return (this.framesLoaded ??= this.section<Record<number, Record<string, string>>>(LINE.frames, {}));
  }

  /**
   * Index of the file's entry if the file is still what it was when it was cached: its whole stat is
   * the same and the entry is not racy, or else its content hash is the same (a touched but unchanged
   * file, as in a fresh checkout, is re-stamped and stays a hit).
   */
  private current(path: string): number | undefined {
    const i = this.entry(this.id(path));
    if (i === undefined) return undefined;
    const st = statSync(path, NO_THROW);
    const at = STAT * i;
    const stamps = this.stamps;
    if (!st || st.size !== stamps[at]) return undefined;
    if (st.mtimeMs !== stamps[at + 1] || st.ctimeMs !== stamps[at + 2] || st.ino !== stamps[at + 3] || stamps[at + 4] !== 0) {
      const readAt = Date.now();
      const read = readRegularFileSync(path, LIMITS.maxFileBytes);
      if (!read.ok || contentHash(read.bytes) !== this.hashes[i]) return undefined;
      stamps[at + 1] = read.mtimeMs;
      stamps[at + 2] = read.ctimeMs;
      stamps[at + 3] = read.ino;
      stamps[at + 4] = isRacy(Math.max(read.mtimeMs, read.ctimeMs), readAt);
      this.dirty = true;
    }
    const deps = this.deps[i];
    if (deps) {
      if (!Array.isArray(deps) || !deps.every((d) => Array.isArray(d) && typeof d[0] === 'string' && typeof d[1] === 'number')) return undefined;
      const dir = dirname(path);
      if (deps.some(([dep, size]) => depState(resolve(dir, dep)) !== size)) return undefined;
    }
    return i;
  }

  /** The cached result for the file as it is now, labelled with the name it is shown as. */
  get(path: string, display: string, options: { meta?: boolean } = {}): FileResult | undefined {
    const i = this.current(path);
    this.lastEntry = i ?? -1;
    if (i === undefined) return undefined;
    const stored = this.findings[i];
    // A damaged entry (the file was edited, not written by this tool) is a miss, never a crash.
    if (stored !== undefined && !(Array.isArray(stored) && stored.every(isStored))) return undefined;
    const result = resultOf(display, stored ? restore(stored, display, this.lang) : []);
    if (options.meta) {
      const meta = this.metas[i];
      if (meta) result.meta = meta;
    }
    return result;
  }

  /** The metadata of a file the cache has just vouched for (with get). */
  meta(path: string): DraftMeta | undefined {
    const i = this.entry(this.id(path));
    return i === undefined ? undefined : this.metas[i] || undefined;
  }

  /** Whether the file is what it was when it was cached. */
  isCurrent(path: string): boolean {
    return this.current(path) !== undefined;
  }

  /** The metadata of a file outside the run's selection, if the file has not changed. */
  metaIfCurrent(path: string): DraftMeta | undefined {
    const i = this.current(path);
    return i === undefined ? undefined : this.metas[i] || undefined;
  }

  /** Stores a file's result; gives its entry. */
  set(path: string, result: FileResult, stamp: Stamp): number {
    const id = this.id(path);
    // Every section is read before it is changed, so nothing already cached is lost on save.
    const hashes = this.hashes;
    const findings = this.findings;
    const depsOf = this.deps;
    const metas = this.metas;
    let i = this.entry(id);
    if (i === undefined) {
      i = this.ids.length;
      this.ids.push(id);
      this.byId?.set(id, i);
    }
    const at = STAT * i;
    if (this.stamps.length < at + STAT) {
      // Room for this entry and as many again: entries are added one by one.
      const grown = new Float64Array(Math.max(at + STAT, this.stamps.length * 2, 64 * STAT));
      grown.set(this.stamps);
      this.stamps = grown;
    }
    this.stamps[at] = stamp[0];
    this.stamps[at + 1] = stamp[1];
    this.stamps[at + 2] = stamp[3];
    this.stamps[at + 3] = stamp[4];
    this.stamps[at + 4] = stamp[5];
    hashes[i] = stamp[2];
    findings[i] = result.findings.length ? store(result.findings) : undefined;
    const dir = dirname(path);
    const deps = result.meta?.attachments?.map((a): [string, number] => [a, depState(resolve(dir, a))]);
    depsOf[i] = deps?.length ? deps : undefined;
    metas[i] = result.meta ?? 0;
    delete this.frames[i];
    this.dirty = true;
    return i;
  }

  /** Keeps lines of a file's source (by 1-based number) for the code frames of its findings. */
  setLines(path: string, lines: Record<number, string>): void {
    const i = this.entry(this.id(path));
    if (i === undefined) return;
    this.frames[i] = lines;
    this.dirty = true;
  }

  /** A kept line of the source of the file at an entry (lastEntry after its get()), if it was kept. */
  lineAt(entry: number, line: number): string | undefined {
    return this.frames[entry]?.[line];
  }

  /**
   * What the repository rules' kept findings belong to: the working folder, the selected files by
   * their entries here (entries are only ever added, so an entry stands for its id), and the others
   * by id. A tenth of the characters to hash that the ids would be.
   */
  signature(cwd: string, entries: Int32Array, others: readonly string[]): string {
    const units = new Uint16Array(entries.buffer, entries.byteOffset, entries.length * 2);
    return fingerprint([cwd, others.map((path) => this.id(path)).join('\u0001')], units);
  }

  /** The entry of a file id, if the cache has one. */
  entryOf(id: string): number | undefined {
    return this.entry(id);
  }

  /** The repository rules' findings of the run with this signature, by file id. */
  repository(signature: string): Repository['findings'] | undefined {
    this.repositoryLoaded ??= this.section<Repository | 0>(LINE.repository, 0);
    return this.repositoryLoaded && this.repositoryLoaded.signature === signature ? this.repositoryLoaded.findings : undefined;
  }

  setRepository(signature: string, byId: Map<string, Finding[]>): void {
    const findings: Repository['findings'] = {};
    for (const [id, list] of byId) findings[id] = store(list);
    this.repositoryLoaded = { signature, findings };
    this.dirty = true;
  }

  restoreFindings(stored: readonly Stored[], display: string): Finding[] {
    return restore(stored, display, this.lang);
  }

  /** Writes the cache if anything changed, and lets go of the file (kept frames stay readable). */
  save(): void {
    if (!this.dirty) {
      void this.frames;
      this.sections?.close();
      return;
    }
    const sections: unknown[] = [];
    sections[LINE.ids] = this.ids;
    sections[LINE.stamps] = this.stamps.subarray(0, this.ids.length * STAT);
    sections[LINE.hashes] = this.hashes;
    sections[LINE.findings] = keyedByEntry(this.findings);
    sections[LINE.deps] = keyedByEntry(this.deps);
    sections[LINE.metas] = this.metas;
    sections[LINE.repository] = this.repositoryLoaded ?? this.section<Repository | 0>(LINE.repository, 0);
    sections[LINE.frames] = this.frames;
    this.sections?.close();
    const bodies = sections.map((section) => section instanceof Float64Array
      ? Buffer.from(section.buffer, section.byteOffset, section.byteLength)
      : Buffer.from(JSON.stringify(section)));
    const header: Header = { v: VERSION, endian: ENDIAN, key: this.key, lengths: bodies.map((b) => b.length), sums: bodies.map((b) => crc32(b) >>> 0) };
    const nl = Buffer.from('\n');
    writeFileAtomic(this.file, Buffer.concat([Buffer.from(JSON.stringify(header)), nl, ...bodies.flatMap((b) => [b, nl])]), { force: true });
    this.dirty = false;
  }
}

/** What a cache's results depend on besides the files (tool, schema, settings), as a key. */
export function cacheKey(parts: unknown[]): string {
  return fingerprint([JSON.stringify(parts)]);
}
