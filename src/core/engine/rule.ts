import type { Bilingual, DataPath, FixType, RawReport, Severity } from './types.js';
import type { ResolvedConfig } from '../config/types.js';

export interface RuleMeta {
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
  messages: Record<string, Bilingual>;
}

export interface RuleContext {
  /** The parsed draft. It may not match the schema: rules check types before they trust a value. */
  readonly draft: Record<string, unknown>;
  /** The file's path as given, or a label for text that has none. */
  readonly file: string;
  /** The folder attachments are resolved against; absent for text that is not on disk. */
  readonly dir: string | undefined;
  /** The YAML source the draft was read from, when there is one: a whole-file test is cheaper than a walk. */
  readonly source?: string;
  readonly config: ResolvedConfig;
  report(report: RawReport & { severity?: Severity }): void;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}

/** A message template with its `{name}` placeholders filled from a report's data. */
export function fillMessage(template: string, data: Record<string, unknown> | undefined): string {
  if (!data) return template;
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in data ? String(data[name]) : m));
}

export function defineRule(rule: Rule): Rule {
  return rule;
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
