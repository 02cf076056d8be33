/**
 * Bounded excerpts for messages. A finding quotes the text it is about, but never a whole huge "word":
 * a space-free run of thousands of characters quoted in every message (and again in both languages)
 * turns one finding into megabytes and a batch of them into quadratic time (issue 17).
 */

/** The most characters a message quotes from a text. */
export const EXCERPT_MAX = 40;

/** `text` when it is short enough, else its first EXCERPT_MAX - 1 characters and «…». */
export function excerpt(text: string, max = EXCERPT_MAX): string {
  if (text.length <= max) return text;
  let end = max - 1;
  // Not between the two halves of a surrogate pair.
  const c = text.charCodeAt(end - 1);
  if (c >= 0xd800 && c <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}

/**
 * The word around [index, index + length) in `value`, bounded: from the previous blank (or `before`
 * characters back, whichever is nearer) to the next blank (or as far after). The span itself is always
 * inside, so a reader sees what is wrong; a long word is cut at both ends with «…».
 */
export function wordAround(value: string, index: number, length: number, isBoundary: (c: string) => boolean = isBlank, reach = 16): string {
  let from = index;
  const minFrom = Math.max(0, index - reach);
  while (from > minFrom && !isBoundary(value[from - 1]!)) from--;
  let to = index + length;
  const maxTo = Math.min(value.length, index + length + reach);
  while (to < maxTo && !isBoundary(value[to]!)) to++;
  const cutStart = from > 0 && !isBoundary(value[from - 1]!);
  const cutEnd = to < value.length && !isBoundary(value[to]!);
  const core = value.slice(from, to);
  return `${cutStart ? "…" : ""}${excerpt(core)}${cutEnd && core.length <= EXCERPT_MAX ? "…" : ""}`;
}

const isBlank = (c: string): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\u00A0';
