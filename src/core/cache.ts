import { createHash } from 'node:crypto';
import { lstatSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';
import { writeFileAtomic } from './atomic.js';
import type { DraftMeta, FileResult, Finding } from './types.js';

/**
 * One file's entry, as a tuple to keep the cache small (it is read whole on every run):
 * size, mtime, content hash, attachments the result depends on with the size they had (-1 missing,
 * -2 not a file), and the result without what can be derived (counts, the file's name).
 */
type Entry = [size: number, mtimeMs: number, hash: string, deps: Array<[string, number]> | 0, findings: Array<Omit<Finding, 'file'>> | 0, meta: DraftMeta | 0];

interface CacheFile {
  key: string;
  entries: Record<string, Entry>;
}

export { DEFAULT_CACHE_FILE } from './config-types.js';

function depState(path: string): number {
  try {
    const st = lstatSync(path);
    return st.isFile() ? st.size : -2;
  } catch {
    return -1;
  }
}

export function contentHash(bytes: Uint8Array): string {
  return createHash('sha1').update(bytes).digest('base64url');
}

function inflate(display: string, entry: Entry): FileResult {
  const findings = entry[4] ? entry[4].map((f) => ({ ...f, file: display }) as Finding) : [];
  let errorCount = 0;
  let warningCount = 0;
  let fixableCount = 0;
  for (const f of findings) {
    if (f.severity === 'error') errorCount++;
    else warningCount++;
    if (f.fix) fixableCount++;
  }
  return { file: display, findings, errorCount, warningCount, fixableCount, ...(entry[5] ? { meta: entry[5] } : {}) };
}

/**
 * Results of earlier runs, keyed on each file's content (not its modification time, which a fresh
 * CI checkout changes) and on everything else a result depends on: the tool's version, the schema,
 * the configuration and the language. Size and mtime only serve to skip hashing unchanged files.
 */
export class ResultCache {
  private dirty = false;
  private readonly prefix: string;

  private constructor(
    private readonly file: string,
    root: string,
    private readonly key: string,
    private readonly entries: Record<string, Entry>,
  ) {
    this.prefix = root.endsWith(sep) ? root : root + sep;
  }

  static open(file: string, root: string, key: string): ResultCache {
    let entries: Record<string, Entry> = {};
    try {
      const parsed = JSON.parse(readFileSync(file, 'utf8')) as CacheFile;
      if (parsed && parsed.key === key && parsed.entries && typeof parsed.entries === 'object') entries = parsed.entries;
    } catch {
      // A missing or damaged cache is an empty one.
    }
    return new ResultCache(file, root, key, entries);
  }

  /** The file's name relative to the repository root, so a checkout elsewhere still hits. */
  private id(path: string): string {
    const rel = path.startsWith(this.prefix) ? path.slice(this.prefix.length) : path;
    return sep === '/' ? rel : rel.split(sep).join('/');
  }

  /** The cached result for the file as it is now, labelled with the name it is shown as. */
  get(path: string, display: string): FileResult | undefined {
    const entry = this.entries[this.id(path)];
    if (!Array.isArray(entry) || entry.length !== 6) return undefined;
    const st = statSync(path, { throwIfNoEntry: false });
    if (!st || st.size !== entry[0]) return undefined;
    if (st.mtimeMs !== entry[1]) {
      let bytes: Buffer;
      try {
        bytes = readFileSync(path);
      } catch {
        return undefined;
      }
      if (contentHash(bytes) !== entry[2]) return undefined;
      entry[1] = st.mtimeMs;
      this.dirty = true;
    }
    if (entry[3]) {
      const dir = dirname(path);
      if (entry[3].some(([dep, size]) => depState(resolve(dir, dep)) !== size)) return undefined;
    }
    return inflate(display, entry);
  }

  set(path: string, result: FileResult): void {
    let bytes: Buffer;
    let st;
    try {
      st = statSync(path);
      bytes = readFileSync(path);
    } catch {
      return;
    }
    const dir = dirname(path);
    const deps = result.meta?.attachments?.map((a): [string, number] => [a, depState(resolve(dir, a))]);
    const findings = result.findings.length ? result.findings.map(({ file: _file, ...rest }) => rest) : 0;
    this.entries[this.id(path)] = [st.size, st.mtimeMs, contentHash(bytes), deps?.length ? deps : 0, findings, result.meta ?? 0];
    this.dirty = true;
  }

  save(): void {
    if (!this.dirty) return;
    const data: CacheFile = { key: this.key, entries: this.entries };
    writeFileAtomic(this.file, JSON.stringify(data), { force: true });
    this.dirty = false;
  }
}

export function cacheKey(parts: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 24);
}
