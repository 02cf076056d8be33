/**
 * A reference read as a chain [جزء N] [بند X] [تبصره N] (ماده M | مواد M و N | این ماده).
 */

import { ARTICLE, ARTICLES, CLAUSE, CLAUSES, ITEM, ITEMS, NOTE, NOTES, PLURAL_SUFFIX, THIS, UNITS } from './lexicon.js';
import type { Reader, Written } from './reader.js';

/** One number or label a chain writes out, and what it numbers: `index` and `length` in the sentence. */
export interface ChainPart {
  kind: 'item' | 'clause' | 'note' | 'article';
  /** A number (article, note, item, numeric clause) or a normalized clause label («الف»، «هـ»). */
  value: number | string;
  index: number;
  length: number;
}

export interface Chain {
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
  /** Item numbers («جزء ۲»). */
  items?: number[];
  /** Every number and label written out, in order, with its place: what a renumbering rewrites. */
  parts: ChainPart[];
}

export function parseChain(r: Reader, i: number): Chain | undefined {
  let pos = i;
  const chain: Chain = { first: i, next: i, plural: false, parts: [] };
  const add = (kind: ChainPart['kind'], written: ReadonlyArray<Written<number | string>>): void => {
    for (const w of written) chain.parts.push({ kind, value: w.value, index: w.start, length: w.end - w.start });
  };
  const pluralAnchor = (singular: ReadonlySet<string>, plural: ReadonlySet<string>): { plural: boolean; next: number } | undefined => {
    if (r.isWord(pos, plural)) return { plural: true, next: pos + 1 };
    if (r.isWord(pos, singular)) return r.isWord(pos + 1, PLURAL_SUFFIX) ? { plural: true, next: pos + 2 } : { plural: false, next: pos + 1 };
    return undefined;
  };

  const item = pluralAnchor(ITEM, ITEMS);
  if (item) {
    const n = r.numberList(item.next, !item.plural);
    if (n === undefined) return undefined;
    chain.items = n.value;
    add('item', n.written);
    pos = n.next;
  }
  const clause = pluralAnchor(CLAUSE, CLAUSES);
  if (clause) {
    const labels = r.labelList(clause.next, !clause.plural);
    if (labels !== undefined) {
      chain.clauses = labels.value;
      add('clause', labels.written);
      pos = labels.next;
    } else {
      const n = r.numberList(clause.next, !clause.plural);
      if (n === undefined) return undefined;
      chain.clauses = 'numeric';
      add('clause', n.written);
      pos = n.next;
    }
  }
  const note = pluralAnchor(NOTE, NOTES);
  if (note) {
    const n = r.numberList(note.next, !note.plural);
    if (n !== undefined) {
      chain.notes = n.value;
      add('note', n.written);
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
      add('article', n.written);
      pos = n.next;
    } else if (pos === i) {
      return undefined;
    }
  }
  if (pos === i) return undefined;
  chain.next = pos;
  return chain;
}
