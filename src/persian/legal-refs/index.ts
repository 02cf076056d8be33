/**
 * References in Persian legal prose: «ماده ۵»، «مواد ۳ تا ۵»، «تبصره ۲ ماده ۴»، «تبصره این ماده»،
 * «بند الف ماده ۳»، «جزء ۲ بند ب ماده ۶»، «ماده نه»، «مواد یک و نه».
 *
 * The text is cut into tokens (words, digit runs, marks) and a reference is read as a chain
 * [جزء N] [بند X] [تبصره N] (ماده M | مواد M و N | این ماده). What follows the chain decides whether it
 * is internal: another instrument («قانون …»، «آیین‌نامه …»، «آن»، «اصلاحی» …) makes it external;
 * the draft's own name («این دستورالعمل»، «این آیین‌نامه»، «این قانون» …) makes it internal.
 *
 * Used by the cross-references rule (is the target there?) and by the renumbering fix (rewrite the
 * numbers a reference names). Knows nothing about drafts: it reads a string.
 */

import { toPersianLetters } from '../text.js';
import { parseChain, type ChainPart } from './chain.js';
import { classify, externalBefore, groupEnd } from './classify.js';
import { DETERMINERS, LIST_SEPARATORS, SELF, isAnchor } from './lexicon.js';
import { Reader } from './reader.js';
import { sentencesWithAnchors } from './sentences.js';
import { Tokens, lastArticle } from './tokens.js';

export type { ChainPart } from './chain.js';

/**
 * - `internal`: names the draft itself («ماده ۳ این دستورالعمل»، «تبصره ۲ این ماده»);
 * - `plain`: names no instrument («ماده ۳»): the draft's own when the draft has articles;
 * - `external`: another instrument's («ماده ۵۵ قانون شهرداری»، «کمیسیون ماده ۱۰۰»، «ماده ۱۰ آن»).
 */
export type ReferenceScope = 'internal' | 'plain' | 'external';

/** One number or label a reference writes out; `index` is an offset in the text given to findReferences. */
export type ReferencePart = ChainPart;

export interface LegalReference {
  /** Where the whole reference is in the text: «تبصره ۲ ماده ۴» from «تبصره» to «۴». */
  index: number;
  length: number;
  /** The reference as written (the text's own characters). */
  text: string;
  /** Article numbers named, ranges expanded («مواد ۳ تا ۵» → 3, 4, 5), or 'this' for «این ماده». */
  articles: number[] | 'this';
  /** «مواد …» or «ماده‌های …». */
  plural: boolean;
  /** Note numbers, or 'any' for «تبصره» without a number. */
  notes?: number[] | 'any';
  /** Clause labels, or 'numeric' for «بند ۲». */
  clauses?: string[] | 'numeric';
  /** Item numbers («جزء ۲»). */
  items?: number[];
  scope: ReferenceScope;
  /** Not another instrument's: `scope` is 'internal' or 'plain'. */
  internal: boolean;
  /**
   * Inside new wording an amending text quotes inline («… به شرح زیر اصلاح می‌شود: «ماده ۱۰۱ – …»»):
   * the quoted instrument's reference, never the draft's, whatever its scope reads.
   */
  quoted: boolean;
  /** Every number and label written out, with its place: what a renumbering rewrites. */
  parts: ReferencePart[];
}

export interface FindOptions {
  /**
   * The draft's own names used bare, without «این» («ماده ۳ دستورالعمل را …»): 'دستورالعمل' for a
   * directive, 'بخشنامه' for a circular. Defaults to every bare name (دستورالعمل، بخشنامه، سند).
   */
  ownNames?: ReadonlySet<string>;
}

/** A cheap test that a text may hold a reference at all: every reference names an article. */
const ANCHOR_TEST = /م(?:اده|واد)/;

export function mayHaveReferences(text: string): boolean {
  return ANCHOR_TEST.test(text);
}

/**
 * A colon after a verb of change («اصلاح می‌شود:»، «الحاق می‌گردد:»، «جایگزین می‌شود:»): what follows
 * in the same text is the new wording of another instrument, kept inline as Word copies do.
 */
const QUOTE_LEAD = /(?:اصلاح|الحاق|اضافه|جایگزین|افزوده|تغییر|تغيير)[^:.؛\n]{0,80}?(?:شود|شوند|گردد|گردند|شد|گردید)[\s\u200C]*:/;

/**
 * A text that opens with an article's heading («ماده ۲۸- …»، «الف- ماده ۲۸- …»، «ماده ۱۱ مکرر –»): the
 * wording of that article as an amending text sets it out, never a reference to the draft's own article.
 */
const HEADING = /^[\s«"]*(?:[\u0621-\u06CC]{1,3}[\s\u200C]*[-–ـ)][\s\u200C]*)?م[اآ]ده[\s\u200C]*(?:\(?[0-9\u06F0-\u06F9\u0660-\u0669]+\)?)[\s\u200C]*(?:مکرر[\s\u200C]*)?[-–ـ:]/;

/**
 * Where quoted new wording starts in a text, or -1: after «… به شرح زیر اصلاح می‌شود:», or at 0 when the
 * text opens with another article's heading.
 */
export function quotedFrom(text: string): number {
  if (HEADING.test(text)) return 0;
  // The lead ends in a colon: most texts have none, and one indexOf spares the pattern's scan.
  if (!text.includes(':')) return -1;
  const m = QUOTE_LEAD.exec(text);
  return m === null ? -1 : m.index + m[0].length;
}

/** quotedFrom() as a bound: no quoted wording is past every index. */
function quotedAt(text: string): number {
  const at = quotedFrom(text);
  return at < 0 ? Number.POSITIVE_INFINITY : at;
}

/** Every reference to an article in `text`, internal or not, in order. */
export function findReferences(text: string, options: FindOptions = {}): readonly LegalReference[] {
  // One scan finds the sentences with an anchor (most texts have none, and get a shared empty list);
  // where quoted wording starts is asked only once a reference is found.
  const sentences = sentencesWithAnchors(text);
  if (sentences.length === 0) return NO_REFERENCES;
  const out: LegalReference[] = [];
  const ownNames = options.ownNames ?? SELF;
  const quoted = { at: undefined as number | undefined, of: text };
  for (const [from, to] of sentences) readSentence(text, from, to, ownNames, quoted, out);
  return out;
}

const NO_REFERENCES: readonly LegalReference[] = Object.freeze([]);

function readSentence(
  text: string, offset: number, end: number, ownNames: ReadonlySet<string>, quoted: { at: number | undefined; of: string }, out: LegalReference[],
): void {
  const sentence = text.slice(offset, end);
  const prepared = toPersianLetters(sentence);
  const r = new Reader(new Tokens(prepared), prepared);
  // Chains that start after the last possible article name none: the sentence is read no further.
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
      const groupTo = groupEnd(r, chain.next);
      if (groupTo > chain.next && classify(r, groupTo, ownNames) === 'external') tail = 'external';
    }
    let scope: ReferenceScope;
    if (tail === 'external' || tail === 'pronoun') {
      lastExternal = chain.next - 1;
      scope = 'external';
    } else if (tail === 'internal' || chain.articles === 'this') {
      scope = 'internal';
    } else if (externalBefore(r, chain.first)) {
      scope = 'external';
    } else {
      // «ماده ۵۵ قانون شهرداری و ماده ۱۰۰»: the second article is the same law's.
      const near = lastExternal >= 0 && chain.first - lastExternal <= 12 && !r.breakBetween(lastExternal, chain.first);
      if (near && LIST_SEPARATORS.has(r.canon(chain.first - 1))) {
        lastExternal = chain.next - 1;
        scope = 'external';
      } else {
        scope = 'plain';
      }
    }
    const first = r.at(chain.first)!;
    const last = r.at(chain.next - 1)!;
    const index = offset + first.start;
    const ref: LegalReference = {
      index,
      length: last.end - first.start,
      text: sentence.slice(first.start, last.end),
      articles: chain.articles,
      plural: chain.plural,
      scope,
      internal: scope !== 'external',
      quoted: index >= (quoted.at ??= quotedAt(quoted.of)),
      parts: chain.parts,
    };
    // (Fields set only when present, without spreading a temporary object for each.)
    if (chain.notes !== undefined) ref.notes = chain.notes;
    if (chain.clauses !== undefined) ref.clauses = chain.clauses;
    if (chain.items !== undefined) ref.items = chain.items;
    // The chain's parts are offsets in the sentence: made offsets in the text, in place.
    for (const p of chain.parts) p.index += offset;
    out.push(ref);
  }
}
