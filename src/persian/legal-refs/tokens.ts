/**
 * The tokenizer of the legal-reference reader: a sentence cut into word, number and mark tokens, and
 * the comparison key (canonical()) every vocabulary lookup uses.
 */

import { LETTER_CLASS } from '../text.js';

/**
 * A token of a sentence. Its strings are cut from the sentence when first asked for: most tokens of a
 * sentence are only looked at by their first letter (isAnchor), and cutting every one was most of the
 * tokenizer's time and garbage.
 */
export class Token {
  private textValue: string | undefined;
  private canonValue: string | undefined;

  constructor(
    private readonly source: string,
    readonly kind: 'word' | 'number' | 'mark',
    readonly start: number,
    readonly end: number,
    /** The first code unit of `canon`. */
    readonly first: number,
    /** Whether canonical() changes the word (it has a CANON_OF code unit). */
    private readonly special: boolean,
  ) {}

  /** The token in the text with Arabic ي/ك made Persian (same length as the original). */
  get text(): string {
    return (this.textValue ??= this.source.slice(this.start, this.end));
  }

  /** A comparison key: no ZWNJ, tatweel or diacritics, one spelling of hamza forms. */
  get canon(): string {
    return (this.canonValue ??= this.special ? canonical(this.text) : this.text);
  }
}

/**
 * What canonical() does to a code unit: 0 keeps it, DROP removes it (ZWNJ, ZWJ, tatweel, diacritics),
 * anything else is the code unit it becomes (ئ → ی، أ إ → ا، ۀ ة → ه).
 */
const DROP = 1;
const CANON_OF = ((): Uint16Array => {
  const table = new Uint16Array(0x10000);
  table.fill(DROP, 0x064b, 0x0660);
  for (const c of [0x200c, 0x200d, 0x0640, 0x0670]) table[c] = DROP;
  table[0x0626] = 0x06cc;
  table[0x0623] = 0x0627;
  table[0x0625] = 0x0627;
  table[0x06c0] = 0x0647;
  table[0x0629] = 0x0647;
  return table;
})();

/** A comparison key for a word, in one pass: no ZWNJ, tatweel or diacritics, one spelling of hamza forms. */
export function canonical(word: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < word.length; i++) {
    const to = CANON_OF[word.charCodeAt(i)]!;
    if (to === 0) continue;
    out += word.slice(from, i) + (to === DROP ? '' : String.fromCharCode(to));
    from = i + 1;
  }
  return from === 0 ? word : out + word.slice(from);
}

/*
 * What each UTF-16 code unit is to the tokenizer, looked up rather than matched: a letter (of
 * LETTER_CLASS), a joiner (ZWNJ/ZWJ, part of a word), a digit (of DIGIT_CLASS), a gap (whitespace as
 * \s has it, LRM, RLM, ALM) or, by default, a mark that is a token of its own.
 */
const MARK = 0;
const LETTER = 1;
const JOINER = 2;
const DIGIT = 3;
const GAP = 4;
const CLASS_OF = ((): Uint8Array => {
  const table = new Uint8Array(0x10000);
  const fill = (from: number, to: number, kind: number): void => {
    table.fill(kind, from, to + 1);
  };
  for (const range of LETTER_CLASS.replace(/\\u/g, '').match(/[0-9A-F]{4}-[0-9A-F]{4}|[0-9A-F]{4}|[A-Za-z]-[A-Za-z]/g)!) {
    const [a, b = a] = range.split('-') as [string, string?];
    const code = (x: string): number => (x.length === 1 ? x.charCodeAt(0) : parseInt(x, 16));
    fill(code(a), code(b!), LETTER);
  }
  fill(0x30, 0x39, DIGIT);
  fill(0x660, 0x669, DIGIT);
  fill(0x6f0, 0x6f9, DIGIT);
  table[0x200c] = JOINER;
  table[0x200d] = JOINER;
  for (const c of [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff, 0x200e, 0x200f, 0x061c]) table[c] = GAP;
  fill(0x2000, 0x200a, GAP);
  return table;
})();

/**
 * A text (its Arabic ي/ك already made Persian) cut into word, number and mark tokens as far as they are
 * asked for: a sentence is read only up to its last possible article and what the readers look ahead
 * at, which is often a fraction of it («کمیسیون ماده صد باید …»).
 */
export class Tokens {
  private readonly list: Token[] = [];
  private i = 0;

  constructor(private readonly text: string) {}

  /** The k-th token, cutting the text as far as needed; undefined past the last one. */
  at(k: number): Token | undefined {
    while (this.list.length <= k && this.i < this.text.length) this.cut();
    return this.list[k];
  }

  /** Moves past one gap or one token. */
  private cut(): void {
    const prepared = this.text;
    const n = prepared.length;
    let i = this.i;
    const kind = CLASS_OF[prepared.charCodeAt(i)]!;
    const start = i;
    if (kind === GAP) {
      this.i = i + 1;
      return;
    }
    if (kind === MARK) {
      this.i = i + 1;
      this.list.push(new Token(prepared, 'mark', start, i + 1, prepared.charCodeAt(start), false));
      return;
    }
    if (kind === DIGIT) {
      while (i < n && CLASS_OF[prepared.charCodeAt(i)] === DIGIT) i++;
      this.i = i;
      this.list.push(new Token(prepared, 'number', start, i, prepared.charCodeAt(start), false));
      return;
    }
    // A run of letters and joiners is a word if it holds a letter; joiners alone are a mark.
    let letters = false;
    let special = false;
    // The first code unit canonical() keeps, as it writes it; 0 while there is none.
    let first = 0;
    // (Never a table lookup past the end: charCodeAt gives NaN there, which V8 looks up the slow way.)
    for (let c = prepared.charCodeAt(i), k = kind; k === LETTER || k === JOINER; c = prepared.charCodeAt(++i), k = i < n ? CLASS_OF[c]! : GAP) {
      if (k === LETTER) letters = true;
      const to = CANON_OF[c]!;
      if (to !== 0) special = true;
      if (first === 0 && to !== DROP) first = to === 0 ? c : to;
    }
    this.i = i;
    if (!letters) {
      this.list.push(new Token(prepared, 'mark', start, i, prepared.charCodeAt(start), false));
      return;
    }
    // A word of nothing but what canonical() drops (tatweel, diacritics) is no word.
    if (first !== 0) this.list.push(new Token(prepared, 'word', start, i, first, special));
  }
}

// What CANON_OF drops, as the body of a regex class, read from the table itself.
const DROPPED = ((): string => {
  const hex = (c: number): string => `\\u${c.toString(16).padStart(4, '0')}`;
  let out = '';
  for (let c = 0; c < 0x10000; c++) {
    if (CANON_OF[c] !== DROP) continue;
    let to = c;
    while (CANON_OF[to + 1] === DROP) to++;
    out += to === c ? hex(c) : `${hex(c)}-${hex(to)}`;
    c = to;
  }
  return out;
})();
const ARTICLE_SHAPE = new RegExp(`م[${DROPPED}]*(?:[اأإ][${DROPPED}]*د[${DROPPED}]*[هۀة]|و[${DROPPED}]*[اأإ][${DROPPED}]*د)`, 'g');

/**
 * The start of the last word that may read as «ماده» or «مواد» once canonical() has dropped and mapped
 * its code units (so «مـاده» too); -1 when there is none. A chain that names an article starts at or
 * before it, so a sentence is read no further for chains.
 */
export function lastArticle(prepared: string): number {
  let last = -1;
  ARTICLE_SHAPE.lastIndex = 0;
  for (let m = ARTICLE_SHAPE.exec(prepared); m !== null; m = ARTICLE_SHAPE.exec(prepared)) last = m.index;
  return last;
}
