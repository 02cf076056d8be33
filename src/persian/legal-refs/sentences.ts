/** The sentences of a text that may hold a reference, found without tokenizing the prose around them. */

import { ANCHORS_G } from './lexicon.js';

/**
 * The sentences of a text that mention «ماده»/«مواد». Every reading of a reference stops at a
 * sentence break, so tokenizing only these sentences finds exactly what the whole text would,
 * without paying for the prose around them.
 */
export function sentencesWithAnchors(value: string): ReadonlyArray<readonly [number, number]> {
  const anchor = ANCHORS_G;
  anchor.lastIndex = 0;
  let m = anchor.exec(value);
  // Most texts have no anchor: they get one shared empty list, not a new one each (a draft has hundreds).
  if (m === null) return NONE;
  const out: Array<[number, number]> = [];
  for (; m !== null; m = anchor.exec(value)) {
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

const NONE: ReadonlyArray<readonly [number, number]> = Object.freeze([]);

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
