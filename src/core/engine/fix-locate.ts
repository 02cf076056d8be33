import { writeScalar } from './fix-scalar.js';
import type { Located } from '../parse/locate.js';
import type { DataPath, Fix, RawEdit, RawReport } from './types.js';

/**
 * Turns a report's replacement (or its several edits) into a source edit, or into none when it
 * cannot be made safely. The engine locates; this decides what may be written there:
 * - inside a string, only where the source holds the span verbatim, only text that means the
 *   same in every scalar style (no quote, backslash, «#», «:» or line break), and never inside a web
 *   or e-mail address written in prose (machine text, whatever a rule thought of it);
 * - a whole value, only a scalar's, through the YAML-safe scalar writer (fix-scalar.ts);
 * - several edits, only when every one is possible and none overlaps another: then they are one
 *   fix (eslint's merged fix), from the first edit's start to the last one's end, with the source
 *   between them copied as it is, so a later pass never applies half of a renumbering.
 */

/** Text that may go into any scalar without changing how the scalar reads. */
const INLINE_SAFE = /^[^\n\r"'\\#:]*$/;
/** A web address or an e-mail address: machine text even inside prose, never edited by a fix. */
const MACHINE_TOKEN = /:\/\/|^(?:www\.|mailto:)|[\w.+-]@[\w-]+\.[A-Za-z]/i;
const TOKEN_EDGE = /[\s"'«»()<>]/;

/** Whether [start, end) lies inside a URL or an e-mail address written in the source. */
function inMachineToken(source: string, start: number, end: number): boolean {
  let from = start;
  while (from > 0 && !TOKEN_EDGE.test(source[from - 1]!)) from--;
  let to = end;
  while (to < source.length && !TOKEN_EDGE.test(source[to]!)) to++;
  return MACHINE_TOKEN.test(source.slice(from, to));
}

function isScalar(value: unknown): boolean {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value);
}

type Locate = (path: DataPath, span: RawEdit['span']) => Located;

/** Merged fixes by their edits array, which lives as long as the one validation that made it. */
const merged = new WeakMap<readonly RawEdit[], { fix: Fix | undefined; copies: number }>();
/** How much merged-fix text the findings of one draft may carry in all (copies of one fix). */
const MERGED_BUDGET = 1 << 20;

function editOf(source: string, edit: RawEdit, located: Located, valueAt: (path: DataPath) => unknown): Fix | undefined {
  if (edit.span) {
    if (!located.exact || !INLINE_SAFE.test(edit.text) || inMachineToken(source, located.start, located.end)) return undefined;
    return { range: [located.start, located.end], text: edit.text };
  }
  // A whole value: only a scalar's, never a collection's or a missing key's neighbour.
  if (!isScalar(valueAt(edit.path)) || located.end <= located.start) return undefined;
  const original = source.slice(located.start, located.end);
  // An alias or an anchored node stands for more than this place.
  if (/^[*&!]/.test(original)) return undefined;
  return { range: [located.start, located.end], text: writeScalar(original, edit.text) };
}

/** The fix a report offers, located in `source`; undefined when there is none or it is not safe. */
export function fixOf(
  source: string,
  report: Pick<RawReport, 'path' | 'span' | 'replacement' | 'edits'>,
  located: Located,
  locate: Locate,
  valueAt: (path: DataPath) => unknown,
): Fix | undefined {
  if (report.edits !== undefined && report.edits.length > 0) {
    // The findings of one renumbering share their edits (one array): located once, one Fix shared. Each
    // finding carries it, so the count of what --fix repairs is right; but a report or cache writes each
    // copy out, so past a budget of copied text the later findings go without (the first still fixes all).
    let known = merged.get(report.edits);
    if (known === undefined) merged.set(report.edits, (known = { fix: mergedFix(source, report.edits, locate, valueAt), copies: 0 }));
    if (known.fix === undefined || (known.copies > 0 && (known.copies + 1) * known.fix.text.length > MERGED_BUDGET)) return undefined;
    known.copies++;
    return known.fix;
  }
  if (report.replacement === undefined) return undefined;
  return editOf(source, { path: report.path, span: report.span, text: report.replacement }, located, valueAt);
}

function mergedFix(source: string, edits: readonly RawEdit[], locate: Locate, valueAt: (path: DataPath) => unknown): Fix | undefined {
  const fixes: Fix[] = [];
  for (const edit of edits) {
    const fix = editOf(source, edit, locate(edit.path, edit.span), valueAt);
    if (fix === undefined) return undefined;
    fixes.push(fix);
  }
  fixes.sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  let text = '';
  for (let i = 0; i < fixes.length; i++) {
    const fix = fixes[i]!;
    if (i > 0) {
      const previous = fixes[i - 1]!;
      if (fix.range[0] < previous.range[1]) return undefined;
      text += source.slice(previous.range[1], fix.range[0]);
    }
    text += fix.text;
  }
  return { range: [fixes[0]!.range[0], fixes[fixes.length - 1]!.range[1]], text };
}
