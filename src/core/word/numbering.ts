/**
 * Word's automatic list numbering: which label («الف»، «۲»، «ماده ۳ -») Word shows before a paragraph
 * whose text does not hold it. The text of such a label is not in document.xml; it follows from
 * numbering.xml (each list's levels: number format, start, the pattern «%1-»), the paragraph's list and
 * level (directly or through its style, in styles.xml), and how many paragraphs of that list came
 * before. mammoth reads only whether a paragraph is in a list, so this module counts as Word does.
 */

import { toPersianDigits } from '../../persian/digits.js';
import { child, children, is, parseXml, wAttr, type XElement } from './xml.js';
import { ABJAD_LABELS, ALPHABET_LABELS } from './labels.js';

export type LabelKind = 'digits' | 'alphabetical' | 'abjad' | 'bullet' | 'other';

export interface LevelDef {
  numFmt: string;
  start: number;
  /** The pattern with %1 … %9 for the counters of levels 1 … 9, e.g. «%1-» or «ماده %1 -». */
  lvlText: string;
}

export interface ListLabel {
  /** The label as Word shows it, the pattern filled in (digits in Persian). */
  text: string;
  kind: LabelKind;
  /** 0-based list level. */
  level: number;
  /** The counter of that level. */
  value: number;
}

interface NumDef {
  abstractId: string;
  /** Per level, a start the list instance sets for itself («restart numbering»). */
  startOverride: Map<number, number>;
  levelOverride: Map<number, LevelDef>;
}

export interface NumberingDefs {
  abstracts: Map<string, Map<number, LevelDef>>;
  nums: Map<string, NumDef>;
  /** Paragraph styles that carry numbering: style id → list and level. */
  styles: Map<string, { numId?: string; ilvl?: number; basedOn?: string }>;
}

/**
 * The level's number format. Word 2010+ writes a custom format («ا, ب, پ, ...», «۱, ۲, ۳, ...») as
 * `w:numFmt w:val="custom" w:format="…"` inside mc:AlternateContent, with a plain fallback; the custom
 * sequence is read by its first letters, as the orders FORMAT.md knows.
 */
function numFmtOf(lvl: XElement): string {
  const direct = child(lvl, 'w', 'numFmt');
  if (direct) return wAttr(direct, 'val') ?? 'decimal';
  const alternate = child(lvl, 'mc', 'AlternateContent');
  const custom = child(child(alternate, 'mc', 'Choice'), 'w', 'numFmt');
  const format = wAttr(custom, 'format');
  if (format) {
    const letters = format.replace(/[\s,.،]+/g, ' ').trim().split(' ').slice(0, 3).join(' ');
    if (/^(ا|الف|أ) ب پ$/.test(letters)) return 'arabicAlpha';
    if (/^(ا|الف|أ) ب ج$/.test(letters)) return 'arabicAbjad';
    if (/^[0-9۰-۹٠-٩]+ [0-9۰-۹٠-٩]+/.test(letters)) return 'decimal';
  }
  return wAttr(child(child(alternate, 'mc', 'Fallback'), 'w', 'numFmt'), 'val') ?? 'decimal';
}

function readLevel(lvl: XElement): LevelDef {
  const start = Number(wAttr(child(lvl, 'w', 'start'), 'val') ?? '1');
  return {
    numFmt: numFmtOf(lvl),
    start: Number.isFinite(start) ? start : 1,
    lvlText: wAttr(child(lvl, 'w', 'lvlText'), 'val') ?? '',
  };
}

export function readNumberingDefs(numberingXml: string | undefined, stylesXml: string | undefined): NumberingDefs {
  const defs: NumberingDefs = { abstracts: new Map(), nums: new Map(), styles: new Map() };
  if (numberingXml) {
    const root = parseXml(numberingXml, 'word/numbering.xml');
    for (const el of children(root)) {
      if (is(el, 'w', 'abstractNum')) {
        const levels = new Map<number, LevelDef>();
        for (const lvl of children(el).filter((c) => is(c, 'w', 'lvl'))) levels.set(Number(wAttr(lvl, 'ilvl') ?? '0'), readLevel(lvl));
        defs.abstracts.set(wAttr(el, 'abstractNumId') ?? '', levels);
      } else if (is(el, 'w', 'num')) {
        const num: NumDef = { abstractId: wAttr(child(el, 'w', 'abstractNumId'), 'val') ?? '', startOverride: new Map(), levelOverride: new Map() };
        for (const o of children(el).filter((c) => is(c, 'w', 'lvlOverride'))) {
          const ilvl = Number(wAttr(o, 'ilvl') ?? '0');
          const start = wAttr(child(o, 'w', 'startOverride'), 'val');
          if (start !== undefined) num.startOverride.set(ilvl, Number(start));
          const lvl = child(o, 'w', 'lvl');
          if (lvl) num.levelOverride.set(ilvl, readLevel(lvl));
        }
        defs.nums.set(wAttr(el, 'numId') ?? '', num);
      }
    }
  }
  if (stylesXml) {
    const root = parseXml(stylesXml, 'word/styles.xml');
    for (const style of children(root).filter((c) => is(c, 'w', 'style'))) {
      const numPr = child(child(style, 'w', 'pPr'), 'w', 'numPr');
      const basedOn = wAttr(child(style, 'w', 'basedOn'), 'val');
      const numId = wAttr(child(numPr, 'w', 'numId'), 'val');
      const ilvl = wAttr(child(numPr, 'w', 'ilvl'), 'val');
      if (numId !== undefined || basedOn !== undefined) {
        defs.styles.set(wAttr(style, 'styleId') ?? '', { numId, ilvl: ilvl === undefined ? undefined : Number(ilvl), basedOn });
      }
    }
  }
  return defs;
}

/** A paragraph's list and level: its own w:numPr, else its style's (following basedOn). */
export function paragraphList(defs: NumberingDefs, own: { numId?: string; ilvl?: number }, styleId: string | undefined): { numId: string; ilvl: number } | undefined {
  if (own.numId !== undefined) return own.numId === '0' ? undefined : { numId: own.numId, ilvl: own.ilvl ?? 0 };
  const seen = new Set<string>();
  for (let id = styleId; id !== undefined && !seen.has(id); ) {
    seen.add(id);
    const s = defs.styles.get(id);
    if (!s) return undefined;
    if (s.numId !== undefined) return s.numId === '0' ? undefined : { numId: s.numId, ilvl: own.ilvl ?? s.ilvl ?? 0 };
    id = s.basedOn;
  }
  return undefined;
}

function kindOf(numFmt: string): LabelKind {
  switch (numFmt) {
    case 'decimal': case 'decimalZero': case 'hindiNumbers': case 'arabicDigits': case 'decimalFullWidth': case 'decimalHalfWidth':
      return 'digits';
    case 'arabicAlpha':
      return 'alphabetical';
    case 'arabicAbjad':
      return 'abjad';
    case 'bullet': case 'none':
      return 'bullet';
    default:
      return 'other';
  }
}

/**
 * One counter as Word formats it. Word's `arabicAlpha` runs through the Arabic alphabet (أ، ب، ت …);
 * a Persian document means the Persian order with پ، چ، ژ، گ, which FORMAT.md fixes, so both alphabetic
 * formats are read in the two orders the format knows. Digits are written in Persian.
 */
function formatCounter(value: number, numFmt: string): string {
  switch (kindOf(numFmt)) {
    case 'digits':
      return toPersianDigits(numFmt === 'decimalZero' && value < 10 ? `0${value}` : String(value));
    case 'alphabetical':
      return ALPHABET_LABELS[value - 1] ?? toPersianDigits(value);
    case 'abjad':
      return ABJAD_LABELS[value - 1] ?? toPersianDigits(value);
    case 'bullet':
      return '';
    default:
      if (numFmt === 'lowerLetter' || numFmt === 'upperLetter') {
        const letter = String.fromCharCode(0x61 + ((value - 1) % 26));
        return numFmt === 'upperLetter' ? letter.toUpperCase() : letter;
      }
      return toPersianDigits(value);
  }
}

/**
 * Counts list paragraphs in document order, as Word does: a level's counter starts at its start value
 * (or the list instance's override), goes up by one at each paragraph of that level, and every deeper
 * level starts again. List instances of one abstract list share counters unless they restart.
 */
export class ListCounter {
  private readonly counters = new Map<string, number[]>();

  constructor(private readonly defs: NumberingDefs) {}

  next(numId: string, ilvl: number): ListLabel | undefined {
    const num = this.defs.nums.get(numId);
    if (!num) return undefined;
    const levels = this.defs.abstracts.get(num.abstractId);
    const levelDef = (l: number): LevelDef | undefined => num.levelOverride.get(l) ?? levels?.get(l);
    const def = levelDef(ilvl);
    if (!def) return undefined;
    const key = num.startOverride.size > 0 || num.levelOverride.size > 0 ? `num:${numId}` : `abs:${num.abstractId}`;
    let state = this.counters.get(key);
    if (!state) {
      state = [];
      this.counters.set(key, state);
    }
    const startOf = (l: number): number => num.startOverride.get(l) ?? levelDef(l)?.start ?? 1;
    state[ilvl] = state[ilvl] === undefined ? startOf(ilvl) : state[ilvl]! + 1;
    state.length = ilvl + 1;
    const kind = kindOf(def.numFmt);
    const text = def.lvlText.replace(/%([1-9])/g, (_, d: string) => {
      const l = Number(d) - 1;
      const value = state![l] ?? startOf(l);
      return formatCounter(value, levelDef(l)?.numFmt ?? 'decimal');
    });
    return { text: kind === 'bullet' ? '' : text.trim(), kind, level: ilvl, value: state[ilvl]! };
  }
}
