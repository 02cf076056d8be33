/**
 * How many terminal cells text takes, for lining a caret up under a word. UTF-16 length is wrong for
 * Persian: ZWNJ, ZWJ and the direction marks (RLM, LRM, the isolates) take no cell, nor do combining
 * marks (harakat); CJK and emoji take two; a character beyond the BMP is one code point, not two units.
 */
const ZERO_WIDTH = /[\p{Mn}\p{Me}\p{Cf}]/u;
const WIDE = /\p{Emoji_Presentation}|[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{20000}-\u{3FFFD}]/u;
/** Nothing here is zero-width or wide: the common case is answered without looking at each character. */
const PLAIN = /^[\u0020-\u007E\u00A0-\u02FF\u0600-\u064A\u0660-\u066F\u0671-\u06D5\u06E5-\u06E6\u06EE-\u06FF]*$/;

export function cellWidth(text: string): number {
  if (PLAIN.test(text)) return text.length;
  let width = 0;
  for (const ch of text) width += ZERO_WIDTH.test(ch) ? 0 : WIDE.test(ch) ? 2 : 1;
  return width;
}
