import { createHash } from 'node:crypto';
import { lstatSync, readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { writeFileAtomic } from './atomic.js';
import type { FileResult } from './types.js';

interface Entry {
  size: number;
  mtimeMs: number;
  hash: string;
  /** Attachments the result depends on, with the size they had (-1: missing, -2: not a file). */
  deps?: Array<[string, number]>;
  result: FileResult;
}

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

/**
 * Results of earlier runs, keyed on each file's content (not its modification time, which a fresh
 * CI checkout changes) and on everything else a result depends on: the tool's version, the schema,
 * the configuration and the language. Size and mtime only serve to skip hashing unchanged files.
 */
export class ResultCache {
  private entries: Record<string, Entry>;
  private dirty = false;

  private constructor(
    private readonly file: string,
    private readonly root: string,
    private readonly key: string,
    entries: Record<string, Entry>,
  ) {
    this.entries = entries;
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

  private id(path: string): string {
    return relative(this.root, path).split('\\').join('/');
  }

  /** The cached result for the file as it is now, re-labelled with the path it is shown as. */
  get(path: string, display: string): FileResult | undefined {
    const entry = this.entries[this.id(path)];
    if (!entry) return undefined;
    let st;
    try {
      st = statSync(path);
    } catch {
      return undefined;
    }
    if (st.size !== entry.size) return undefined;
    if (st.mtimeMs !== entry.mtimeMs) {
      let bytes: Buffer;
      try {
        bytes = readFileSync(path);
      } catch {
        return undefined;
      }
      if (contentHash(bytes) !== entry.hash) return undefined;
      entry.mtimeMs = st.mtimeMs;
      this.dirty = true;
    }
    const dir = dirname(path);
    if (entry.deps?.some(([dep, size]) => depState(resolve(dir, dep)) !== size)) return undefined;
    const result = entry.result;
    if (result.file === display) return result;
    return { ...result, file: display, findings: result.findings.map((f) => ({ ...f, file: display })) };
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
    this.entries[this.id(path)] = { size: st.size, mtimeMs: st.mtimeMs, hash: contentHash(bytes), ...(deps?.length ? { deps } : {}), result };
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
