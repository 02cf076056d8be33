import { withLineBreaks } from '../parse/line-breaks.js';
import type { Finding, Fix } from './types.js';

/**
 * One pass of fixes over a text, as eslint's SourceCodeFixer applies them: the fixes sorted by
 * range, each applied unless it overlaps or touches the last one applied (that one's fix is left
 * for the next pass, which sees the text as it then is). Offsets are into the text without a BOM.
 */
export interface AppliedPass {
  output: string;
  /** The fixes applied, in source order, with their ranges in the input text. */
  applied: Fix[];
  /** Fixes left for a later pass because they overlap one applied here. */
  deferred: number;
}

export function compareFixes(a: Fix, b: Fix): number {
  return a.range[0] - b.range[0] || a.range[1] - b.range[1];
}

export function applyFixes(text: string, fixes: readonly Fix[]): AppliedPass {
  const sorted = [...fixes].sort(compareFixes);
  const crlf = text.includes('\r\n');
  const applied: Fix[] = [];
  let output = '';
  let lastPos = Number.NEGATIVE_INFINITY;
  let deferred = 0;
  for (const fix of sorted) {
    const [start, end] = fix.range;
    // eslint's test: `lastPos >= start` also defers a fix that starts where the last one ended, so two
    // edits never fuse into a word neither rule saw («مي» + « » + «شود»); a later pass applies it.
    if (lastPos >= start || start > end || start < 0 || end > text.length) {
      deferred++;
      continue;
    }
    // A no-op edit (the source already says it) is no fix: counting it would loop the passes.
    if (text.slice(start, end) === fix.text) continue;
    // The line break a fix writes is the file's own.
    output += text.slice(Math.max(0, lastPos), start) + withLineBreaks(fix.text, crlf);
    lastPos = end;
    applied.push(fix);
  }
  output += text.slice(Math.max(0, lastPos));
  return { output: applied.length > 0 ? output : text, applied, deferred };
}

/** The findings whose fixes a pass may apply (`--fix-type`, and fixes a pass refused before). */
export function fixesOf(findings: readonly Finding[], allowed: (finding: Finding) => boolean): Fix[] {
  const out: Fix[] = [];
  for (const f of findings) if (f.fix && allowed(f)) out.push(f.fix);
  return out;
}
