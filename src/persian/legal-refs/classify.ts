/**
 * Whether a chain is internal: what follows it (another instrument, the draft's own name, a pronoun)
 * and what comes before it («کمیسیون ماده ۱۰۰»).
 */

import { parseChain } from './chain.js';
import {
  ANCHORS, BODIES, EMPHASIS, INSTRUMENTS, JOINED_FIRST, LIST_SEPARATORS, MODIFIERS, OPENERS, PRESENT, PRONOUNS,
  RANGE_SEPARATORS, SELF, SELF_AFTER_THIS, THIS, UNITS,
} from './lexicon.js';
import type { Reader } from './reader.js';

export type Tail = 'internal' | 'external' | 'pronoun' | 'none';

/** The word at i, joining two-word spellings («آیین نامه»، «دستور العمل»): its key and token count. */
function wordAt(r: Reader, i: number): { key: string; length: number } | undefined {
  const t = r.at(i);
  if (t === undefined || t.kind !== 'word') return undefined;
  const next = r.at(i + 1);
  if (JOINED_FIRST.has(t.canon) && next !== undefined && next.kind === 'word') {
    const joined = t.canon + next.canon;
    if (INSTRUMENTS.has(joined) || SELF_AFTER_THIS.has(joined)) return { key: joined, length: 2 };
  }
  let key = t.canon;
  // «قانونِ»، «آیین‌نامه‌ی»: an ezafe written out.
  if (!INSTRUMENTS.has(key) && !SELF.has(key) && t.text.endsWith('\u200Cی')) {
    const bare = key.slice(0, -1);
    if (INSTRUMENTS.has(bare) || SELF.has(bare)) key = bare;
  }
  return { key, length: 1 };
}

function isInstrument(r: Reader, i: number): boolean {
  const w = wordAt(r, i);
  if (w === undefined) return false;
  if (INSTRUMENTS.has(w.key)) return true;
  // «شرایط عمومی پیمان»: «شرایط» alone is too common a word to mean an instrument.
  if (w.key === 'شرایط') return ['عمومی', 'خصوصی'].includes(r.canon(i + 1));
  // «ق.م»، «ق.ش»: an abbreviated law.
  return w.key === 'ق' && r.at(i + 1)?.text === '.';
}

export function classify(r: Reader, p: number, ownNames: ReadonlySet<string>): Tail {
  while (r.at(p)?.kind === 'mark' && OPENERS.has(r.at(p)!.text)) p++;
  const t = r.at(p);
  if (t === undefined || t.kind !== 'word') return 'none';
  const key = t.canon;
  if (MODIFIERS.has(key)) return 'external';
  if (PRONOUNS.has(key)) return 'pronoun';
  if (key === 'از') return isInstrument(r, p + 1) ? 'external' : 'none';
  if (THIS.has(key)) {
    const w = wordAt(r, p + 1);
    if (w !== undefined && SELF_AFTER_THIS.has(w.key)) return 'internal';
    return isInstrument(r, p + 1) ? 'external' : 'none';
  }
  const w = wordAt(r, p);
  // «آیین‌نامه حاضر»، «قانون حاضر»: the draft itself.
  if (w !== undefined && !SELF.has(w.key) && SELF_AFTER_THIS.has(w.key) && r.isWord(p + w.length, PRESENT)) return 'internal';
  if (w !== undefined && SELF.has(w.key)) {
    const after = r.at(p + w.length);
    if (after === undefined || after.kind !== 'word' || r.breakBetween(p + w.length - 1, p + w.length)) {
      return ownNames.has(w.key) ? 'internal' : 'external';
    }
    if (PRESENT.has(after.canon)) return 'internal';
    if (FUNCTION_WORDS.has(after.canon)) return ownNames.has(w.key) ? 'internal' : 'external';
    // «دستورالعمل نحوه وصول عوارض»، «بخشنامه شماره ۱۲۳»: a named instrument.
    return 'external';
  }
  return isInstrument(r, p) ? 'external' : 'none';
}

/** Words that may follow the document's own name without naming another one: «ماده ۳ دستورالعمل را». */
const FUNCTION_WORDS = new Set([
  'را', 'و', 'یا', 'است', 'میباشد', 'باشد', 'به', 'در', 'با', 'که', 'از', 'تا', 'نیز', 'هم', 'برای', 'بر', 'مورد',
]);

/** Skips a coordinated run after a chain («و ماده ۱۰»، «و ۱۰»، «تا ۱۲») to where the group ends. */
export function groupEnd(r: Reader, p: number): number {
  for (let guard = 0; guard < 20; guard++) {
    const sep = r.at(p);
    if (sep === undefined || !(LIST_SEPARATORS.has(sep.canon) || RANGE_SEPARATORS.has(sep.canon))) break;
    if (ANCHORS.has(r.canon(p + 1))) {
      const next = parseChain(r, p + 1);
      if (next === undefined || next.articles === undefined || next.articles === 'this') break;
      p = next.next;
      continue;
    }
    const n = r.number(p + 1);
    if (n === undefined || r.isWord(n.next, UNITS)) break;
    p = n.next;
  }
  return p;
}

/** Looks back from token i, within the sentence and a few words, for an instrument just named. */
function instrumentBefore(r: Reader, i: number, words: number): boolean {
  for (let k = i - 1, seen = 0; k >= 0 && seen < words; k--) {
    if (r.breakBetween(k, k + 1)) return false;
    const t = r.at(k)!;
    if (t.kind !== 'word') continue;
    seen++;
    if (isInstrument(r, k) && !r.isWord(k - 1, THIS)) return true;
    const prev = wordAt(r, k - 1);
    if (prev !== undefined && prev.length === 2 && INSTRUMENTS.has(prev.key) && !r.isWord(k - 2, THIS)) return true;
  }
  return false;
}

/** What comes before the chain makes it external: «کمیسیون ماده ۱۰۰»، «قانون شهرداری (ماده ۵۵)». */
export function externalBefore(r: Reader, i: number): boolean {
  const prev = r.at(i - 1);
  if (prev === undefined) return false;
  if (prev.kind === 'word' && BODIES.has(prev.canon)) return true;
  if (r.canon(i - 1) === 'موضوع' && BODIES.has(r.canon(i - 2))) return true;
  // «آیین‌نامه اجرایی ماده ۱۷»: only a law's article has an executive bylaw.
  if (r.canon(i - 1) === 'اجرایی') return true;
  const emphasis = (prev.kind === 'word' && EMPHASIS.has(prev.canon))
    || (r.canon(i - 2) === 'به' && r.canon(i - 1) === 'ویژه')
    || (r.canon(i - 2) === 'از' && r.canon(i - 1) === 'جمله');
  if (emphasis) return instrumentBefore(r, i, 16);
  if (prev.kind === 'mark' && prev.text === '(') return instrumentBefore(r, i - 1, 8);
  return false;
}
