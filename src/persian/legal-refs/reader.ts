/** Reading numbers («۵»، «(۵)»، «پنجم»، «بیست و یک») and clause labels over a sentence's tokens. */

import { clauseLabelIndex, normalizeLabel } from '../alphabet.js';
import { isNumberWord, parseCount } from '../count-words.js';
import { parseDigits } from '../digits.js';
import { CLOSERS, LIST_SEPARATORS, OPENERS, RANGE_SEPARATORS, SENTENCE_BREAK, UNITS } from './lexicon.js';
import type { Token, Tokens } from './tokens.js';

const ORDINALS: ReadonlyMap<string, string> = new Map([['اول', 'یک'], ['نخست', 'یک'], ['یکم', 'یک'], ['سوم', 'سه'], ['سیام', 'سی']]);

/** Whether a word may start a number written in words: «پنج»، «بیست»، «اول»، «پنجم». */
function startsNumber(word: string): boolean {
  return isNumberWord(word) || ORDINALS.has(word) || (word.endsWith('م') && isNumberWord(word.slice(0, -1)));
}

function wordNumber(words: string[]): number | undefined {
  const last = words[words.length - 1] as string;
  let cardinal = ORDINALS.get(last);
  if (cardinal === undefined && last.endsWith('م') && parseCount(last.slice(0, -1)) !== undefined) cardinal = last.slice(0, -1);
  const parts = cardinal === undefined ? words : [...words.slice(0, -1), cardinal];
  // Only the last word may be ordinal: «بیست و یکم»، not «بیستم و یک».
  return parseCount(parts.join(' '));
}

export interface Parsed<T> {
  value: T;
  /** Index of the first token after it. */
  next: number;
}

/** A number or label as written in the sentence: its value and where it is (offsets in the sentence). */
export interface Written<T> {
  value: T;
  start: number;
  end: number;
}

/** A parsed list, with every number or label that is written out (a range's ends, not its middle). */
export interface ParsedList<T> extends Parsed<T[]> {
  written: Array<Written<T>>;
}

/** After «نه» these make it «not», not «nine»: «ماده نه تنها …». */
const NOT_NINE = new Set(['تنها', 'فقط', 'همین', 'چندان']);

export class Reader {
  constructor(private readonly tokens: Tokens, readonly text: string) {}

  at(i: number): Token | undefined {
    return this.tokens.at(i);
  }

  canon(i: number): string {
    return this.at(i)?.canon ?? '';
  }

  isWord(i: number, set: ReadonlySet<string>): boolean {
    const t = this.at(i);
    return t !== undefined && t.kind === 'word' && set.has(t.canon);
  }

  /** «۵»، «(۵)»، «5»، «پنج»، «پنجم»، «بیست و یکم». */
  number(i: number): (Parsed<number> & { start: number; end: number }) | undefined {
    const t = this.at(i);
    if (t === undefined) return undefined;
    if (t.kind === 'mark' && t.text === '(') {
      const inner = this.number(i + 1);
      if (inner === undefined || this.at(inner.next)?.text !== ')') return undefined;
      return { value: inner.value, next: inner.next + 1, start: inner.start, end: inner.end };
    }
    if (t.kind === 'number') {
      // «۵/۱»، «۲.۳»، «۱۴۰۳-۵»: a date, a decimal or another numbering, not an article.
      if (/^[/.\-٫٬][0-9\u06F0-\u06F9\u0660-\u0669]/.test(this.text.slice(t.end, t.end + 2))) return undefined;
      const value = parseDigits(t.text);
      return value === undefined ? undefined : { value, next: i + 1, start: t.start, end: t.end };
    }
    if (t.kind !== 'word') return undefined;
    // «بیست‌ویک»، «چهل‌وهفت»: a number written as one word joined by half-spaces.
    if (t.text.includes('\u200C')) {
      const value = parseCount(t.text);
      if (value !== undefined && value > 0) return { value, next: i + 1, start: t.start, end: t.end };
    }
    // Most words after an anchor are no number («ماده مذکور»): only a number word, or an ordinal of one,
    // starts a number, and the test is one lookup rather than a parse.
    if (!startsNumber(t.canon)) return undefined;
    // «ماده نه تنها …»: «نه» is «not» there.
    if (t.canon === 'نه' && this.isWord(i + 1, NOT_NINE)) return undefined;
    // The longest run «X و Y و Z» (at most 5 words) that reads as a number.
    for (let len = 5; len >= 1; len -= 2) {
      const words: string[] = [];
      let ok = true;
      for (let k = 0; k < len; k++) {
        const w = this.at(i + k);
        if (w === undefined || w.kind !== 'word' || (k % 2 === 1 && w.canon !== 'و')) {
          ok = false;
          break;
        }
        words.push(w.canon);
      }
      if (!ok) continue;
      const value = wordNumber(words);
      if (value !== undefined && value > 0) return { value, next: i + len, start: t.start, end: this.at(i + len - 1)!.end };
    }
    return undefined;
  }

  /** A clause label: «الف»، «(ب)»، ««پ»»، «هـ». A bare «و» is read as «and», never as a label. */
  label(i: number): (Parsed<string> & { start: number; end: number }) | undefined {
    const t = this.at(i);
    if (t === undefined) return undefined;
    if (t.kind === 'mark' && OPENERS.has(t.text)) {
      const inner = this.labelWord(i + 1);
      const close = this.at(i + 2);
      if (inner === undefined || close === undefined || close.text !== CLOSERS[t.text]) return undefined;
      const word = this.at(i + 1)!;
      return { value: inner, next: i + 3, start: word.start, end: word.end };
    }
    const value = this.labelWord(i);
    if (value === undefined || value === 'و') return undefined;
    // «الف)» or «الف-» glued to the label.
    const after = this.at(i + 1);
    const glued = after !== undefined && after.kind === 'mark' && (after.text === ')' || after.text === '-') && after.start === t.end;
    return { value, next: glued ? i + 2 : i + 1, start: t.start, end: t.end };
  }

  private labelWord(i: number): string | undefined {
    const t = this.at(i);
    if (t === undefined || t.kind !== 'word') return undefined;
    const label = normalizeLabel(t.text);
    return clauseLabelIndex(label) >= 0 ? label : undefined;
  }

  /** «۳ و ۴»، «۳، ۴ و ۵»، «۳ تا ۵»: every number named, ranges expanded (up to a sane size). */
  numberList(i: number, one: boolean): ParsedList<number> | undefined {
    const first = this.number(i);
    if (first === undefined) return undefined;
    const values = [first.value];
    const written: Array<Written<number>> = [first];
    let next = first.next;
    while (!one) {
      const sep = this.at(next);
      if (sep === undefined) break;
      const range = sep.kind === 'word' && RANGE_SEPARATORS.has(sep.canon);
      if (!range && !LIST_SEPARATORS.has(sep.canon)) break;
      const item = this.number(next + 1);
      // «ماده ۵ و ۲۰ درصد»: a quantity, not another article.
      if (item === undefined || this.isWord(item.next, UNITS)) break;
      if (range) {
        const from = values[values.length - 1] as number;
        for (let v = from + 1; v <= item.value && v - from <= 200; v++) values.push(v);
        // A reversed or very long range: its ends still count.
        if (item.value <= from || item.value - from > 200) values.push(item.value);
      } else {
        values.push(item.value);
      }
      written.push(item);
      next = item.next;
    }
    return { value: values, next, written };
  }

  /**
   * «الف و ب»، «الف تا د»: the labels named. A range gives its two ends only: «الف تا د» spans four
   * clauses in the abjad order and eight in the alphabetical one, and both orders are in use.
   */
  labelList(i: number, one: boolean): ParsedList<string> | undefined {
    const first = this.label(i);
    if (first === undefined) return undefined;
    const values = [first.value];
    const written: Array<Written<string>> = [first];
    let next = first.next;
    while (!one) {
      const sep = this.at(next);
      if (sep === undefined) break;
      const range = sep.kind === 'word' && RANGE_SEPARATORS.has(sep.canon);
      if (!range && !LIST_SEPARATORS.has(sep.canon)) break;
      const item = this.label(next + 1);
      if (item === undefined) break;
      values.push(item.value);
      written.push(item);
      next = item.next;
    }
    return { value: values, next, written };
  }

  /** A sentence ends between the two tokens (a full stop, semicolon, colon or line break). */
  breakBetween(a: number, b: number): boolean {
    const from = this.at(a)?.end ?? 0;
    const to = this.at(b)?.start ?? this.text.length;
    return SENTENCE_BREAK.test(this.text.slice(from, to));
  }
}
