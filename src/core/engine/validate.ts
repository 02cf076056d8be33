import { readRegularFileSync } from '../parse/read-file.js';
import { dirname } from 'node:path';
import { decodeDraft } from '../parse/decode.js';
import { fastParse, fullParse } from '../parse/parse.js';
import type { SourceScan } from '../parse/fast-yaml.js';
import { buildSourceMap, findSpan, locatePath, position, toJS, type Located, type SourceMap, type SpanCursor } from '../parse/locate.js';
import { fastLocatePath, lineIndex, linePosition } from '../parse/fast-locate.js';
import { normaliseLoneCR, splitLines, toLineFeeds, withLineBreaks, type LineFeedText } from '../parse/line-breaks.js';
import { checkDraftSchema } from '../schema/schema-check.js';
import { schemaReports } from '../schema/schema-messages.js';
import { fillMessage, isRecord, type Rule } from './rule.js';
import { documentContexts } from './rule-context.js';
import { configuredSeverity, defaultConfig, type ResolvedConfig } from '../config/types.js';
import { LIMITS } from '../limits.js';
import { yamlMessage } from '../parse/yaml-message.js';
import { byPosition, resultOf } from './result.js';
import { fixOf } from './fix-locate.js';
import { rules as builtinRules } from '../../rules/index.js';
import type { Bilingual, DraftMeta, FileResult, Finding, Fix, Lang, RawReport, Severity } from './types.js';

export interface ValidateOptions {
  /** The file name findings carry; defaults to `<text>`. */
  file?: string;
  /** Folder attachments are resolved against (defaults to the file's folder in validateFile). */
  dir?: string;
  config?: ResolvedConfig;
  lang?: Lang;
  /** The semantic rules to run; all built-in rules by default. */
  rules?: readonly Rule[];
}

/** A finding before it has a position: where in the data, or where in the source. */
type Pending = RawReport & { ruleId: string; severity: Severity; message: Bilingual } & { offset?: number; endOffset?: number };

function runRules(data: Record<string, unknown>, options: ValidateOptions, config: ResolvedConfig, file: string, source: string | undefined, scan: SourceScan | undefined): Pending[] {
  const out: Pending[] = [];
  // One set of shared facts per draft: the contexts of this draft's rules, and no other draft's.
  const contextFor = documentContexts({ draft: data, file, dir: options.dir, source, scan, config });
  for (const rule of options.rules ?? builtinRules) {
    const { id, messages, fixable } = rule.meta;
    if (config.rules[id] === 'off') continue;
    const context = contextFor((r) => {
      const severity = configuredSeverity(id, r.severity ?? rule.meta.severity, config);
      if (severity === 'off') return;
      const template = messages[r.messageId];
      if (!template) throw new Error(`rule ${id} has no message ${r.messageId}`);
      out.push({
        ...r,
        ruleId: id,
        severity,
        message: { fa: fillMessage(template.fa, r.data), en: fillMessage(template.en, r.data) },
        replacement: fixable ? r.replacement : undefined,
        edits: fixable ? r.edits : undefined,
      });
    });
    try {
      rule.check(context);
    } catch (e) {
      // A rule that trips over malformed data must not take the file, or the batch, down with it.
      out.push({
        ruleId: id, severity: 'error', messageId: 'internal', path: [],
        message: { fa: `قاعده ${id} با خطای داخلی متوقف شد: ${String(e)}`, en: `Rule ${id} failed internally: ${String(e)}` },
      });
    }
  }
  return out;
}

function check(data: unknown, options: ValidateOptions, config: ResolvedConfig, file: string, source?: string, scan?: SourceScan): Pending[] {
  if (!isRecord(data)) {
    return [{
      ruleId: 'schema', severity: 'error', messageId: 'not-a-mapping', path: [],
      message: {
        fa: 'پیش‌نویس باید مجموعه‌ای از کلید و مقدار (نگاشت YAML) باشد، نه فهرست یا مقدار تنها.',
        en: 'A draft must be a YAML mapping of keys to values, not a list or a single value.',
      },
    }];
  }
  const pending: Pending[] = schemaReports(checkDraftSchema(data), data).map((r) => ({ ...r, ruleId: 'schema', severity: 'error' as const }));
  pending.push(...runRules(data, options, config, file, source, scan));
  return pending;
}

export function metaOf(data: unknown): DraftMeta | undefined {
  if (!isRecord(data)) return undefined;
  const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
  const m = isRecord(data.municipality) ? data.municipality : {};
  const attachments = Array.isArray(data.attachments)
    ? data.attachments.map((a) => (isRecord(a) ? str(a.path) : undefined)).filter((p): p is string => p !== undefined)
    : [];
  const meta: DraftMeta = {
    id: str(data.id), kind: str(data.kind), status: str(data.status), title: str(data.title),
    province: str(m.province), city: str(m.city), category: str(data.category), date: str(data.date),
    ...(attachments.length ? { attachments } : {}),
  };
  // Parsed strings are slices of the file's text, and V8 keeps a slice's whole text alive: a batch
  // holding every draft's metadata would hold every draft (10,000 drafts: 650 MB, and the GC time
  // to match). A copy through JSON holds only the strings themselves.
  return JSON.parse(JSON.stringify(meta)) as DraftMeta;
}

function finish(file: string, findings: Finding[], meta?: DraftMeta): FileResult {
  findings.sort(byPosition);
  return resultOf(file, findings, meta);
}

/** The value at a data path, for mapping a span inside it back to the source. */
function valueAtPath(data: unknown, path: readonly (string | number)[]): unknown {
  let value = data;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[segment];
  }
  return value;
}

/**
 * Gives pending findings their positions. A draft the fast reader accepted is located from its lines
 * (fast-locate.ts); yaml's position-tracking document is built only for what that cannot answer, or
 * for every finding of a draft outside the fast reader's subset.
 */
function locateAll(text: string, data: unknown, simple: boolean, pending: readonly Pending[], file: string, lang: Lang, built?: SourceMap): Finding[] {
  const index = lineIndex(text);
  let map = built;
  const slow = (): SourceMap => (map ??= buildSourceMap(text));
  // One cursor for the span searches of the fast path, as the source map keeps one for the slow path.
  const spans: { spanCursor?: SpanCursor } = {};
  const where = (p: Pending): Located => {
    if (simple) {
      const range = fastLocatePath(index, p.path, { key: p.key });
      if (range) {
        const value = p.span && !p.key ? valueAtPath(data, p.path) : undefined;
        const found = typeof value === 'string' ? findSpan(text, range.start, range.end, value, p.span!, spans) : undefined;
        return found ?? { start: range.start, end: range.end, exact: false };
      }
    }
    return locatePath(slow(), p.path, { key: p.key, span: p.span });
  };
  return pending.map((p) => {
    let start: number;
    let end: number;
    let fix: Finding['fix'];
    if (p.offset !== undefined) {
      start = p.offset;
      end = p.endOffset ?? p.offset;
    } else {
      const found = where(p);
      start = found.start;
      end = found.end;
      if (p.replacement !== undefined || p.edits !== undefined) {
        fix = fixOf(text, p, found, (path, span) => where({ ...p, path, span, key: undefined }), (path) => valueAtPath(data, path));
      }
    }
    const s = linePosition(index, start);
    const e = linePosition(index, end);
    return {
      ruleId: p.ruleId, severity: p.severity, message: p.message[lang], messages: p.message,
      file, line: s.line, column: s.column, endLine: e.line, endColumn: e.column,
      ...(fix ? { fix } : {}),
    };
  });
}

/**
 * Fixes found in the LF copy of a CRLF text, made edits of the text itself. Several findings may share
 * one fix (a renumbering and the references it corrects): each is moved once.
 */
function toOriginalRanges(findings: readonly Finding[], lf: LineFeedText): void {
  const moved = new Set<Fix>();
  for (const { fix } of findings) {
    if (!fix || moved.has(fix)) continue;
    moved.add(fix);
    fix.range = [lf.toOriginal(fix.range[0]), lf.toOriginal(fix.range[1])];
    // A fix that spans lines copies them from the LF text: it writes the file's own line breaks, as
    // applyFixes does, so that a report's consumer (SARIF, an editor) applying it keeps a CRLF file CRLF.
    fix.text = withLineBreaks(fix.text, lf.crlf);
  }
}

/** Validates a draft held in memory. Never throws for bad input: every problem is a finding. */
export function validateText(text: string, options: ValidateOptions = {}): FileResult {
  return checkText(text, options, false)!;
}

/**
 * validateText; with `subsetOnly`, undefined for a draft outside the fast reader's subset (a YAML syntax
 * error, flow style), which a batch's worker thread hands to the main thread (batch/worker-pool.ts).
 */
function checkText(text: string, options: ValidateOptions, subsetOnly: boolean): FileResult | undefined {
  const file = options.file ?? '<text>';
  const config = options.config ?? defaultConfig(process.cwd(), options.lang);
  const lang = options.lang ?? config.lang;
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);

  // The fast reader refuses every control character, CR among them: only a draft it did not read is
  // looked at for CRs (a full pass over every draft otherwise), and read again with LFs alone.
  let fast = fastParse(text, { subsetOnly: true });
  let lf: LineFeedText | undefined;
  if (!fast.ok && fast.reason === 'outside-subset' && text.indexOf('\r') !== -1) {
    lf = toLineFeeds(text);
    fast = fastParse(lf.text, { subsetOnly: true });
    if (fast.ok || fast.reason !== 'outside-subset') text = lf.text;
    else lf = undefined;
  }
  if (!fast.ok && fast.reason === 'outside-subset') {
    if (subsetOnly) return undefined;
    // The fast reader refused the text (and its LF copy, if it has CRs): js-yaml's turn, on the file as it is
    // but with a lone CR made an LF (yaml, which places the findings, reads a lone CR as no line break).
    text = normaliseLoneCR(text);
    fast = fullParse(text);
  }
  // The fast reader accepts no anchors; past it, thousands of them are one finding at once (yaml, which
  // locates findings there, resolves each alias by walking the document).
  if (!(fast.ok && fast.simple) && countAnchors(text) > LIMITS.maxAnchors) return tooManyAnchors(file, lang);
  if (fast.ok) {
    const pending = check(fast.data, options, config, file, text, fast.scan);
    if (pending.length === 0) return finish(file, [], metaOf(fast.data));
    const findings = locateAll(text, fast.data, fast.simple, pending, file, lang);
    if (lf) toOriginalRanges(findings, lf);
    return finish(file, findings, metaOf(fast.data));
  }

  if (fast.reason === 'too-deep') return tooDeep(file, lang);
  // Past a structural limit, one finding at once: yaml's document of a 5 MB flow sequence or of
  // thousands of anchors costs seconds and gigabytes, and would only say the same.
  if (fast.reason === 'too-large') return tooLarge(file, lang);
  let map: SourceMap;
  try {
    map = buildSourceMap(text);
  } catch (e) {
    // yaml composes recursively: nesting that js-yaml refused (an unknown tag) can overflow the stack.
    if (e instanceof RangeError) return tooDeep(file, lang);
    throw e;
  }
  const problems = [...map.doc.errors];
  // yaml turns a stack overflow in its recursive composer into an error of its own; it is nesting.
  if (problems.some((e) => /Maximum call stack/.test(e.message))) return tooDeep(file, lang);
  if (problems.length > 0) {
    // An error at the very end (an unclosed quote) is shown on the last line, not one past it.
    const last = text.trimEnd().length;
    return finish(file, problems.map((err) => {
      const s = position(map, Math.min(err.pos[0], last));
      const message = yamlMessage(err.code, err.message);
      return { ruleId: 'yaml-syntax', severity: 'error' as const, message: message[lang], messages: message, file, line: s.line, column: s.column };
    }));
  }
  // js-yaml refused what yaml accepts: trust the positioned parser.
  let data: unknown;
  try {
    data = toJS(map);
  } catch (e) {
    // An alias whose anchor is not defined is a mistake in the file, not a file too large.
    const unresolved = e instanceof ReferenceError ? /\*?([^\s]+)$/.exec(e.message.replace(/\.$/, ''))?.[1] : undefined;
    if (unresolved !== undefined) return undefinedAlias(file, lang, text, unresolved);
    if (e instanceof RangeError) return tooDeep(file, lang);
    return tooLarge(file, lang);
  }
  return finish(file, locateAll(text, data, false, check(data, options, config, file), file, lang, map), metaOf(data));
}

function refuse(file: string, lang: Lang, message: Bilingual): FileResult {
  return finish(file, [{ ruleId: 'unreadable', severity: 'error', message: message[lang], messages: message, file, line: 1, column: 1 }]);
}

const tooDeep = (file: string, lang: Lang): FileResult => refuse(file, lang, {
  fa: `ساختار فایل بیش از ${LIMITS.maxDepth} سطح تو در تو است؛ این یک پیش‌نویس نیست.`,
  en: `The file is nested more than ${LIMITS.maxDepth} levels deep; it is not a draft.`,
});

const tooLarge = (file: string, lang: Lang): FileResult => refuse(file, lang, {
  fa: `فایل بیش از ${LIMITS.maxNodes.toLocaleString('fa-IR')} مقدار دارد (یا با ارجاع‌های YAML، anchor/alias، به داده‌ای چنین بزرگ باز می‌شود)؛ این یک پیش‌نویس نیست و پردازش نشد.`,
  en: `The file holds more than ${LIMITS.maxNodes.toLocaleString('en-US')} values (or expands to that many through YAML anchors and aliases), far more than a draft holds, so it was not processed.`,
});

/**
 * Anchors («&name») and aliases («*name») in the text, counted from their indicators: a draft has none
 * or a few, and yaml resolves each alias by walking the document, so thousands of them cost seconds.
 */
function countAnchors(text: string): number {
  let count = 0;
  const re = /(?:^|[\s[{,])[&*][^\s,[\]{}]/g;
  while (re.exec(text) !== null) if (++count > LIMITS.maxAnchors) break;
  return count;
}

const tooManyAnchors = (file: string, lang: Lang): FileResult => refuse(file, lang, {
  fa: `فایل بیش از ${LIMITS.maxAnchors.toLocaleString('fa-IR')} ارجاع YAML (anchor «&» یا alias «*») دارد؛ پیش‌نویس به آنها نیازی ندارد و پردازش نشد.`,
  en: `The file has more than ${LIMITS.maxAnchors.toLocaleString('en-US')} YAML anchors («&») or aliases («*»); a draft needs none, so it was not processed.`,
});

function undefinedAlias(file: string, lang: Lang, text: string, name: string): FileResult {
  const at = text.search(new RegExp(`\\*${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![^\\s,\\]}])`));
  const index = lineIndex(text);
  const { line, column } = linePosition(index, Math.max(0, at));
  const message: Bilingual = {
    fa: `ارجاع YAML «*${name}» به anchor تعریف‌نشده‌ای اشاره می‌کند؛ پیش از آن «&${name}» نیامده است.`,
    en: `The YAML alias "*${name}" refers to an anchor that is not defined; no "&${name}" comes before it.`,
  };
  return finish(file, [{ ruleId: 'yaml-syntax', severity: 'error', message: message[lang], messages: message, file, line, column }]);
}

type Opened = ({ ok: true; bytes: Uint8Array } & ReadStat) | { ok: false; message: Bilingual };

function tooBig(size: number): Bilingual | undefined {
  if (size <= LIMITS.maxFileBytes) return undefined;
  const mb = (size / 1048576).toFixed(1);
  const max = LIMITS.maxFileBytes / 1048576;
  return {
    fa: `فایل ${mb} مگابایت است؛ پیش‌نویس نمی‌تواند بیش از ${max} مگابایت باشد. پیوست‌ها را جدا بگذارید.`,
    en: `The file is ${mb} MB; a draft may be at most ${max} MB. Keep attachments as separate files.`,
  };
}

function notAFile(isDirectory: boolean): Bilingual {
  return isDirectory
    ? { fa: 'این مسیر یک پوشه است، نه فایل پیش‌نویس.', en: 'This path is a folder, not a draft file.' }
    : { fa: 'این مسیر فایل عادی نیست.', en: 'This path is not a regular file.' };
}

function readError(e: unknown): Bilingual {
  const code = (e as NodeJS.ErrnoException).code ?? 'EIO';
  const fa = code === 'ENOENT' ? 'فایل پیدا نشد.' : code === 'EACCES' ? 'اجازه خواندن فایل نیست.' : `فایل خوانده نشد (${code}).`;
  const en = code === 'ENOENT' ? 'File not found.' : code === 'EACCES' ? 'Permission denied reading the file.' : `The file could not be read (${code}).`;
  return { fa, en };
}

/** Size and type are checked before reading, so a 60 MB file or a folder is never read. */
async function openAsync(path: string): Promise<Opened> {
  const { readFile, stat } = await import('node:fs/promises');
  try {
    const info = await stat(path);
    if (!info.isFile()) return { ok: false, message: notAFile(info.isDirectory()) };
    const big = tooBig(info.size);
    if (big) return { ok: false, message: big };
    return { ok: true, bytes: await readFile(path), size: info.size, mtimeMs: info.mtimeMs, ctimeMs: info.ctimeMs, ino: info.ino };
  } catch (e) {
    return { ok: false, message: readError(e) };
  }
}

function openSync(path: string): Opened {
  // The bytes are decoded (and handed to the sink) before the next read, so one buffer serves all.
  const read = readRegularFileSync(path, LIMITS.maxFileBytes, { scratch: true });
  if (read.ok) return read;
  if (read.reason === 'error') return { ok: false, message: readError(read.error) };
  if (read.reason === 'too-big') return { ok: false, message: tooBig(read.size)! };
  return { ok: false, message: notAFile(read.reason === 'directory') };
}

type FileOptions = Omit<ValidateOptions, 'file'> & { file?: string };

function validateOpened(path: string, opened: Opened, options: FileOptions, onText?: TextSink): FileResult;
function validateOpened(path: string, opened: Opened, options: FileOptions, onText: TextSink | undefined, subsetOnly: boolean): FileResult | undefined;
function validateOpened(path: string, opened: Opened, options: FileOptions, onText?: TextSink, subsetOnly = false): FileResult | undefined {
  const file = options.file ?? path;
  const lang = options.lang ?? options.config?.lang ?? 'fa';
  if (!opened.ok) return refuse(file, lang, opened.message);
  const decoded = decodeDraft(opened.bytes);
  if (!decoded.ok) {
    return finish(file, [{ ruleId: 'unreadable', severity: 'error', message: decoded.message[lang], messages: decoded.message, file, line: decoded.line, column: decoded.column }]);
  }
  const result = checkText(decoded.text, { ...options, file, dir: options.dir ?? dirname(path) }, subsetOnly);
  if (result) onText?.(decoded.text, result);
  return result;
}

/** The text a result was found in, for a batch to keep the lines its code frames show. */
export type TextSink = (text: string, result: FileResult) => void;

/** Reads and validates one file. Never throws for a bad file: unreadable input is a finding. */
export async function validateFile(path: string, options: FileOptions = {}): Promise<FileResult> {
  return validateOpened(path, await openAsync(path), options);
}

/** The file's state when it was read (from the same fstat as the read): what a cache compares later. */
export interface ReadStat {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
}

/** What was read, for a cache to record: the bytes (valid only during the call) and the file's state then. */
export type ReadSink = (bytes: Uint8Array, stat: ReadStat) => void;

/** The same, synchronously: for worker threads and batches, where waiting on a promise per file only costs. */
export function validateFileSync(path: string, options: FileOptions = {}, sink?: ReadSink, onText?: TextSink): FileResult {
  const opened = openSync(path);
  if (sink && opened.ok) sink(opened.bytes, opened);
  return validateOpened(path, opened, options, onText);
}

/**
 * validateFileSync for a draft in the fast reader's subset; undefined for one outside it (see
 * checkText), which the caller checks elsewhere (the sink has seen its bytes all the same).
 */
export function validateSubsetFileSync(path: string, options: FileOptions, sink?: ReadSink, onText?: TextSink): FileResult | undefined {
  const opened = openSync(path);
  if (sink && opened.ok) sink(opened.bytes, opened);
  return validateOpened(path, opened, options, onText, true);
}

/** The lines a code frame around each finding shows: the finding's line and one either side. */
export function framesOf(text: string, findings: readonly Finding[]): Record<number, string> {
  const lines = splitLines(text);
  const kept: Record<number, string> = {};
  for (const f of findings) {
    for (let n = f.line - 1; n <= f.line + 1; n++) if (n >= 1 && n <= lines.length) kept[n] = lines[n - 1]!;
  }
  return kept;
}
