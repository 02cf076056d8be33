/**
 * A unified diff (`diff -u`, as git and patch read it) of a draft before and after `--fix-dry-run`.
 * Fixes edit inside lines, so the two texts almost always have the same lines: they are compared
 * line by line. When the counts differ, the changed middle (after the common head and tail) is one
 * replaced block, which is still a correct diff if not the shortest.
 */

const CONTEXT = 3;

function splitLines(text: string): string[] {
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

interface Change {
  /** Index of the first changed line in a and in b, and how many lines each side has there. */
  a: number;
  aLength: number;
  b: number;
  bLength: number;
}

function changesOf(a: string[], b: string[]): Change[] {
  const out: Change[] = [];
  if (a.length === b.length) {
    for (let i = 0; i < a.length; i++) {
      if (a[i] === b[i]) continue;
      let j = i;
      while (j < a.length && a[j] !== b[j]) j++;
      out.push({ a: i, aLength: j - i, b: i, bLength: j - i });
      i = j;
    }
    return out;
  }
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  out.push({ a: head, aLength: a.length - head - tail, b: head, bLength: b.length - head - tail });
  return out;
}

const range = (start: number, length: number): string => (length === 1 ? `${start + 1}` : `${length === 0 ? start : start + 1},${length}`);

/** The diff of `before` and `after` under the name `file`; empty when they are equal. */
export function unifiedDiff(file: string, before: string, after: string): string {
  if (before === after) return '';
  const a = splitLines(before);
  const b = splitLines(after);
  const changes = changesOf(a, b);
  // git's a/ and b/ prefixes for a relative name (what `git apply` and `patch -p1` take); an absolute one as it is.
  const absolute = file.startsWith('/') || /^[A-Za-z]:[\\/]/.test(file);
  const out = absolute ? [`--- ${file}`, `+++ ${file}`] : [`--- a/${file}`, `+++ b/${file}`];
  for (let k = 0; k < changes.length;) {
    // Changes whose contexts touch make one hunk.
    let last = k;
    while (last + 1 < changes.length && changes[last + 1]!.a - (changes[last]!.a + changes[last]!.aLength) <= 2 * CONTEXT) last++;
    const first = changes[k]!;
    const end = changes[last]!;
    const aStart = Math.max(0, first.a - CONTEXT);
    const aEnd = Math.min(a.length, end.a + end.aLength + CONTEXT);
    const delta = first.b - first.a;
    const bStart = aStart + delta;
    const bEnd = Math.min(b.length, end.b + end.bLength + CONTEXT);
    out.push(`@@ -${range(aStart, aEnd - aStart)} +${range(bStart, bEnd - bStart)} @@`);
    let i = aStart;
    for (let c = k; c <= last; c++) {
      const change = changes[c]!;
      for (; i < change.a; i++) out.push(` ${a[i]}`);
      for (let n = 0; n < change.aLength; n++) out.push(`-${a[change.a + n]}`);
      for (let n = 0; n < change.bLength; n++) out.push(`+${b[change.b + n]}`);
      i = change.a + change.aLength;
    }
    for (; i < aEnd; i++) out.push(` ${a[i]}`);
    k = last + 1;
  }
  return out.join('\n') + '\n';
}
