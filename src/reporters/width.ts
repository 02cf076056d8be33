/**
 * How many terminal cells text takes, for lining a caret up under a word. UTF-16 length is wrong for
 * Persian: ZWNJ, ZWJ and the direction marks (RLM, LRM, the isolates) take no cell, nor do combining
 * marks (harakat); CJK and emoji take two; a character beyond the BMP is one code point, not two units.
 */
const ZERO_WIDTH = /[\p{Mn}\p{Me}\p{Cf}]/u;
const WIDE = /\p{Emoji_Presentation}|[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{20000}-\u{3FFFD}]/u;
/** Nothing here is zero-width or wide: the common case is answered without looking at each character. */
const PLAIN = /^[\u0020-\u007E\u00A0-\u02FF\u0600-\u064A\u0660-\u066F\u0671-\u06D5\u06E5-\u06E6\u06EE-\u06FF]*$/;

/**
 * The width of the characters most Persian lines are made of, without a regular expression: 1 for ASCII
 * and the Persian letters and digits, 0 for ZWNJ, ZWJ and the two direction marks; -1 for anything else.
 * (A line with one ZWNJ is not PLAIN, and testing each of its characters twice was most of a report's time.)
 */
function commonWidth(c: number): number {
  if ((c >= 0x20 && c <= 0x7e) || (c >= 0x0621 && c <= 0x063a) || (c >= 0x0641 && c <= 0x064a) || (c >= 0x06f0 && c <= 0x06f9)) return 1;
  if (c === 0x067e || c === 0x0686 || c === 0x0698 || c === 0x06a9 || c === 0x06af || c === 0x06cc || c === 0x060c || c === 0x061b || c === 0x061f) return 1;
  return c >= 0x200c && c <= 0x200f ? 0 : -1;
}

export function cellWidth(text: string): number {
  if (PLAIN.test(text)) return text.length;
  let width = 0;
  for (const ch of text) {
    const common = commonWidth(ch.charCodeAt(0));
    width += common >= 0 ? common : ZERO_WIDTH.test(ch) ? 0 : WIDE.test(ch) ? 2 : 1;
  }
  return width;
}
