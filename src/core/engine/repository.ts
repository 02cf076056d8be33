import { toPersianDigits } from '../../persian/digits.js';
import { readText } from '../parse/decode.js';
import { buildSourceMap, locatePath, position } from '../parse/locate.js';
import { configuredSeverity, type ResolvedConfig } from '../config/types.js';
import { fillMessage, type Entry, type RepositoryRule } from './rule.js';
import { repositoryRules } from '../../rules/index.js';
import type { Bilingual, DataPath, DraftMeta, Finding, Lang } from './types.js';

interface Place {
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

function locateIn(path: string, field: DataPath): Place {
  try {
    const text = readText(path);
    const map = buildSourceMap(text);
    const range = locatePath(map, field);
    const start = position(map, range.start);
    const end = position(map, range.end);
    return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
  } catch {
    return { line: 1, column: 1 };
  }
}

// Numbers in the Persian message in Persian digits («۳ پیش‌نویس»), as in every Persian text.
const faData = (data: Record<string, string | number>): Record<string, string | number> =>
  Object.fromEntries(Object.entries(data).map(([k, v]) => [k, typeof v === 'number' ? toPersianDigits(v) : v]));
const fill = (template: Bilingual, data: Record<string, string | number>): Bilingual => ({ fa: fillMessage(template.fa, faData(data)), en: fillMessage(template.en, data) });

/**
 * The built-in repository rules' keys of a draft's metadata, worked out ahead (prepareKeys): a batch
 * on worker threads does it for each result as it arrives, while the threads are still at work, so
 * that little is left to do once the last draft is checked (10,000 drafts: some 13 ms of titles to
 * normalise). Keyed by the metadata object itself, so a key can never be another draft's.
 */
const prepared = new WeakMap<object, Array<string | undefined>>();

/** Works out the built-in repository rules' keys of `meta` now, for checkRepository to use later. */
export function prepareKeys(meta: DraftMeta): void {
  prepared.set(meta, repositoryRules.map((rule) => rule.key(meta)));
}

function keyOf(rule: RepositoryRule, index: number, meta: DraftMeta): string | undefined {
  const keys = index >= 0 ? prepared.get(meta) : undefined;
  return keys ? keys[index] : rule.key(meta);
}

/**
 * Checks the drafts against each other and returns the findings of the `selected` ones (those being
 * reported), by path. `context` holds every other draft of the repository, so a run over a shard or
 * over changed files still sees a clash with a draft it does not report on.
 */
export function checkRepository(
  selected: readonly Entry[],
  context: readonly Entry[],
  config: ResolvedConfig,
  lang: Lang,
  rules: readonly RepositoryRule[] = repositoryRules,
): Map<string, Finding[]> {
  const reported = new Set(selected);
  const found = new Map<string, Finding[]>();
  for (const rule of rules) {
    const { id, messages } = rule.meta;
    // Keys worked out ahead are those of the built-in rules, by their place in repositoryRules.
    const builtin = repositoryRules.indexOf(rule);
    const severity = configuredSeverity(id, rule.meta.severity, config);
    if (severity === 'off') continue;
    // A key seen once (nearly every key) holds its entry itself, not a list of one.
    const groups = new Map<string, Entry | Entry[]>();
    for (const list of [selected, context]) {
      for (const entry of list) {
        const k = keyOf(rule, builtin, entry.meta);
        if (k === undefined) continue;
        const group = groups.get(k);
        if (group === undefined) groups.set(k, entry);
        else if (Array.isArray(group)) group.push(entry);
        else groups.set(k, [group, entry]);
      }
    }
    for (const group of groups.values()) {
      if (!Array.isArray(group)) continue;
      const places = group.map((e) => ({ e, at: locateIn(e.path, rule.field) }));
      // Each copy points at one other (the first, or for the first the second), with the count in its
      // message: listing every other copy made the report grow with the square of the copies (1,000
      // drafts sharing an id gave 339 MB of JSON).
      for (const { e, at } of places) {
        if (!reported.has(e)) continue;
        const message = fill(messages.duplicate, rule.data(e.meta, group.length));
        const other = places[0]!.e === e ? places[1]! : places[0]!;
        const finding: Finding = {
          ruleId: id, severity, message: message[lang], messages: message, file: e.display, line: at.line, column: at.column,
          ...(at.endLine !== undefined ? { endLine: at.endLine, endColumn: at.endColumn } : {}),
          related: [{ file: other.e.display, line: other.at.line, column: other.at.column, message: messages.related[lang] }],
        };
        const list = found.get(e.path);
        if (list) list.push(finding);
        else found.set(e.path, [finding]);
      }
    }
  }
  return found;
}
