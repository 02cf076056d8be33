import { defineRule, type RuleContext } from '../core/engine/rule.js';
import type { DataPath } from '../core/engine/types.js';
import { clauseLabel, clauseLabelIndex, normalizeLabel } from '../persian/alphabet.js';
import { parseCount } from '../persian/count-words.js';
import { parseDigits } from '../persian/digits.js';
import { LETTER_CLASS, toPersianLetters } from '../persian/text.js';
import {
  articleNumber, clauseCountOf, clauseLabelsOf, documentName, documentShape, fa, findArticle, notesOf,
  type ArticleTarget, type DocumentShape,
} from './structure.js';

/*
 * Internal references in prose: «ماده ۵»، «مواد ۳ تا ۵»، «تبصره ۲ ماده ۴»، «تبصره این ماده»،
 * «بند الف ماده ۳»، «جزء ۲ بند ب ماده ۶». The text is cut into tokens (words, digit runs, marks) and a
 * reference is read as a chain [جزء N] [بند X] [تبصره N] (ماده M | مواد M و N | این ماده). What
 * follows the chain decides whether it is internal: another instrument («قانون …»، «آیین‌نامه …»،
 * «آن»، «اصلاحی» …) makes it external and it is never checked.
 */

// ---------------------------------------------------------------------------------------------
// Tokens

/**
 * A token of a sentence. Its strings are cut from the sentence when first asked for: most tokens of a
 * sentence are only looked at by their first letter (isAnchor), and cutting every one was most of the
 * tokenizer's time and garbage.
 */
class Token {
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
function canonical(word: string): string {
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
class Tokens {
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
function lastArticle(prepared: string): number {
  let last = -1;
  ARTICLE_SHAPE.lastIndex = 0;
  for (let m = ARTICLE_SHAPE.exec(prepared); m !== null; m = ARTICLE_SHAPE.exec(prepared)) last = m.index;
  return last;
}

// ---------------------------------------------------------------------------------------------
// Vocabulary (canonical spellings: no ZWNJ, so «آیین‌نامه» is «آییننامه»)

const ARTICLE = new Set(['ماده', 'مادهی']);
const ARTICLES = new Set(['مواد']);
const NOTE = new Set(['تبصره', 'تبصرهی']);
const NOTES = new Set(['تبصرههای', 'تبصرهها']);
const CLAUSE = new Set(['بند']);
const CLAUSES = new Set(['بندهای', 'بندها']);
const ITEM = new Set(['جزء', 'جز']);
const ITEMS = new Set(['اجزای', 'اجزا', 'اجزاء', 'جزءهای']);
const PLURAL_SUFFIX = new Set(['های', 'ها']);
const ANCHORS = new Set([...ARTICLE, ...ARTICLES, ...NOTE, ...NOTES, ...CLAUSE, ...CLAUSES, ...ITEM, ...ITEMS]);

/** The first letters of ANCHORS (م ت ب ج ا), as a table: most words are rejected without hashing them. */
const ANCHOR_START = new Uint8Array(0x10000);
for (const word of ANCHORS) ANCHOR_START[word.charCodeAt(0)] = 1;
function isAnchor(t: Token): boolean {
  return ANCHOR_START[t.first] === 1 && t.kind === 'word' && ANCHORS.has(t.canon);
}

const THIS = new Set(['این', 'همین']);
/** Before «ماده»/«تبصره» they make it a noun, not a reference: «این ماده ۵ روز مهلت می‌دهد». */
const DETERMINERS = new Set(['این', 'همین', 'آن', 'همان', 'هر', 'یک', 'چند', 'کدام', 'دو', 'سه']);
/** After the number they make it a quantity: «ماده ۱۵ روز». */
const UNITS = new Set([
  'روز', 'روزه', 'ماه', 'ماهه', 'سال', 'ساله', 'هفته', 'ساعت', 'دقیقه', 'درصد', 'ریال', 'تومان', 'نفر', 'مورد',
  'بار', 'برابر', 'متر', 'مترمربع', 'کیلومتر', 'هزار', 'میلیون', 'میلیارد', 'عدد', 'قلم', 'نوبت', 'گانه',
]);
/** The document's own names: «این دستورالعمل»، «دستورالعمل حاضر»، «همین بخشنامه». */
const SELF = new Set(['دستورالعمل', 'بخشنامه', 'سند']);
const PRESENT = new Set(['حاضر', 'فعلی', 'جاری']);
/** Another instrument: a reference followed by one of these is external. */
const INSTRUMENTS = new Set([
  'قانون', 'قوانین', 'آییننامه', 'آیینامه', 'آییننامههای', 'اساسنامه', 'مصوبه', 'مصوبات', 'تصویبنامه',
  'لایحه', 'لوایح', 'کنوانسیون', 'معاهده', 'موافقتنامه', 'تفاهمنامه', 'قرارداد', 'پیمان', 'مقررات', 'ضوابط',
  'شیوهنامه', 'نظامنامه', 'منشور', 'پروتکل', 'برنامه', 'اصلاحیه', 'دستورالعملهای', 'بخشنامههای', 'دادنامه',
  'رای', 'آرای', 'اسناد', 'قانونگذار',
]);
/** Two-word spellings of instruments («آیین نامه»، «دستور العمل»): the first word and what joins it. */
const JOINED_FIRST = new Set(['آیین', 'تصویب', 'تفاهم', 'موافقت', 'اساس', 'شیوه', 'نظام', 'بخش', 'دستور']);
/** Words that only an instrument's article has: «ماده ۵ اصلاحی»، «ماده ۱۰ مکرر». */
const MODIFIERS = new Set(['اصلاحی', 'الحاقی', 'مکرر', 'منسوخ', 'ملغی', 'ملغا', 'مصوب', 'اصلاحیه']);
/** «ماده ۱۰ آن»، «تبصره ۲ همان ماده»: pointing back at something named before. */
const PRONOUNS = new Set(['آن', 'همان', 'آنها', 'مربوطه']);
/** «کمیسیون ماده ۱۰۰»، «هیئت ماده ۱۲»: bodies named after an article of a law. */
const BODIES = new Set(['کمیسیون', 'کمیسیونهای', 'کمیسیونها', 'کمسیون', 'هیات', 'هییت', 'هیاتهای', 'هییتهای', 'کارگروه', 'شورای']);
/** «قانون شهرداری، به‌ویژه ماده ۵۵»: an article of the instrument just named. */
const EMPHASIS = new Set(['بهویژه', 'بویژه', 'خصوصا', 'بهخصوص', 'بخصوص', 'علیالخصوص', 'بالاخص', 'مخصوصا', 'خاصه']);
const LIST_SEPARATORS = new Set(['و', '،', ',', 'یا']);
const RANGE_SEPARATORS = new Set(['تا', 'الی']);
const SENTENCE_BREAK = /[.؛;!؟?:\n]/;
/** A cheap test that a text may hold a reference at all, and the same to find each. */
const ANCHOR_TEST = /م(?:اده|واد)/;
const ANCHORS_G = /م(?:اده|واد)/g;
const OPENERS = new Set(['«', '(', '"', '“', '[', '‹']);
const CLOSERS: Record<string, string> = { '«': '»', '(': ')', '"': '"', '“': '”', '[': ']', '‹': '›' };

// ---------------------------------------------------------------------------------------------
// Numbers and labels

const ORDINALS: ReadonlyMap<string, string> = new Map([['اول', 'یک'], ['نخست', 'یک'], ['یکم', 'یک'], ['سوم', 'سه'], ['سیام', 'سی']]);

function wordNumber(words: string[]): number | undefined {
  if (words.length === 1 && (words[0] === 'نه' || words[0] === 'صد')) return undefined;
  const last = words[words.length - 1] as string;
  let cardinal = ORDINALS.get(last);
  if (cardinal === undefined && last.endsWith('م') && parseCount(last.slice(0, -1)) !== undefined) cardinal = last.slice(0, -1);
  const parts = cardinal === undefined ? words : [...words.slice(0, -1), cardinal];
  // Only the last word may be ordinal: «بیست و یکم»، not «بیستم و یک».
  return parseCount(parts.join(' '));
}

interface Parsed<T> {
  value: T;
  /** Index of the first token after it. */
  next: number;
}

class Reader {
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
  number(i: number): Parsed<number> | undefined {
    const t = this.at(i);
    if (t === undefined) return undefined;
    if (t.kind === 'mark' && t.text === '(') {
      const inner = this.number(i + 1);
      if (inner === undefined || this.at(inner.next)?.text !== ')') return undefined;
      return { value: inner.value, next: inner.next + 1 };
    }
    if (t.kind === 'number') {
      // «۵/۱»، «۲.۳»، «۱۴۰۳-۵»: a date, a decimal or another numbering, not an article.
      if (/^[/.\-٫٬][0-9\u06F0-\u06F9\u0660-\u0669]/.test(this.text.slice(t.end, t.end + 2))) return undefined;
      const value = parseDigits(t.text);
      return value === undefined ? undefined : { value, next: i + 1 };
    }
    if (t.kind !== 'word') return undefined;
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
      if (value !== undefined && value > 0) return { value, next: i + len };
    }
    return undefined;
  }

  /** A clause label: «الف»، «(ب)»، ««پ»»، «هـ». A bare «و» is read as «and», never as a label. */
  label(i: number): Parsed<string> | undefined {
    const t = this.at(i);
    if (t === undefined) return undefined;
    if (t.kind === 'mark' && OPENERS.has(t.text)) {
      const inner = this.labelWord(i + 1);
      const close = this.at(i + 2);
      if (inner === undefined || close === undefined || close.text !== CLOSERS[t.text]) return undefined;
      return { value: inner, next: i + 3 };
    }
    const value = this.labelWord(i);
    if (value === undefined || value === 'و') return undefined;
    // «الف)» or «الف-» glued to the label.
    const after = this.at(i + 1);
    const glued = after !== undefined && after.kind === 'mark' && (after.text === ')' || after.text === '-') && after.start === t.end;
    return { value, next: glued ? i + 2 : i + 1 };
  }

  private labelWord(i: number): string | undefined {
    const t = this.at(i);
    if (t === undefined || t.kind !== 'word') return undefined;
    const label = normalizeLabel(t.text);
    return clauseLabelIndex(label) >= 0 ? label : undefined;
  }

  /** «۳ و ۴»، «۳، ۴ و ۵»، «۳ تا ۵»: every number named, ranges expanded (up to a sane size). */
  numberList(i: number, one: boolean): Parsed<number[]> | undefined {
    const first = this.number(i);
    if (first === undefined) return undefined;
    const values = [first.value];
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
      next = item.next;
    }
    return { value: values, next };
  }

  labelList(i: number, one: boolean): Parsed<string[]> | undefined {
    const first = this.label(i);
    if (first === undefined) return undefined;
    const values = [first.value];
    let next = first.next;
    while (!one) {
      const sep = this.at(next);
      if (sep === undefined) break;
      const range = sep.kind === 'word' && RANGE_SEPARATORS.has(sep.canon);
      if (!range && !LIST_SEPARATORS.has(sep.canon)) break;
      const item = this.label(next + 1);
      if (item === undefined) break;
      if (range) {
        const from = clauseLabelIndex(values[values.length - 1] as string);
        const to = clauseLabelIndex(item.value);
        for (let k = from + 1; k < to; k++) values.push(clauseLabel(k) as string);
      }
      values.push(item.value);
      next = item.next;
    }
    return { value: values, next };
  }

  /** A sentence ends between the two tokens (a full stop, semicolon, colon or line break). */
  breakBetween(a: number, b: number): boolean {
    const from = this.at(a)?.end ?? 0;
    const to = this.at(b)?.start ?? this.text.length;
    return SENTENCE_BREAK.test(this.text.slice(from, to));
  }
}

// ---------------------------------------------------------------------------------------------
// Chains

interface Chain {
  /** Token indices [first, next). */
  first: number;
  next: number;
  /** Article numbers named («ماده ۵»، «مواد ۳ تا ۵»), or 'this' for «این ماده». */
  articles?: number[] | 'this';
  plural: boolean;
  /** Note numbers, or 'any' for «تبصره» without a number. */
  notes?: number[] | 'any';
  /** Clause labels, or 'numeric' for «بند ۲» (not checked). */
  clauses?: string[] | 'numeric';
}

function parseChain(r: Reader, i: number): Chain | undefined {
  let pos = i;
  const chain: Chain = { first: i, next: i, plural: false };
  const pluralAnchor = (singular: ReadonlySet<string>, plural: ReadonlySet<string>): { plural: boolean; next: number } | undefined => {
    if (r.isWord(pos, plural)) return { plural: true, next: pos + 1 };
    if (r.isWord(pos, singular)) return r.isWord(pos + 1, PLURAL_SUFFIX) ? { plural: true, next: pos + 2 } : { plural: false, next: pos + 1 };
    return undefined;
  };

  const item = pluralAnchor(ITEM, ITEMS);
  if (item) {
    const n = r.numberList(item.next, !item.plural);
    if (n === undefined) return undefined;
    pos = n.next;
  }
  const clause = pluralAnchor(CLAUSE, CLAUSES);
  if (clause) {
    const labels = r.labelList(clause.next, !clause.plural);
    if (labels !== undefined) {
      chain.clauses = labels.value;
      pos = labels.next;
    } else {
      const n = r.numberList(clause.next, !clause.plural);
      if (n === undefined) return undefined;
      chain.clauses = 'numeric';
      pos = n.next;
    }
  }
  const note = pluralAnchor(NOTE, NOTES);
  if (note) {
    const n = r.numberList(note.next, !note.plural);
    if (n !== undefined) {
      chain.notes = n.value;
      pos = n.next;
    } else if (note.plural) {
      return undefined;
    } else {
      chain.notes = 'any';
      pos = note.next;
    }
  }
  if (r.isWord(pos, THIS) && r.isWord(pos + 1, ARTICLE) && pos > i) {
    chain.articles = 'this';
    pos += 2;
  } else if (r.isWord(pos, ARTICLE) || r.isWord(pos, ARTICLES)) {
    const plural = r.isWord(pos, ARTICLES);
    const n = r.numberList(pos + 1, false);
    if (n !== undefined && !(r.isWord(n.next, UNITS))) {
      chain.articles = n.value;
      chain.plural = plural;
      pos = n.next;
    } else if (pos === i) {
      return undefined;
    }
  }
  if (pos === i) return undefined;
  chain.next = pos;
  return chain;
}

// ---------------------------------------------------------------------------------------------
// Internal or external

type Tail = 'internal' | 'external' | 'pronoun' | 'none';

/** The word at i, joining two-word spellings («آیین نامه»، «دستور العمل»): its key and token count. */
function wordAt(r: Reader, i: number): { key: string; length: number } | undefined {
  const t = r.at(i);
  if (t === undefined || t.kind !== 'word') return undefined;
  const next = r.at(i + 1);
  if (JOINED_FIRST.has(t.canon) && next !== undefined && next.kind === 'word') {
    const joined = t.canon + next.canon;
    if (INSTRUMENTS.has(joined) || SELF.has(joined)) return { key: joined, length: 2 };
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

function classify(r: Reader, p: number, ownNames: ReadonlySet<string>): Tail {
  while (r.at(p)?.kind === 'mark' && OPENERS.has(r.at(p)!.text)) p++;
  const t = r.at(p);
  if (t === undefined || t.kind !== 'word') return 'none';
  const key = t.canon;
  if (MODIFIERS.has(key)) return 'external';
  if (PRONOUNS.has(key)) return 'pronoun';
  if (key === 'از') return isInstrument(r, p + 1) ? 'external' : 'none';
  if (THIS.has(key)) {
    const w = wordAt(r, p + 1);
    if (w !== undefined && SELF.has(w.key)) return 'internal';
    return isInstrument(r, p + 1) ? 'external' : 'none';
  }
  const w = wordAt(r, p);
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
function groupEnd(r: Reader, p: number): number {
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
function externalBefore(r: Reader, i: number): boolean {
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

// ---------------------------------------------------------------------------------------------
// The rule

function listFa(values: number[], lang: 'fa' | 'en'): string {
  const runs: string[] = [];
  const sorted = [...new Set(values)].sort((a, b) => a - b);
  for (let k = 0; k < sorted.length;) {
    let end = k;
    while (end + 1 < sorted.length && sorted[end + 1] === (sorted[end] as number) + 1) end++;
    const a = sorted[k] as number;
    const b = sorted[end] as number;
    const show = (n: number): string => (lang === 'fa' ? fa(n) : String(n));
    runs.push(end - k >= 2 ? `${show(a)} ${lang === 'fa' ? 'تا' : 'to'} ${show(b)}` : end === k ? show(a) : `${show(a)} ${lang === 'fa' ? 'و' : 'and'} ${show(b)}`);
    k = end + 1;
  }
  const and = lang === 'fa' ? ' و ' : ' and ';
  return runs.length <= 1 ? runs.join('') : `${runs.slice(0, -1).join(lang === 'fa' ? '، ' : ', ')}${and}${runs[runs.length - 1]}`;
}

/** Which article «این ماده» means for a text at `path`, if any. */
function thisArticle(shape: DocumentShape, path: DataPath): ArticleTarget {
  if (path[0] === 'definitions' && shape.offset === 1) return { kind: 'definitions' };
  if (path[0] === 'articles' && typeof path[1] === 'number') {
    const article = shape.articles[path[1]];
    if (article) return { kind: 'article', article };
  }
  return undefined;
}

function checkChain(
  context: RuleContext,
  shape: DocumentShape,
  chain: Chain,
  path: DataPath,
  span: { index: number; length: number },
  ref: string,
): void {
  // Message data is built only for a reference that is reported; most are fine.
  const base = (): Record<string, string | number> => {
    const doc = documentName(shape.kind);
    return { ref, docFa: doc.fa, docEn: doc.en, count: shape.totalArticles, countFa: fa(shape.totalArticles), articleWord: shape.totalArticles === 1 ? 'article' : 'articles' };
  };
  let target: NonNullable<ArticleTarget>;
  let number: number;
  if (chain.articles === 'this') {
    const t = thisArticle(shape, path);
    if (t === undefined) return;
    target = t;
    number = t.kind === 'definitions' ? 1 : articleNumber(t.article);
  } else if (chain.articles !== undefined) {
    const missing = chain.articles.filter((n) => findArticle(shape, n) === undefined);
    if (missing.length > 0) {
      const messageId = shape.totalArticles === 0 ? 'noArticles' : missing.length === 1 ? 'article' : 'articles';
      context.report({
        messageId, path, span,
        data: { ...base(), missing: listFa(missing, 'en'), missingFa: listFa(missing, 'fa') },
      });
      return;
    }
    // «مواد ۳ و ۴»، «ماده ۳ و ۴»: their notes and clauses are not read.
    if (chain.plural || chain.articles.length !== 1) return;
    number = chain.articles[0] as number;
    target = findArticle(shape, number)!;
  } else {
    return;
  }
  const at = (): Record<string, string | number> => ({ ...base(), article: number, articleFa: fa(number) });

  if (chain.notes !== undefined) {
    const have = notesOf(target);
    if (have === 0) {
      context.report({ messageId: 'noNotes', path, span, data: at() });
      return;
    }
    const bad = chain.notes === 'any' ? [] : chain.notes.filter((n) => n < 1 || n > have);
    if (bad.length > 0) {
      context.report({
        messageId: 'note', path, span,
        data: { ...at(), note: listFa(bad, 'en'), noteFa: listFa(bad, 'fa'), notes: have, notesFa: fa(have), noteWord: have === 1 ? 'note' : 'notes' },
      });
      return;
    }
  }
  if (chain.clauses !== undefined && chain.clauses !== 'numeric') {
    const labels = clauseLabelsOf(shape, target);
    const count = clauseCountOf(shape, target);
    if (count === 0) {
      context.report({ messageId: 'noClauses', path, span, data: at() });
      return;
    }
    const bad = chain.clauses.filter((l) => !labels.has(l));
    if (bad.length > 0) {
      context.report({
        messageId: 'clause', path, span,
        data: { ...at(), label: bad.join('، '), clauses: count, clausesFa: fa(count), last: clauseLabel(count - 1) ?? 'ی' },
      });
    }
  }
}

export default defineRule({
  meta: {
    id: 'cross-references',
    severity: 'error',
    fixable: false,
    description: {
      fa: 'ارجاع به ماده، تبصره یا بندی از همین سند («ماده ۵»، «تبصره ۲ ماده ۴»، «بند الف ماده ۳») باید به چیزی اشاره کند که وجود دارد',
      en: 'A reference to an article, note or clause of the document itself («ماده ۵», «تبصره ۲ ماده ۴», «بند الف ماده ۳») points at something that exists',
    },
    messages: {
      article: {
        fa: '«{ref}»: ماده {missingFa} وجود ندارد؛ این {docFa} {countFa} ماده دارد.',
        en: '«{ref}»: article {missing} does not exist; this {docEn} has {count} {articleWord}.',
      },
      articles: {
        fa: '«{ref}»: مواد {missingFa} وجود ندارند؛ این {docFa} {countFa} ماده دارد.',
        en: '«{ref}»: articles {missing} do not exist; this {docEn} has {count} {articleWord}.',
      },
      noArticles: {
        fa: '«{ref}»: این {docFa} ماده‌بندی نشده است و ماده {missingFa} ندارد.',
        en: '«{ref}»: this {docEn} has no articles, so article {missing} does not exist.',
      },
      note: {
        fa: '«{ref}»: ماده {articleFa} تبصره {noteFa} ندارد؛ این ماده {notesFa} تبصره دارد.',
        en: '«{ref}»: article {article} has no note {note}; it has {notes} {noteWord}.',
      },
      noNotes: {
        fa: '«{ref}»: ماده {articleFa} هیچ تبصره‌ای ندارد.',
        en: '«{ref}»: article {article} has no notes.',
      },
      clause: {
        fa: '«{ref}»: ماده {articleFa} بند «{label}» ندارد؛ این ماده {clausesFa} بند دارد (الف تا {last}).',
        en: '«{ref}»: article {article} has no clause «{label}»; it has {clauses} clauses (الف to {last}).',
      },
      noClauses: {
        fa: '«{ref}»: ماده {articleFa} بند ندارد.',
        en: '«{ref}»: article {article} has no clauses.',
      },
    },
  },
  check(context) {
    // No anchor anywhere in the file (a backslash may be an escape that spells one): nothing to read.
    const source = context.source?.text;
    if (source !== undefined && !source.includes('\\') && !ANCHOR_TEST.test(source)) return;
    const shape = documentShape(context);
    const ownNames = new Set(shape.kind === 'circular' ? ['بخشنامه', 'سند'] : shape.kind === 'directive' ? ['دستورالعمل', 'سند'] : SELF);
    // Every prose field (forEachText's, shared through textsOf's cache with the other text rules).
    for (const { value, path } of context.texts) {
      // legalBasis names other laws and their articles («ماده ۵۵»): never an internal reference.
      if (path[0] === 'legalBasis') continue;
      // One scan finds both anchors (they share their first letter); most texts have neither.
      for (const [from, to] of sentencesWithAnchors(value)) scanSentence(context, shape, ownNames, value, path, from, to);
    }
  },
});

/**
 * The sentences of a text that mention «ماده»/«مواد». Every reading of a reference stops at a
 * sentence break, so tokenizing only these sentences finds exactly what the whole text would,
 * without paying for the prose around them.
 */
function sentencesWithAnchors(value: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const anchor = ANCHORS_G;
  anchor.lastIndex = 0;
  for (let m = anchor.exec(value); m !== null; m = anchor.exec(value)) {
    let from = m.index;
    while (from > 0 && !endsSentence(value, from - 1)) from--;
    // The end of the sentence: endsSentence() as a regex, which runs through the text far faster.
    SENTENCE_END.lastIndex = m.index + m[0].length;
    const to = SENTENCE_END.exec(value)?.index ?? value.length;
    const last = out[out.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else out.push([from, to]);
    anchor.lastIndex = to;
  }
  return out;
}

/** The first place where endsSentence() holds, from lastIndex on. */
const SENTENCE_END = /[؛;!؟?:\n]|\.(?=[ \n\t\r]|$)/g;

/** SENTENCE_BREAK as a table of code units: . ؛ ; ! ؟ ? : and a line break. */
const BREAKS = new Uint8Array(0x10000);
for (const c of '.؛;!؟?:\n') BREAKS[c.charCodeAt(0)] = 1;

/**
 * SENTENCE_BREAK, by character code (this runs on every character around every anchor, so most
 * characters cost one table lookup). A period inside an abbreviation («ق.م») does not end the
 * sentence; readers look across it.
 */
function endsSentence(value: string, i: number): boolean {
  const c = value.charCodeAt(i);
  if (BREAKS[c] === 0) return false;
  if (c !== 0x2e) return true;
  const next = value.charCodeAt(i + 1);
  return Number.isNaN(next) || next === 0x20 || next === 0x0a || next === 0x09 || next === 0x0d;
}

function scanSentence(
  context: RuleContext, shape: DocumentShape, ownNames: ReadonlySet<string>, value: string, path: DataPath, offset: number, end: number,
): void {
      const sentence = value.slice(offset, end);
      const prepared = toPersianLetters(sentence);
      const r = new Reader(new Tokens(prepared), prepared);
      // Chains that start after the last possible article name none, and only chains that name one
      // are checked or change what follows: the sentence is read no further.
      const bound = lastArticle(prepared);
      let lastExternal = -1;
      for (let i = 0; ;) {
        const token = r.at(i);
        if (token === undefined || token.start > bound) break;
        if (!isAnchor(token) || r.isWord(i - 1, DETERMINERS)) {
          i++;
          continue;
        }
        const chain = parseChain(r, i);
        if (chain === undefined) {
          i++;
          continue;
        }
        i = chain.next;
        if (chain.articles === undefined) continue;
        let tail = classify(r, chain.next, ownNames);
        if (tail === 'none' && chain.articles !== 'this') {
          const end = groupEnd(r, chain.next);
          if (end > chain.next && classify(r, end, ownNames) === 'external') tail = 'external';
        }
        if (tail === 'external' || tail === 'pronoun') {
          lastExternal = chain.next - 1;
          continue;
        }
        if (chain.articles !== 'this' && tail !== 'internal') {
          if (externalBefore(r, chain.first)) continue;
          // «ماده ۵۵ قانون شهرداری و ماده ۱۰۰»: the second article is the same law's.
          const near = lastExternal >= 0 && chain.first - lastExternal <= 12 && !r.breakBetween(lastExternal, chain.first);
          if (near && LIST_SEPARATORS.has(r.canon(chain.first - 1))) {
            lastExternal = chain.next - 1;
            continue;
          }
          // An unarticled circular refers to no article of its own unless it says so.
          if (shape.totalArticles === 0) continue;
        }
        const first = r.at(chain.first)!;
        const last = r.at(chain.next - 1)!;
        checkChain(context, shape, chain, path, { index: offset + first.start, length: last.end - first.start }, sentence.slice(first.start, last.end));
      }
}
