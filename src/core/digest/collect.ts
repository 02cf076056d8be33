/**
 * Reading what the digest is made of: drafts (files, folders, globs) through the same selection and
 * batch validation as `draft validate` (.draftignore, worker threads, the repository rules), and
 * submission packages (`*.zip`), each verified first with the same code as `draft verify`. A package
 * that fails verification is kept, with its problems, never dropped.
 */

import { lstatSync, readdirSync, statSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { validateBatch } from '../batch/batch.js';
import { displayPath, expandPaths } from '../batch/files.js';
import { applyIgnore } from '../batch/select.js';
import { DEFAULT_ZIP_LIMITS } from '../bagit/verify.js';
import { readBagZip } from '../bagit/zip-reader.js';
import { UsageError } from '../errors.js';
import { verifyPackage, type VerifyReport } from '../package/verify.js';
import type { ResolvedConfig } from '../config/types.js';
import type { FileResult, Lang } from '../engine/types.js';
import type { DigestError, DigestInput } from './types.js';

export interface CollectOptions {
  paths: string[];
  cwd: string;
  config: ResolvedConfig;
  lang: Lang;
  threads?: number;
  /** The validation cache file (`--cache`); none when absent. */
  cacheFile?: string;
  toolVersion: string;
  /** Renders a draft to its document, for verifying packages this version made (keeps Handlebars lazy). */
  render?: (data: Record<string, unknown>, generator: string) => string | Promise<string>;
}

const ZIP = /\.zip$/i;
const GLOB_CHARS = /[*?[\]{}!]/;
const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist']);
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

function walkZips(dir: string, out: string[]): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  const prefix = dir.endsWith(sep) ? dir : dir + sep;
  for (const name of names) {
    if (name.startsWith('.') || SKIP_DIRS.has(name)) continue;
    const info = lstatSync(prefix + name, { throwIfNoEntry: false });
    if (info?.isDirectory()) walkZips(prefix + name, out);
    else if (info?.isFile() && ZIP.test(name)) out.push(prefix + name);
  }
}

/** The command line's paths as draft arguments (for the batch) and package files. */
export async function selectInputs(paths: readonly string[], cwd: string, root: string): Promise<{ drafts: string[]; packages: string[] }> {
  const drafts: string[] = [];
  const packages: string[] = [];
  const unmatched: string[] = [];
  for (const arg of paths) {
    const full = resolve(cwd, arg);
    const info = statSync(full, { throwIfNoEntry: false });
    if (info?.isDirectory()) {
      // A folder holds drafts, packages or both; one with neither is reported like validate does.
      const zips: string[] = [];
      walkZips(full, zips);
      const { files } = await expandPaths([full], cwd);
      if (zips.length === 0 && files.length === 0) unmatched.push(arg);
      packages.push(...zips);
      if (files.length > 0) drafts.push(full);
    } else if (info) {
      (ZIP.test(full) ? packages : drafts).push(full);
    } else if (GLOB_CHARS.test(arg)) {
      const { glob } = await import('tinyglobby');
      const found = await glob(arg, { cwd, absolute: true, onlyFiles: true, ignore: ['**/node_modules/**', '**/.git/**'] });
      const zips = found.filter((f) => ZIP.test(f)).map((f) => resolve(f));
      const yaml = found.filter((f) => /\.ya?ml$/i.test(f)).map((f) => resolve(f));
      if (zips.length + yaml.length === 0) unmatched.push(arg);
      packages.push(...zips);
      drafts.push(...yaml);
    } else {
      unmatched.push(arg);
    }
  }
  if (unmatched.length > 0) {
    throw new UsageError({
      fa: `این مسیرها پیدا نشدند یا پیش‌نویس یا بسته‌ای در آنها نیست: ${unmatched.join('، ')}`,
      en: `No drafts or packages found at: ${unmatched.join(', ')}`,
    });
  }
  const unique = [...new Set(packages)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { drafts, packages: await applyIgnore(unique, root) };
}

/** The fields of a draft the digest reads, copied out of its text (see metaOf on why copies). */
function fieldsOf(data: unknown): Partial<DigestInput> {
  if (!isRecord(data)) return {};
  const m = isRecord(data.municipality) ? data.municipality : {};
  const r = isRecord(data.rationale) ? data.rationale : {};
  const f = isRecord(r.financialImpact) ? r.financialImpact : {};
  const amount = typeof f.amount === 'number' && Number.isSafeInteger(f.amount) && f.amount >= 0 ? f.amount : undefined;
  const fields = {
    id: str(data.id), kind: str(data.kind), status: str(data.status), title: str(data.title),
    province: str(m.province), city: str(m.city), category: str(data.category),
    problem: str(r.problem), proposal: str(r.proposal),
  };
  const copy = JSON.parse(JSON.stringify(fields)) as Partial<DigestInput>;
  return amount !== undefined ? { ...copy, financialImpact: BigInt(amount) } : copy;
}

function draftInput(result: FileResult, data: unknown): DigestInput {
  const fields = fieldsOf(data);
  const meta = result.meta ?? {};
  const errors: DigestError[] = result.findings.filter((f) => f.severity === 'error').map((f) => ({
    code: f.ruleId, line: f.line, column: f.column, message: f.messages,
  }));
  return {
    ...fields,
    id: fields.id ?? meta.id, status: fields.status ?? meta.status, title: fields.title ?? meta.title,
    province: fields.province ?? meta.province, city: fields.city ?? meta.city, category: fields.category ?? meta.category,
    source: 'draft', file: result.file, errors, warningCount: result.warningCount,
  };
}

async function packageInput(path: string, options: CollectOptions): Promise<DigestInput> {
  const file = displayPath(path, options.cwd);
  let report: VerifyReport;
  try {
    report = await verifyPackage(path, { config: options.config, lang: options.lang, toolVersion: options.toolVersion, render: options.render });
  } catch (e) {
    const reason = (e as Error).message;
    return {
      source: 'package', file, verified: false, warningCount: 0,
      errors: [{ code: 'package_unreadable', message: { fa: `بسته خوانده نشد: ${reason}`, en: `The package could not be read: ${reason}` } }],
    };
  }
  const errors: DigestError[] = report.problems.filter((p) => p.severity === 'error').map((p) => ({
    code: p.code, ...(p.file !== undefined ? { file: p.file } : {}), ...(p.line !== undefined ? { line: p.line, column: p.column ?? 1 } : {}), message: p.message,
  }));
  if (report.kind !== 'submission' && errors.length === 0) {
    errors.push({ code: 'not_a_submission', message: { fa: 'این بسته BagIt سالم است اما بسته ارسالی pishnevis نیست (submission.json ندارد).', en: 'This BagIt bag is sound but is not a pishnevis submission (it has no submission.json).' } });
  }
  const sub = report.submission;
  const input: DigestInput = {
    source: 'package', file, verified: errors.length === 0, errors,
    warningCount: report.problems.length - errors.length,
    ...(sub ? { id: sub.id, kind: sub.kind, status: sub.status, title: sub.title, category: sub.category, province: sub.municipality.province, city: sub.municipality.city } : {}),
  };
  if (!input.verified || !sub) return input;
  // The draft inside, for its problem, proposal and amount: verified, so it is what was sent.
  const read = await readBagZip(path, DEFAULT_ZIP_LIMITS);
  const text = read.source ? (await read.source.read(sub.files.draft.path)).toString('utf8').replace(/^\uFEFF/, '') : undefined;
  if (text === undefined) return input;
  const { fastParse } = await import('../parse/parse.js');
  const parsed = fastParse(text);
  return parsed.ok ? { ...input, ...fieldsOf(parsed.data), source: 'package', file } : input;
}

/** Every submission under the given paths, drafts first (in path order), then packages. */
export async function collectInputs(options: CollectOptions): Promise<DigestInput[]> {
  const { drafts, packages } = await selectInputs(options.paths, options.cwd, options.config.root);
  const inputs: DigestInput[] = [];
  if (drafts.length > 0) {
    const { results } = await validateBatch({
      paths: drafts, cwd: options.cwd, config: options.config, lang: options.lang, meta: true,
      ...(options.threads !== undefined ? { threads: options.threads } : {}),
      ...(options.cacheFile !== undefined ? { cacheFile: options.cacheFile } : {}),
    });
    const [{ readText }, { fastParse }] = await Promise.all([import('../parse/decode.js'), import('../parse/parse.js')]);
    for (const result of results) {
      let data: unknown;
      try {
        const parsed = fastParse(readText(resolve(options.cwd, result.file)));
        data = parsed.ok ? parsed.data : undefined;
      } catch {
        data = undefined;
      }
      inputs.push(draftInput(result, data));
    }
  }
  for (const path of packages) inputs.push(await packageInput(path, options));
  return inputs;
}
