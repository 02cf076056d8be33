/**
 * Verifying a submission package, zipped or unpacked. First the bag itself (completeness, every
 * checksum, Payload-Oxum: the BagIt library), then, when the bag is a pishnevis submission, what only
 * this tool knows:
 *
 * - data/submission.json parses and matches schemas/submission.schema.json;
 * - every file it declares is there with the size and SHA-256 it declares, and nothing else is;
 * - bag-info.txt agrees with it (External-Identifier, Source-Organization, Contact-Name, Bagging-Date);
 * - the draft inside validates again (validateText on its bytes) with no error and is `ready`;
 * - when the package was made by this very version of the tool: the HTML is exactly what the draft
 *   renders to, and the zip is byte for byte the one this draft packages to. That last check is what
 *   makes a flipped byte in a zip header (a timestamp, a permission bit) fail verification too.
 *
 * A bag that is not a submission (no data/submission.json, not made by pishnevis) is checked as a
 * plain BagIt bag. Nothing here prints or throws for a bad package; every finding is data.
 */

import { readFile, stat } from 'node:fs/promises';
import { checkBag } from '../bagit/check-bag.js';
import { FolderSource, type BagSource } from '../bagit/source.js';
import { parseBagInfo } from '../bagit/tag-files.js';
import type { BagProblem } from '../bagit/types.js';
import { DEFAULT_ZIP_LIMITS } from '../bagit/verify.js';
import { buildBagZip } from '../bagit/write.js';
import { packageComment } from './own-package.js';
import { readBagZip } from '../bagit/zip-reader.js';
import { decodeDraft } from '../parse/decode.js';
import { fastParse } from '../parse/parse.js';
import { checkSubmissionSchema } from '../schema/submission-check.js';
import type { ResolvedConfig } from '../config/types.js';
import type { Bilingual, Lang, Severity } from '../engine/types.js';
import { validateText } from '../engine/validate.js';
import { LIMITS } from '../limits.js';
import { SUBMISSION_FILE, type Submission } from './assemble.js';
import { ATTACHMENT_LIMITS } from './attachments.js';

/** submission.json is a few kilobytes; nothing near this is one. */
const MAX_SUBMISSION_BYTES = 1024 * 1024;

export interface VerifyProblem {
  severity: Severity;
  /** A BagIt library code (checksum_mismatch, payload_missing …) or one of this module's. */
  code: string;
  /** Relative to the bag's top folder. */
  file?: string;
  line?: number;
  column?: number;
  message: Bilingual;
}

export interface VerifyReport {
  valid: boolean;
  container: 'zip' | 'folder';
  /** A pishnevis submission, or a bag checked by the BagIt rules only. */
  kind: 'submission' | 'bag';
  bagVersion?: string;
  /** The bag's top folder inside a zip ('' when the bag sits at the zip's root). */
  root?: string;
  submission?: Submission;
  /** Payload files and bytes, when the bag could be read. */
  payload?: { files: number; bytes: number };
  problems: VerifyProblem[];
}

export interface VerifyOptions {
  /** The configuration the draft is re-validated with. */
  config?: ResolvedConfig;
  lang?: Lang;
  /** The running tool's version: the document and zip are compared only for packages it made. */
  toolVersion: string;
  /** Renders a draft's data to the document's HTML (render/index.ts); injected to keep Handlebars lazy. */
  render?: (data: Record<string, unknown>, generator: string) => string | Promise<string>;
  /** Renders it as the Word file a `--with-docx` package holds (render/docx.ts), at the package's time. */
  renderDocx?: (data: Record<string, unknown>, generator: string, timestamp: Date) => Promise<Buffer>;
}

const fromBag = (p: BagProblem): VerifyProblem => ({ severity: p.severity, code: p.code, ...(p.file !== undefined ? { file: p.file } : {}), message: p.message });
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
async function readText(source: BagSource, path: string): Promise<string | undefined> {
  if (!source.files.some((f) => f.path === path && f.regular && f.size <= MAX_SUBMISSION_BYTES)) return undefined;
  try {
    return (await source.read(path)).toString('utf8');
  } catch {
    return undefined;
  }
}

export async function verifyPackage(path: string, options: VerifyOptions): Promise<VerifyReport> {
  const info = await stat(path);
  const problems: VerifyProblem[] = [];
  let source: BagSource | undefined;
  let container: 'zip' | 'folder';
  let root: string | undefined;
  if (info.isDirectory()) {
    container = 'folder';
    source = await FolderSource.open(path);
  } else {
    container = 'zip';
    // No file of a submission may be larger than an attachment may be: checked before inflating.
    const read = await readBagZip(path, { ...DEFAULT_ZIP_LIMITS, maxEntryBytes: ATTACHMENT_LIMITS.perFile });
    problems.push(...read.problems.map(fromBag));
    source = read.source;
    if (read.prefix !== undefined) root = read.prefix.replace(/\/$/, '');
  }
  const report: VerifyReport = { valid: false, container, kind: 'bag', problems, ...(root !== undefined ? { root } : {}) };
  if (!source) return finish(report);

  const bag = await checkBag(source);
  problems.push(...bag.problems.map(fromBag));
  if (bag.version !== undefined) report.bagVersion = bag.version;
  const payloadFiles = source.files.filter((f) => f.regular && f.path.startsWith('data/'));
  report.payload = { files: payloadFiles.length, bytes: payloadFiles.reduce((n, f) => n + f.size, 0) };

  const bagInfoText = await readText(source, 'bag-info.txt');
  const bagInfo = bagInfoText !== undefined ? parseBagInfo(bagInfoText).elements : [];
  const infoValue = (label: string): string | undefined => bagInfo.find((e) => e.label.toLowerCase() === label.toLowerCase())?.value;
  const agent = infoValue('Bag-Software-Agent') ?? '';
  const submissionEntry = source.files.find((f) => f.path === `data/${SUBMISSION_FILE}`);
  const hasSubmission = submissionEntry !== undefined;
  if (!hasSubmission && !/^pishnevis\b/.test(agent)) return finish(report);

  report.kind = 'submission';
  const problem = (severity: Severity, code: string, file: string | undefined, message: Bilingual, at?: { line: number; column: number }): void => {
    problems.push({ severity, code, ...(file !== undefined ? { file } : {}), ...(at ?? {}), message });
  };
  const submissionPath = `data/${SUBMISSION_FILE}`;
  if (!hasSubmission) {
    problem('error', 'submission_missing', submissionPath, {
      fa: `بسته را pishnevis ساخته است اما «${submissionPath}» در آن نیست.`,
      en: `The bag was made by pishnevis but ${submissionPath} is missing.`,
    });
    return finish(report);
  }
  // A link or a FIFO is never followed or read: it could name any file on the machine, or never end.
  if (!submissionEntry.regular || submissionEntry.size > MAX_SUBMISSION_BYTES) {
    problem('error', 'submission_unreadable', submissionPath, submissionEntry.regular
      ? { fa: `«${submissionPath}» از سقف ${MAX_SUBMISSION_BYTES.toLocaleString('fa-IR')} بایت بزرگ‌تر است و خوانده نشد.`, en: `${submissionPath} is larger than ${MAX_SUBMISSION_BYTES} bytes and was not read.` }
      : { fa: `«${submissionPath}» فایل معمولی نیست (پیوند نمادین، لوله یا دستگاه است) و خوانده نشد.`, en: `${submissionPath} is not a regular file (a symbolic link, pipe or device) and was not read.` });
    return finish(report);
  }
  let submission: unknown;
  try {
    submission = JSON.parse((await source.read(submissionPath)).toString('utf8'));
  } catch (e) {
    problem('error', 'submission_unreadable', submissionPath, {
      fa: `«${submissionPath}» JSON خوانا نیست: ${(e as Error).message}`,
      en: `${submissionPath} is not readable JSON: ${(e as Error).message}`,
    });
    return finish(report);
  }
  const schemaErrors = checkSubmissionSchema(submission);
  for (const err of schemaErrors) {
    const where = err.instancePath === '' ? '/' : err.instancePath;
    problem('error', 'submission_schema', submissionPath, {
      fa: `«${submissionPath}» با طرح submission.schema.json نمی‌خواند: ${where} ${err.message ?? err.keyword}`,
      en: `${submissionPath} does not match submission.schema.json: ${where} ${err.message ?? err.keyword}`,
    });
  }
  if (schemaErrors.length > 0 || !isRecord(submission)) return finish(report);
  const sub = submission as unknown as Submission;
  report.submission = sub;

  // Every declared file present and as declared; every payload file declared.
  const declared = [sub.files.draft, sub.files.document, ...(sub.files.wordDocument ? [sub.files.wordDocument] : []), ...sub.attachments];
  const declaredPaths = new Set<string>([submissionPath]);
  for (const file of declared) {
    if (declaredPaths.has(file.path)) continue; // an attachment listed twice is one file
    declaredPaths.add(file.path);
    const present = source.files.find((f) => f.path === file.path && f.regular);
    if (!present) {
      problem('error', 'submission_file_missing', file.path, {
        fa: `فایل «${file.path}» که submission.json نام برده در بسته نیست.`,
        en: `${file.path}, listed in submission.json, is not in the package.`,
      });
      continue;
    }
    // Streamed: an attachment may be larger than memory (or than a 2 GiB buffer).
    const digest = present.size === file.bytes ? (await source.digest(file.path, ['sha256']).catch(() => undefined))?.get('sha256') : undefined;
    if (present.size !== file.bytes || digest !== file.sha256) {
      problem('error', 'submission_file_altered', file.path, {
        fa: `فایل «${file.path}» با اندازه یا چکیده‌ای که submission.json ثبت کرده نمی‌خواند؛ پس از بسته‌بندی تغییر کرده است.`,
        en: `${file.path} does not match the size or SHA-256 recorded in submission.json; it was changed after packaging.`,
      });
    }
  }
  for (const attachment of sub.attachments) {
    const present = source.files.find((f) => f.path === attachment.path && f.regular);
    if (present && present.size > ATTACHMENT_LIMITS.perFile) {
      problem('error', 'attachment_too_large', attachment.path, {
        fa: `پیوست «${attachment.path}» ${present.size.toLocaleString('fa-IR')} بایت است و از سقف ${ATTACHMENT_LIMITS.perFile.toLocaleString('fa-IR')} بایت برای یک پیوست بیشتر است.`,
        en: `The attachment ${attachment.path} is ${present.size} bytes, over the limit of ${ATTACHMENT_LIMITS.perFile} bytes for one attachment.`,
      });
    }
  }
  if (report.payload.bytes > ATTACHMENT_LIMITS.total) {
    problem('error', 'package_too_large', undefined, {
      fa: `محتوای بسته ${report.payload.bytes.toLocaleString('fa-IR')} بایت است و از سقف ${ATTACHMENT_LIMITS.total.toLocaleString('fa-IR')} بایت برای یک بسته بیشتر است.`,
      en: `The package's payload is ${report.payload.bytes} bytes, over the limit of ${ATTACHMENT_LIMITS.total} bytes for one package.`,
    });
  }
  for (const f of payloadFiles) {
    if (!declaredPaths.has(f.path)) {
      problem('error', 'submission_file_extra', f.path, {
        fa: `فایل «${f.path}» در بسته هست اما submission.json آن را نام نبرده است.`,
        en: `${f.path} is in the package but not listed in submission.json.`,
      });
    }
  }

  // bag-info.txt and the zip's top folder say the same as submission.json.
  const expectInfo: Array<[string, string]> = [
    ['External-Identifier', sub.id],
    ['Source-Organization', sub.organization],
    ['Contact-Name', sub.author.name],
    ['Bagging-Date', sub.packagedAt.slice(0, 10)],
  ];
  for (const [label, want] of expectInfo) {
    const got = infoValue(label);
    if (got !== want) {
      problem('error', 'bag_info_mismatch', 'bag-info.txt', {
        fa: `مقدار ${label} در «bag-info.txt» («${got ?? ''}») با submission.json («${want}») نمی‌خواند.`,
        en: `${label} in bag-info.txt ("${got ?? ''}") does not match submission.json ("${want}").`,
      });
    }
  }
  if (container === 'zip' && root !== undefined && root !== sub.id) {
    problem('error', 'root_mismatch', undefined, {
      fa: `پوشه ریشه بسته «${root}» است اما شناسه پیش‌نویس «${sub.id}» است.`,
      en: `The package's top folder is "${root}" but the draft id is "${sub.id}".`,
    });
  }

  // The draft inside validates again.
  const draftPath = sub.files.draft.path;
  let draftData: Record<string, unknown> | undefined;
  const draftEntry = source.files.find((f) => f.path === draftPath && f.regular);
  if (draftEntry && draftEntry.size > LIMITS.maxFileBytes) {
    // The same limit as `draft validate`: a draft this large is not read into memory, let alone parsed.
    problem('error', 'draft_too_large', draftPath, {
      fa: `پیش‌نویس درون بسته ${draftEntry.size.toLocaleString('fa-IR')} بایت است و از سقف ${LIMITS.maxFileBytes.toLocaleString('fa-IR')} بایت یک پیش‌نویس بیشتر است؛ بررسی نشد.`,
      en: `The draft in the package is ${draftEntry.size} bytes, over the ${LIMITS.maxFileBytes}-byte limit of a draft; it was not checked.`,
    });
  } else if (draftEntry) {
    const decoded = decodeDraft(await source.read(draftPath));
    if (!decoded.ok) {
      problem('error', 'draft_unreadable', draftPath, decoded.message, { line: decoded.line, column: decoded.column });
    } else {
      const result = validateText(decoded.text, { file: draftPath, config: options.config, lang: options.lang });
      for (const f of result.findings) {
        problem(f.severity, `draft/${f.ruleId}`, draftPath, f.messages, { line: f.line, column: f.column });
      }
      const parsed = fastParse(decoded.text);
      if (parsed.ok && isRecord(parsed.data)) {
        draftData = parsed.data;
        if (parsed.data.status !== 'ready') {
          problem('error', 'draft_not_ready', draftPath, {
            fa: 'پیش‌نویس درون بسته وضعیت ready ندارد؛ فقط پیش‌نویس آماده بسته‌بندی می‌شود.',
            en: 'The draft in the package is not `status: ready`; only ready drafts are packaged.',
          });
        }
        if (parsed.data.id !== sub.id) {
          problem('error', 'draft_id_mismatch', draftPath, {
            fa: `شناسه پیش‌نویس («${String(parsed.data.id)}») با submission.json («${sub.id}») نمی‌خواند.`,
            en: `The draft's id ("${String(parsed.data.id)}") does not match submission.json ("${sub.id}").`,
          });
        }
      }
    }
  }

  // Made by this version: the document and the zip must be exactly what this draft gives.
  const sameTool = sub.tool.version === options.toolVersion;
  if (sameTool && draftData && options.render) {
    const docPath = sub.files.document.path;
    if (source.files.some((f) => f.path === docPath && f.regular)) {
      const expected = Buffer.from(await options.render(draftData, `pishnevis ${sub.tool.version}`), 'utf8');
      if (!expected.equals(await source.read(docPath).catch(() => Buffer.alloc(0)))) {
        problem('error', 'document_mismatch', docPath, {
          fa: `سند «${docPath}» همان نیست که از پیش‌نویس درون بسته ساخته می‌شود؛ سند یا پیش‌نویس دست خورده است.`,
          en: `${docPath} is not what the draft in the package renders to; the document or the draft was edited.`,
        });
      }
    }
  }
  const wordPath = sub.files.wordDocument?.path;
  if (sameTool && draftData && options.renderDocx && wordPath && source.files.some((f) => f.path === wordPath && f.regular)) {
    const expected = await options.renderDocx(draftData, `pishnevis ${sub.tool.version}`, new Date(sub.packagedAt));
    if (!expected.equals(await source.read(wordPath).catch(() => Buffer.alloc(0)))) {
      problem('error', 'document_mismatch', wordPath, {
        fa: `سند Word «${wordPath}» همان نیست که از پیش‌نویس درون بسته ساخته می‌شود؛ سند یا پیش‌نویس دست خورده است.`,
        en: `${wordPath} is not the Word document the draft in the package renders to; the document or the draft was edited.`,
      });
    }
  }
  if (sameTool && container === 'zip' && root && !problems.some((p) => p.severity === 'error')) {
    const canonical = await buildBagZip({
      root,
      payload: await Promise.all(payloadFiles.map(async (f) => ({ path: f.path.slice('data/'.length), content: await source.read(f.path) }))),
      info: bagInfo.filter((e) => e.label.toLowerCase() !== 'payload-oxum').map((e) => [e.label, e.value] as [string, string]),
      mtime: new Date(sub.packagedAt),
      comment: packageComment(sub.tool.version),
    }).catch(() => undefined);
    const actual = await readFile(path);
    if (!canonical || !canonical.equals(actual)) {
      let offset = 0;
      if (canonical) while (offset < actual.length && offset < canonical.length && actual[offset] === canonical[offset]) offset++;
      const entry = canonical ? entryAt(canonical, offset, root) : undefined;
      problem('error', 'zip_not_canonical', entry, {
        fa: `فایل zip در بایت ${offset}${entry ? ` (سرآیند «${entry}»)` : ''} با بسته‌ای که همین محتوا می‌سازد فرق دارد؛ سرآیند، زمان یا مجوز یک مدخل دست خورده است.`,
        en: `The zip differs at byte ${offset}${entry ? ` (the header of ${entry})` : ''} from the package this content makes; an entry's header, time or permissions was altered.`,
      });
    }
  } else if (!sameTool) {
    problem('warning', 'other_tool_version', submissionPath, {
      fa: `بسته با pishnevis ${sub.tool.version} ساخته شده و این نسخه ${options.toolVersion} است؛ سند و zip دوباره ساخته و مقایسه نشدند.`,
      en: `The package was made by pishnevis ${sub.tool.version} and this is ${options.toolVersion}; the document and zip were not rebuilt and compared.`,
    });
  }
  return finish(report);
}

/**
 * The entry whose local or central header holds byte `offset` of a zip this tool wrote (stored
 * entries, no extra fields, no comment), relative to the bag's top folder; undefined past them.
 */
function entryAt(zip: Buffer, offset: number, root: string): string | undefined {
  const strip = (name: string): string => (name.startsWith(`${root}/`) ? name.slice(root.length + 1) || `${root}/` : name);
  let at = 0;
  while (at + 30 <= zip.length && zip.readUInt32LE(at) === 0x04034b50) {
    const nameLength = zip.readUInt16LE(at + 26);
    const end = at + 30 + nameLength + zip.readUInt32LE(at + 18);
    if (offset < end) return strip(zip.toString('utf8', at + 30, at + 30 + nameLength));
    at = end;
  }
  while (at + 46 <= zip.length && zip.readUInt32LE(at) === 0x02014b50) {
    const nameLength = zip.readUInt16LE(at + 28);
    const end = at + 46 + nameLength;
    if (offset < end) return strip(zip.toString('utf8', at + 46, at + 46 + nameLength));
    at = end;
  }
  return undefined;
}

function finish(report: VerifyReport): VerifyReport {
  report.valid = !report.problems.some((p) => p.severity === 'error');
  return report;
}
