import { rules as builtinRules } from '../../rules/index.js';
import type { Rule } from './rule.js';
import type { FixType } from './types.js';

/** The kinds of fixes `--fix-type` names, as each rule's meta declares them. */
export const FIX_TYPES: readonly FixType[] = ['orthography', 'numbering', 'counts', 'format'];

export function isFixType(value: string): value is FixType {
  return (FIX_TYPES as readonly string[]).includes(value);
}

/** A rule id's fix type: what its meta declares; a fixable rule that declares none is orthography. */
export function fixTypesOf(rules: readonly Rule[] = builtinRules): ReadonlyMap<string, FixType> {
  const out = new Map<string, FixType>();
  for (const rule of rules) if (rule.meta.fixable) out.set(rule.meta.id, rule.meta.fixType ?? 'orthography');
  return out;
}
