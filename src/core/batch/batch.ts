import { relative } from 'node:path';
import { expandPaths, displayPathIn, type SkippedFolder } from './files.js';
import { applyIgnore, changedSince, inShard, type Shard } from './select.js';
import { UsageError } from '../errors.js';
import { canUseWorkers, PARALLEL_THRESHOLD, validateOnWorkers } from './worker-pool.js';
import { defaultThreads } from './threads.js';
import { CODE_HASH, SCHEMA_HASH } from '../../generated/build-info.js';
import { VERSION } from '../../version.js';
import { byPosition, resultOf } from '../engine/result.js';
import type { ResolvedConfig } from '../config/types.js';
import type { ResultCache } from '../cache/cache.js';
import type { Job, PoolResult } from './worker-pool.js';
import type { FileFix, FixRequest } from '../engine/fix-file.js';
import type { Entry } from '../engine/rule.js';
import type { Bilingual, DraftMeta, FileResult, Finding, Lang } from '../engine/types.js';

export interface BatchOptions {
  paths: string[];
  cwd: string;
  config: ResolvedConfig;
  lang: Lang;
  /** Path of the cache file; no cache when absent. */
  cacheFile?: string;
  changedSince?: string;
  /** Only these drafts (absolute paths), as with changedSince; repository rules still see all. */
  only?: readonly string[];
  shard?: Shard;
  /** Worker threads; 0 or 1 validates on the main thread. By default chosen by the work and the free CPUs (threads.ts). */
  threads?: number;
  /** Every result carries its draft's metadata (`FileResult.meta`), also when it comes from the cache. */
  meta?: boolean;
  /** `--fix` / `--fix-dry-run`: fix the drafts first; the results are what remains. */
  fix?: FixRequest;
}

export interface BatchResult {
  results: FileResult[];
  /** How many of the results came from the cache. */
  cached: number;
  /** Why the cache could not be saved, if it could not; the results stand all the same. */
  cacheError?: string;
  /**
   * A line of a result's source (by the name results show), when the run already has it: lines
   * around findings are kept while validating, and with the cache. Undefined means "read the file".
   */
  sourceLine?: (file: string, line: number) => string | undefined;
  /** With `fix`: the drafts something was fixed in (or refused), by the name results show. */
  fixes?: Array<{ file: string } & FileFix>;
}

interface Miss {
  index: number;
  path: string;
  display: string;
}

/** The code that checks drafts, for the runs that need it: a run answered by the cache loads none. */
const loadChecking = () => import('../engine/checking.js');

/** The metadata of a draft that is not validated in this run, for the repository rules. */
async function metaOnly(path: string): Promise<DraftMeta | undefined> {
  const { readText, fastParse, metaOf } = await loadChecking();
  try {
    const text = readText(path);
    const parsed = fastParse(text);
    return parsed.ok ? metaOf(parsed.data) : undefined;
  } catch {
    return undefined;
  }
}

/** Validates the files the cache could not answer for, on threads when there are many. */
async function validateMisses(misses: Miss[], options: BatchOptions, stamped: boolean): Promise<PoolResult> {
  const { config, lang } = options;
  const jobs = misses.map((m) => ({ path: m.path, display: m.display }));
  // By default, threads for the bytes to check and the CPUs free now (threads.ts); --threads decides otherwise.
  const threads = misses.length < PARALLEL_THRESHOLD ? 1 : options.threads ?? defaultThreads(jobs.map((j) => j.path));
  if (threads > 1 && canUseWorkers()) {
    // Drafts outside the fast reader's subset come back to this thread: the YAML libraries they need are
    // then loaded, warmed up and optimised once, not on every thread (worker-pool.ts).
    // (Loaded while the threads start, as the repository rules need it too.)
    const checking = Promise.all([loadChecking(), stamped ? import('../cache/cache.js').then((m) => m.contentHash) : undefined]);
    const checkHere = async (some: Job[]): Promise<PoolResult> => {
      const [{ validateJobs }, hash] = await checking;
      return validateJobs(some, config, lang, hash);
    };
    // While the threads work, this one works out the repository rules' keys of each result that comes in.
    let prepareKeys: ((meta: DraftMeta) => void) | undefined;
    void checking.then(([m]) => (prepareKeys = m.prepareKeys), () => undefined);
    const onResult = (_: number, result: FileResult): void => {
      if (result.meta && prepareKeys) prepareKeys(result.meta);
    };
    return validateOnWorkers({ jobs, config, lang, stamps: stamped, onResult, ...(options.fix ? { fix: options.fix } : { checkHere }) }, threads);
  }
  const [{ validateJobs }, hash] = await Promise.all([
    loadChecking(),
    stamped ? import('../cache/cache.js').then((m) => m.contentHash) : undefined,
  ]);
  return validateJobs(jobs, config, lang, hash, options.fix);
}

/**
 * Validates a set of drafts as one repository: selection (.draftignore, changed files, shard),
 * the cache, worker threads for large sets, then the rules that compare drafts with each other.
 * Modules that check drafts load only when some draft is not answered by the cache.
 */
export async function validateBatch(options: BatchOptions): Promise<BatchResult> {
  const { config, lang, cwd } = options;
  const { files: expanded, unmatched, skipped } = await expandPaths(options.paths, cwd);
  if (unmatched.length > 0) {
    throw new UsageError({
      fa: `این مسیرها پیدا نشدند یا پیش‌نویسی در آنها نیست: ${unmatched.join('، ')}`,
      en: `No drafts found at: ${unmatched.join(', ')}`,
    });
  }
  const all = await applyIgnore(expanded, config.root);
  let selected = all;
  if (options.changedSince) {
    const changed = await changedSince(options.changedSince, cwd);
    selected = selected.filter((f) => changed.has(f));
  }
  if (options.only) {
    const only = new Set(options.only);
    selected = selected.filter((f) => only.has(f));
  }
  if (options.shard) {
    const shard = options.shard;
    selected = selected.filter((f) => inShard(relative(config.root, f).split('\\').join('/'), shard));
  }

  let cache: ResultCache | undefined;
  if (options.cacheFile) {
    const { cacheKey, ResultCache } = await import('../cache/cache.js');
    cache = ResultCache.open(options.cacheFile, config.root, cacheKey([VERSION, SCHEMA_HASH, CODE_HASH, lang, config.rules, config.municipalities]), lang);
  }

  const results: FileResult[] = new Array(selected.length);
  const displays: string[] = new Array(selected.length);
  const misses: Miss[] = [];
  const hits: number[] = [];
  const lookup = { meta: options.meta };
  const show = displayPathIn(cwd);
  // Each selected file's entry in the cache (-1: none), for the signature and the kept lines.
  const entries = new Int32Array(selected.length).fill(-1);
  for (let index = 0; index < selected.length; index++) {
    const path = selected[index]!;
    const display = (displays[index] = show(path));
    const hit = cache?.get(path, display, lookup);
    if (cache) entries[index] = cache.lastEntry;
    // With --fix, a draft the cache knows has something to fix is fixed, not answered from the cache.
    if (hit && !(options.fix && hit.findings.some((f) => f.fix))) {
      results[index] = hit;
      hits.push(index);
    } else {
      misses.push({ index, path, display });
    }
  }

  // Lines of the sources around findings, by display name: kept from validation, or from the cache.
  const freshLines = new Map<string, Record<number, string>>();
  const fixes: Array<{ file: string } & FileFix> = [];
  // Whether the cache now holds every selected draft as it is (an unreadable one is not cached).
  let allCached = true;
  if (misses.length > 0) {
    const validating = validateMisses(misses, options, cache !== undefined);
    // On threads, this one waits: the repository rules' code loads meanwhile, not after.
    if (misses.length >= PARALLEL_THRESHOLD) loadChecking().catch(() => undefined);
    const fresh = await validating;
    fresh.fixes?.forEach((fix, i) => {
      if (fix) fixes.push({ file: misses[i]!.display, ...fix });
    });
    misses.forEach((m, i) => {
      const result = (results[m.index] = fresh.results[i]!);
      const lines = fresh.frames[i];
      if (lines) freshLines.set(m.display, lines);
      const stamp = fresh.stamps[i];
      if (!stamp) allCached = false;
      if (!cache || !stamp) return;
      entries[m.index] = cache.set(m.path, result, stamp);
      if (lines) cache.setLines(m.path, lines);
    });
  }

  // Repository rules see every draft, also those outside this selection. When every draft is what
  // it was in the cached run over the same files, so are their clashes.
  const selectedSet = selected === all ? undefined : new Set(selected);
  const others = selectedSet ? all.filter((path) => !selectedSet.has(path)) : [];
  const key = cache ? cache.signature(cwd, entries, others) : '';
  const reuse = cache && misses.length === 0 ? cache.repository(key) : undefined;
  // The repository rules' findings, by the draft's place in the selection.
  const repoFindings = new Map<number, Finding[]>();
  if (reuse && others.every((path) => cache!.isCurrent(path))) {
    // Only the few files with kept findings are looked at, by entry: not every selected one by id.
    let at: Int32Array | undefined;
    for (const id in reuse) {
      const entry = cache!.entryOf(id);
      if (entry === undefined) continue;
      if (!at) {
        // Where each entry is in the selection (-1: not selected).
        at = new Int32Array(entries.reduce((max, e) => Math.max(max, e), -1) + 1).fill(-1);
        entries.forEach((e, i) => e >= 0 && (at![e] = i));
      }
      const i = entry < at.length ? at[entry]! : -1;
      if (i >= 0) repoFindings.set(i, cache!.restoreFindings(reuse[id]!, displays[i]!));
    }
  } else {
    const { checkRepository } = await loadChecking();
    const hit = cache ? new Set(hits) : undefined;
    const drafts: Entry[] = [];
    for (let i = 0; i < selected.length; i++) {
      const path = selected[i]!;
      let meta = results[i]!.meta;
      // A hit's metadata is the cache's (a fresh result's is its own, or none for an unreadable file).
      if (!meta && cache && hit!.has(i)) meta = cache.meta(path) ?? (await metaOnly(path));
      if (meta) drafts.push({ path, display: displays[i]!, meta });
    }
    const context: Entry[] = [];
    let allCurrent = allCached;
    for (const path of others) {
      let meta = cache?.metaIfCurrent(path);
      if (!meta) {
        if (cache && !cache.isCurrent(path)) allCurrent = false;
        meta = await metaOnly(path);
      }
      if (meta) context.push({ path, display: show(path), meta });
    }
    const found = checkRepository(drafts, context, config, lang);
    const place = new Map(selected.map((path, i) => [path, i]));
    for (const [path, list] of found) {
      const i = place.get(path);
      if (i !== undefined) repoFindings.set(i, list);
    }
    // Kept only when the cache holds every draft as it is now, the selected and the others: the findings
    // then belong to the cached state of every file, which is what reuse checks. Otherwise what was kept
    // no longer matches the cache and is dropped.
    if (cache) cache.setRepository(allCurrent ? key : '', new Map(allCurrent ? [...found].map(([path, list]) => [cache!.id(path), list]) : []));
  }

  let cacheError: string | undefined;
  if (cache) {
    try {
      cache.save();
    } catch (e) {
      cacheError = (e as NodeJS.ErrnoException).code ?? String(e);
    }
  }

  const out = results.map((result, i) => {
    let r = result;
    // Metadata is handed out only when asked for, so a result is the same from the cache or not.
    if (r.meta && !options.meta) r = { file: r.file, findings: r.findings, errorCount: r.errorCount, warningCount: r.warningCount, fixableCount: r.fixableCount };
    const extra = repoFindings.get(i);
    if (!extra) return r;
    return resultOf(r.file, [...r.findings, ...extra].sort(byPosition), r.meta);
  });
  // Kept lines of the files with findings; built on the first question, as only stylish asks.
  let byDisplay: Map<string, number> | undefined;
  const sourceLine = (file: string, line: number): string | undefined => {
    const fresh = freshLines.get(file)?.[line];
    if (fresh !== undefined || !cache) return fresh;
    if (!byDisplay) {
      // Only files with findings have lines to show, kept under their entries.
      byDisplay = new Map();
      for (let i = 0; i < selected.length; i++) if (out[i]!.findings.length > 0 && entries[i]! >= 0) byDisplay.set(displays[i]!, entries[i]!);
    }
    const entry = byDisplay.get(file);
    return entry === undefined ? undefined : cache.lineAt(entry, line);
  };
  // Folders the walk could not enter are reported as results of their own, never dropped silently.
  for (const folder of skipped) out.push(skippedFolder(folder, show(folder.path), lang));
  return { results: out, cached: hits.length, sourceLine, ...(cacheError ? { cacheError } : {}), ...(options.fix ? { fixes } : {}) };
}

function skippedFolder(folder: SkippedFolder, display: string, lang: Lang): FileResult {
  const messages: Bilingual = folder.reason === 'unreadable'
    ? { fa: `پوشه «${display}» خوانده نشد (${folder.code}) و پیش‌نویس‌های درون آن بررسی نشدند.`, en: `The folder ${display} could not be read (${folder.code}); the drafts in it were not checked.` }
    : { fa: `«${display}» پیوند به پوشه‌ای بیرون از این پوشه است و دنبال نشد.`, en: `${display} links to a folder outside the tree and was not followed.` };
  return resultOf(display, [{
    ruleId: 'unreadable', severity: folder.reason === 'unreadable' ? 'error' : 'warning', message: messages[lang], messages, file: display, line: 1, column: 1,
  }]);
}

