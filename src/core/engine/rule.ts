import type { Bilingual, DataPath, DraftMeta, FixType, RawReport, Severity } from './types.js';
import type { ResolvedConfig } from '../config/types.js';
import type { TextField } from './text-fields.js';

/**
 * What a rule is. Every rule id lives in one file of src/rules/ (listed in src/rules/index.ts), as
 * eslint's rules do: its meta (id, severity, messages in Persian and English) and how it checks.
 * Three kinds, by what they look at:
 *   - a draft rule (`defineRule`) checks one parsed draft through its RuleContext;
 *   - a repository rule (`defineRepositoryRule`) compares the drafts of a repository with each other;
 *   - an engine rule (`defineEngineRule`) names a check the engine makes itself (the file cannot be
 *     read, is not YAML, does not match the schema): meta only, and it cannot be configured.
 */

export interface RuleMeta<MessageId extends string = string> {
  /** Stable id, used in configuration (`rules: { id: off }`) and in every reporter. */
  id: string;
  /** The default severity; a repository may change it or turn the rule off. */
  severity: Severity;
  /** Whether findings of this rule can carry a source edit (`draft validate --fix`). */
  fixable: boolean;
  /** The kind of repair its fixes make (`--fix-type`); a fixable rule without one counts as orthography. */
  fixType?: FixType;
  description: Bilingual;
  /** Message templates by id; `{name}` is replaced from the report's data. */
  messages: Record<MessageId, Bilingual>;
}

/** What a rule reports: where, which message, and optionally its own severity. */
export type RuleReport<MessageId extends string = string> = RawReport<MessageId> & { severity?: Severity };

/** The draft's source text, for whole-file tests that are cheaper than a walk of the data. */
export interface SourceText {
  readonly text: string;
  /**
   * Whether the text has a code unit whose class in `table` (one byte per UTF-16 code unit) is 1, or
   * one of class 2 for which `confirm(position)` says yes. Runs over the parser's copy of the text
   * when it has one, which is several times faster than a regex over the string.
   */
  has(table: Uint8Array, confirm?: (at: number) => boolean): boolean;
}

export interface RuleContext<MessageId extends string = string> {
  /** The parsed draft. It may not match the schema: rules check types before they trust a value. */
  readonly draft: Record<string, unknown>;
  /** The file's path as given, or a label for text that has none. */
  readonly file: string;
  /** The folder attachments are resolved against; absent for text that is not on disk. */
  readonly dir: string | undefined;
  /** The YAML source the draft was read from, when there is one. */
  readonly source?: SourceText;
  readonly config: ResolvedConfig;
  /** The prose fields of the draft (machine fields left out), in document order; computed once per draft. */
  readonly texts: readonly TextField[];
  /**
   * A fact about this draft that several rules ask for (its article structure, …): `compute` runs once
   * per draft, on the first rule's question, and every later question gets the same value. The engine
   * starts afresh with each draft. `compute` reads the draft; it never reports.
   */
  memo<T>(compute: (context: RuleContext) => T): T;
  report(report: RuleReport<MessageId>): void;
}

export interface Rule<MessageId extends string = string> {
  meta: RuleMeta<MessageId>;
  check(context: RuleContext<MessageId>): void;
}

/** A draft's facts plus where it is, for rules that compare drafts with each other. */
export interface Entry {
  path: string;
  display: string;
  meta: DraftMeta;
}

/**
 * A rule over the whole repository: drafts whose `key` is the same clash. Each is reported at `field`
 * with the `duplicate` message (filled from `data`), and points at the others with `related`.
 */
export interface RepositoryRule {
  meta: RuleMeta<'duplicate' | 'related'>;
  /** The field both findings point at. */
  field: DataPath;
  key(meta: DraftMeta): string | undefined;
  data(meta: DraftMeta, count: number): Record<string, string | number>;
}

/** A check the engine makes itself; its findings are built by the engine, so it has no messages of its own. */
export interface EngineRule {
  meta: Omit<RuleMeta<never>, 'messages' | 'fixable'> & { fixable: false };
}

/** Declares a draft rule; its message ids are checked against `meta.messages` wherever it reports. */
export function defineRule<const MessageId extends string>(rule: Rule<MessageId>): Rule<MessageId> {
  return rule;
}

export function defineRepositoryRule(rule: RepositoryRule): RepositoryRule {
  return rule;
}

export function defineEngineRule(rule: EngineRule): EngineRule {
  return rule;
}

/** A message template with its `{name}` placeholders filled from a report's data. */
export function fillMessage(template: string, data: Record<string, unknown> | undefined): string {
  if (!data) return template;
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in data ? String(data[name]) : m));
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export function pathString(path: DataPath): string {
  let out = '';
  for (const seg of path) out += typeof seg === 'number' ? `[${seg}]` : out ? `.${seg}` : seg;
  return out;
}
