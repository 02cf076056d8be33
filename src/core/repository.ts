import { readText } from './parse/decode.js';
import { normalizeForCompare } from '../persian/text.js';
import { buildSourceMap, locatePath, position } from './parse/locate.js';
import { configuredSeverity, type ResolvedConfig } from './config/types.js';
import type { Bilingual, DataPath, DraftMeta, Finding, Lang, Severity } from './engine/types.js';

/** Provinces and cities repeat across thousands of drafts: normalise each spelling once. */
const places = new Map<string, string>();
function place(name: string): string {
  let key = places.get(name);
  if (key === undefined) {
    key = normalizeForCompare(name);
    places.set(name, key);
  }
  return key;
}

/** A draft's facts plus where it is, for rules that compare drafts with each other. */
export interface Entry {
  path: string;
  display: string;
  meta: DraftMeta;
}

interface RepositoryRule {
  id: string;
  severity: Severity;
  description: Bilingual;
  /** The field both findings point at. */
  field: DataPath;
  key(meta: DraftMeta): string | undefined;
  message(meta: DraftMeta, count: number): Bilingual;
  related: Bilingual;
}

export const repositoryRules: readonly RepositoryRule[] = [
  {
    id: 'unique-id',
    severity: 'error',
    description: { fa: 'شناسه (id) هر پیش‌نویس در مخزن یکتاست', en: 'Every draft in a repository has its own id' },
    field: ['id'],
    key: (m) => m.id,
    message: (m, n) => ({
      fa: `شناسه «${m.id}» در ${n} پیش‌نویس آمده است؛ شناسه هر پیش‌نویس باید یکتا باشد.`,
      en: `The id "${m.id}" is used by ${n} drafts; every draft needs its own id.`,
    }),
    related: { fa: 'همین شناسه اینجا هم آمده است', en: 'the same id is used here' },
  },
  {
    id: 'unique-title',
    severity: 'error',
    description: { fa: 'دو پیش‌نویس یک شهرداری عنوان یکسان ندارند', en: 'No two drafts from one municipality share a title' },
    field: ['title'],
    key: (m) => (m.title && m.city ? `${place(m.province ?? '')}|${place(m.city)}|${normalizeForCompare(m.title)}` : undefined),
    message: (m, n) => ({
      fa: `شهرداری ${m.city} ${n} پیش‌نویس با عنوان «${m.title}» دارد؛ عنوان‌ها را از هم جدا کنید یا آنها را یکی کنید.`,
      en: `${n} drafts from the municipality of ${m.city} have the title "${m.title}"; give them distinct titles or merge them.`,
    }),
    related: { fa: 'پیش‌نویس دیگر با همین عنوان', en: 'the other draft with this title' },
  },
];

function locateIn(path: string, field: DataPath): { line: number; column: number } {
  try {
    const text = readText(path);
    const map = buildSourceMap(text);
    return position(map, locatePath(map, field).start);
  } catch {
    return { line: 1, column: 1 };
  }
}

/**
 * Checks the drafts against each other and returns the findings of the `selected` ones (those being
 * reported), by path. `context` holds every other draft of the repository, so a run over a shard or
 * over changed files still sees a clash with a draft it does not report on.
 */
export function checkRepository(selected: readonly Entry[], context: readonly Entry[], config: ResolvedConfig, lang: Lang): Map<string, Finding[]> {
  const reported = new Set(selected);
  const found = new Map<string, Finding[]>();
  for (const rule of repositoryRules) {
    const severity = configuredSeverity(rule.id, rule.severity, config);
    if (severity === 'off') continue;
    // A key seen once (nearly every key) holds its entry itself, not a list of one.
    const groups = new Map<string, Entry | Entry[]>();
    for (const list of [selected, context]) {
      for (const entry of list) {
        const k = rule.key(entry.meta);
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
      for (const { e, at } of places) {
        if (!reported.has(e)) continue;
        const messages = rule.message(e.meta, group.length);
        const finding: Finding = {
          ruleId: rule.id, severity, message: messages[lang], messages, file: e.display, line: at.line, column: at.column,
          related: places.filter((p) => p.e !== e).map((p) => ({ file: p.e.display, line: p.at.line, column: p.at.column, message: rule.related[lang] })),
        };
        const list = found.get(e.path);
        if (list) list.push(finding);
        else found.set(e.path, [finding]);
      }
    }
  }
  return found;
}
