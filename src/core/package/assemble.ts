/**
 * Assembling a submission: the pure step between reading the inputs and writing the zip. Given the
 * draft's bytes and data, its validation result, the rendered document and the attachments already
 * read, it returns the bag's payload, its bag-info elements, the zip timestamp and submission.json.
 * No file system, no clock, no environment: the same inputs give the same output.
 */

import { createHash } from 'node:crypto';
import type { BagPayloadFile } from '../bagit/types.js';
import type { FileResult } from '../engine/types.js';
import { toLatinDigits } from '../../persian/digits.js';
import { buildDocumentModel, gregorianIso, organizationName, type DraftData } from '../render/model.js';
import type { ReadAttachment } from './attachments.js';
import { isoDay, isoSeconds } from './timestamp.js';

export const SUBMISSION_SCHEMA_ID = 'https://pishnevis.ir/schemas/v1/submission.schema.json';
export const SUBMISSION_FILE = 'submission.json';

export interface SubmissionFile {
  path: string;
  bytes: number;
  sha256: string;
  mediaType?: string;
}

export interface SubmissionFinding {
  ruleId: string;
  severity: 'error' | 'warning';
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  message: { fa: string; en: string };
}

export interface SubmissionDate {
  jalali: string;
  gregorian: string;
}

/** The shape of data/submission.json (schemas/submission.schema.json). */
export interface Submission {
  $schema: typeof SUBMISSION_SCHEMA_ID;
  schemaVersion: number;
  tool: { name: 'pishnevis'; version: string };
  id: string;
  kind: string;
  status: string;
  title: string;
  category: string;
  municipality: { province: string; city: string; code?: string };
  organization: string;
  author: { name: string; position: string; email?: string; phone?: string };
  date: SubmissionDate;
  effectiveDate?: SubmissionDate;
  packagedAt: string;
  counts: { articles: number; notes: number; attachments: number };
  files: {
    draft: SubmissionFile & { sourceName: string };
    document: SubmissionFile & { mediaType: string };
    wordDocument?: SubmissionFile & { mediaType: string };
  };
  attachments: Array<SubmissionFile & { title: string; source: string }>;
  validation: { valid: boolean; errorCount: number; warningCount: number; findings: SubmissionFinding[] };
}

export interface AssembleInput {
  /** The draft file's bytes exactly as written. */
  draftBytes: Buffer;
  /** The draft file's own name (no folder), recorded in submission.json. */
  draftFileName: string;
  /** The draft's parsed data. */
  data: DraftData;
  validation: FileResult;
  /** The rendered document. */
  html: string;
  /** The same document as a Word file (`draft package --with-docx`), or undefined. */
  docx?: Buffer;
  attachments: readonly ReadAttachment[];
  /** Every entry's timestamp and Bagging-Date. */
  timestamp: Date;
  toolVersion: string;
}

export interface AssembledPackage {
  /** The bag's top folder in the zip and the zip's base name: the draft id. */
  root: string;
  payload: BagPayloadFile[];
  info: Array<[string, string]>;
  mtime: Date;
  submission: Submission;
}

const sha256 = (data: Buffer): string => createHash('sha256').update(data).digest('hex');
const str = (v: unknown): string => (typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v));
const rec = (v: unknown): Record<string, unknown> => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

function fileEntry(path: string, content: Buffer): SubmissionFile {
  return { path: `data/${path}`, bytes: content.length, sha256: sha256(content) };
}

function dateOf(value: unknown): SubmissionDate | undefined {
  const gregorian = gregorianIso(value);
  if (gregorian === undefined) return undefined;
  const [y, m, d] = toLatinDigits(String(value).trim()).split('/');
  return { jalali: `${y}/${m!.padStart(2, '0')}/${d!.padStart(2, '0')}`, gregorian };
}

/** The payload names, fixed by the id: `<id>.yaml`, `<id>.html`, `<id>.docx`, `submission.json`, `attachments/…`. */
export function payloadNames(id: string): { draft: string; document: string; wordDocument: string; submission: string } {
  return { draft: `${id}.yaml`, document: `${id}.html`, wordDocument: `${id}.docx`, submission: SUBMISSION_FILE };
}

/** The media type of a .docx (ECMA-376). */
export const DOCX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export function toSubmissionFindings(result: FileResult): SubmissionFinding[] {
  return result.findings.map((f) => ({
    ruleId: f.ruleId,
    severity: f.severity,
    line: f.line,
    column: f.column,
    ...(f.endLine !== undefined ? { endLine: f.endLine } : {}),
    ...(f.endColumn !== undefined ? { endColumn: f.endColumn } : {}),
    message: { fa: f.messages.fa, en: f.messages.en },
  }));
}

export function assembleSubmission(input: AssembleInput): AssembledPackage {
  const { data } = input;
  const id = str(data.id);
  const names = payloadNames(id);
  const municipality = rec(data.municipality);
  const author = rec(data.author);
  const model = buildDocumentModel(data);
  const html = Buffer.from(input.html, 'utf8');

  // One payload entry per distinct attachment file; the list in submission.json keeps every entry.
  const attachmentPayload = new Map<string, Buffer>();
  for (const a of input.attachments) attachmentPayload.set(a.payloadPath, a.content);

  const effective = data.kind === 'circular' ? data.effectiveDate : rec(data.enforcement).effectiveDate;
  const effectiveDate = dateOf(effective);
  const submission: Submission = {
    $schema: SUBMISSION_SCHEMA_ID,
    schemaVersion: typeof data.schemaVersion === 'number' ? data.schemaVersion : 1,
    tool: { name: 'pishnevis', version: input.toolVersion },
    id,
    kind: str(data.kind),
    status: str(data.status),
    title: str(data.title),
    category: str(data.category),
    municipality: {
      province: str(municipality.province),
      city: str(municipality.city),
      ...(municipality.code !== undefined ? { code: str(municipality.code) } : {}),
    },
    organization: organizationName(data),
    author: {
      name: str(author.name),
      position: str(author.position),
      ...(author.email !== undefined ? { email: str(author.email) } : {}),
      ...(author.phone !== undefined ? { phone: str(author.phone) } : {}),
    },
    date: dateOf(data.date) ?? { jalali: str(data.date), gregorian: '' },
    ...(effectiveDate ? { effectiveDate } : {}),
    packagedAt: isoSeconds(input.timestamp),
    counts: { articles: model.articleCount, notes: model.noteCount, attachments: input.attachments.length },
    files: {
      draft: { ...fileEntry(names.draft, input.draftBytes), mediaType: 'application/yaml', sourceName: input.draftFileName },
      document: { ...fileEntry(names.document, html), mediaType: 'text/html' },
      ...(input.docx ? { wordDocument: { ...fileEntry(names.wordDocument, input.docx), mediaType: DOCX_MEDIA_TYPE } } : {}),
    },
    attachments: input.attachments.map((a) => ({ ...fileEntry(a.payloadPath, a.content), title: a.title, source: a.path })),
    validation: {
      valid: input.validation.errorCount === 0,
      errorCount: input.validation.errorCount,
      warningCount: input.validation.warningCount,
      findings: toSubmissionFindings(input.validation),
    },
  };

  const submissionBytes = Buffer.from(`${JSON.stringify(submission, null, 2)}\n`, 'utf8');
  const payload: BagPayloadFile[] = [
    { path: names.draft, content: input.draftBytes },
    { path: names.document, content: html },
    ...(input.docx ? [{ path: names.wordDocument, content: input.docx }] : []),
    { path: names.submission, content: submissionBytes },
    ...[...attachmentPayload].map(([path, content]) => ({ path, content })),
  ];

  const info: Array<[string, string]> = [['Source-Organization', submission.organization]];
  if (submission.municipality.province) info.push(['Organization-Address', `استان ${submission.municipality.province}، شهر ${submission.municipality.city}`]);
  info.push(['Contact-Name', submission.author.name]);
  if (submission.author.phone) info.push(['Contact-Phone', submission.author.phone]);
  if (submission.author.email) info.push(['Contact-Email', submission.author.email]);
  info.push(
    ['External-Description', oneLine(submission.title)],
    ['External-Identifier', id],
    ['Bagging-Date', isoDay(input.timestamp)],
    ['Bag-Software-Agent', `pishnevis ${input.toolVersion}`],
  );
  return { root: id, payload, info: info.map(([k, v]) => [k, oneLine(v)]), mtime: input.timestamp, submission };
}

/** bag-info values are one line without blanks at either end. */
function oneLine(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').trim();
}
