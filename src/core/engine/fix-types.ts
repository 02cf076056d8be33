import type { Rule } from './rule.js';
import type { FixType } from './types.js';

/** The kinds of fixes `--fix-type` names, as each rule's meta declares them. */
export const FIX_TYPES: readonly FixType[] = ['orthography', 'numbering', 'counts', 'format'];

export function isFixType(value: string): value is FixType {
  return (FIX_TYPES as readonly string[]).includes(value);
}

/**
 * A rule id's fix type: what its meta declares; a fixable rule that declares none is orthography. The
 * rules are passed in: the command reads FIX_TYPES on every run, and importing the registry here would
 * load every rule with it even when nothing is validated (a warm cache).
 */
export function fixTypesOf(rules: readonly Rule[]): ReadonlyMap<string, FixType> {
  const out = new Map<string, FixType>();
  for (const rule of rules) if (rule.meta.fixable) out.set(rule.meta.id, rule.meta.fixType ?? 'orthography');
  return out;
}
