import { relative } from 'node:path';
import { expandPaths, displayPath } from './files.js';
import { applyIgnore, changedSince, inShard, type Shard } from './select.js';
import { UsageError } from './errors.js';
import { metaOf, validateFileSync } from './validate.js';
import { canUseWorkers, defaultThreads, PARALLEL_THRESHOLD, validateOnWorkers } from './worker-pool.js';
import { checkRepository, type Entry } from './repository.js';
import { fastParse } from './parse.js';
import { readText } from './decode.js';
import { quickMeta } from './quick-meta.js';
import { rules } from '../rules/index.js';
import { SCHEMA_HASH } from '../generated/validators.js';
import { VERSION } from '../version.js';
import type { ResolvedConfig } from './config-types.js';
import type { DraftMeta, FileResult, Lang } from './types.js';

export interface BatchOptions {
  paths: string[];
  cwd: string;
  config: ResolvedConfig;
  lang: Lang;
  /** Path of the cache file; no cache when absent. */
  cacheFile?: string;
  changedSince?: string;
  shard?: Shard;
  /** Worker threads; 0 or 1 validates on the main thread. Defaults to the machine's cores. */
  threads?: number;
}

export interface BatchResult {
  results: FileResult[];
  /** How many of the results came from the cache. */
  cached: number;
  /** Why the cache could not be saved, if it could not; the results stand all the same. */
  cacheError?: string;
}

function metaOnly(path: string): DraftMeta | undefined {
  try {
    const text = readText(path);
    const quick = quickMeta(text);
    if (quick) return quick;
    const parsed = fastParse(text);
    return parsed.ok ? metaOf(parsed.data) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Validates a set of drafts as one repository: selection (.draftignore, changed files, shard),
 * the cache, worker threads for large sets, then the rules that compare drafts with each other.
 */
export async function validateBatch(options: BatchOptions): Promise<BatchResult> {
  const { config, lang, cwd } = options;
  const { files: expanded, unmatched } = await expandPaths(options.paths, cwd);
  if (unmatched.length > 0) {
    throw new UsageError({
      fa: `این مسیرها پیدا نشدند یا پیش‌نویسی در آنها نیست: ${unmatched.join('، ')}`,
      en: `No drafts found at: ${unmatched.join(', ')}`,
    });
  }
  const all = await applyIgnore(expanded, config.root);
  let selected = all;
  if (options.changedSince) {
    const changed = changedSince(options.changedSince, cwd);
    selected = selected.filter((f) => changed.has(f));
  }
  if (options.shard) {
    const shard = options.shard;
    selected = selected.filter((f) => inShard(relative(config.root, f).split('\\').join('/'), shard));
  }

  const { cacheKey, ResultCache } = options.cacheFile ? await import('./cache.js') : { cacheKey: undefined, ResultCache: undefined };
  const cache = options.cacheFile && ResultCache && cacheKey
    ? ResultCache.open(options.cacheFile, config.root, cacheKey([VERSION, SCHEMA_HASH, lang, config.rules, config.municipalities, rules.map((r) => r.meta.id)]))
    : undefined;

  const results: FileResult[] = new Array(selected.length);
  const misses: Array<{ index: number; path: string; display: string }> = [];
  let cached = 0;
  selected.forEach((path, index) => {
    const display = displayPath(path, cwd);
    const hit = cache?.get(path, display);
    if (hit) {
      results[index] = hit;
      cached++;
    } else {
      misses.push({ index, path, display });
    }
  });

  const threads = options.threads ?? defaultThreads();
  if (misses.length >= PARALLEL_THRESHOLD && threads > 1 && canUseWorkers()) {
    const fresh = await validateOnWorkers({ jobs: misses.map((m) => ({ path: m.path, display: m.display })), config, lang }, threads);
    misses.forEach((m, i) => (results[m.index] = fresh[i]!));
  } else {
    for (const m of misses) results[m.index] = validateFileSync(m.path, { file: m.display, config, lang });
  }
  let cacheError: string | undefined;
  if (cache) {
    for (const m of misses) cache.set(m.path, results[m.index]!);
    try {
      cache.save();
    } catch (e) {
      cacheError = (e as NodeJS.ErrnoException).code ?? String(e);
    }
  }

  // Repository rules see every draft, also those outside this selection; results are copied so
  // the cache keeps single-file findings only.
  const checked = selected.map((path, i) => {
    const r = results[i]!;
    return { path, result: { ...r, findings: [...r.findings] } };
  });
  const selectedSet = new Set(selected);
  const context: Entry[] = [];
  if (selected.length !== all.length) {
    for (const path of all) {
      if (selectedSet.has(path)) continue;
      const display = displayPath(path, cwd);
      const meta = cache?.get(path, display)?.meta ?? metaOnly(path);
      if (meta) context.push({ path, display, meta });
    }
  }
  checkRepository(checked, context, config, lang);
  for (const c of checked) c.result.findings.sort((a, b) => a.line - b.line || a.column - b.column);
  return { results: checked.map((c) => c.result), cached, ...(cacheError ? { cacheError } : {}) };
}
