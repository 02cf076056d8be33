/**
 * YAML-safe scalars: every answer a scaffold template prints goes through `yamlScalar`, which gives
 * text that any YAML 1.2 parser (and a YAML 1.1 one, for the words 1.1 reads as booleans) reads back
 * as exactly the same value, whatever the value contains: quotes, `: `, ` #`, a leading `-`, `*`, `&`,
 * `!`, `%` or `@`, newlines, tabs, control characters, mixed Persian and Latin, ZWNJ, direction marks.
 *
 * The output is always a single line, so it is safe at any indentation and inside a `# comment`.
 * Text that is plainly safe stays plain (so a Persian title reads as written); anything else is
 * double-quoted with escapes. The rule for "plainly safe" is deliberately narrow: a whitelist of
 * characters, a first character that is a letter, a digit, «, ( or …, and nothing YAML could resolve to
 * a number, boolean, null or date.
 */

// Letters, combining marks, digits, space, ZWNJ/ZWJ and a little punctuation that has no meaning in
// YAML away from the start of a scalar. Notably absent: `:` `#` `"` `'` `\` `,` `[` `]` `{` `}` `&`
// `*` `!` `|` `>` `%` and backquote (`@` is reserved only at the start, which PLAIN_START rules out),
// tabs, and every other invisible or control character.
const PLAIN_CHARS = /^[\p{L}\p{M}\p{N} \u200C\u200D.،؛؟()«»/\-–…_@]+$/u;
const PLAIN_START = /^[\p{L}\p{N}«(…]/u;
const PLAIN_END = /[^ .\u200C\u200D]$/u;
// Anything that could be a number, a date or a sexagesimal in some YAML version starts with an ASCII
// digit and uses only ASCII letters, digits and . _ - +; such text is quoted («1405/09/09» is not).
const NUMERIC_LOOKING = /^[0-9][0-9a-zA-Z._+-]*$/;
const DATE_LIKE = /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt ]|$)/;
// YAML 1.1 booleans and nulls, plus 1.2's; matched case-insensitively on the whole scalar.
const RESERVED_WORDS = /^(?:y|n|yes|no|on|off|true|false|null|nan|inf)$/i;

/** Whether `s` can be written as a plain (unquoted) scalar and read back unchanged. */
export function isPlainSafe(s: string): boolean {
  if (s.length === 0 || s.length > 2000) return false;
  if (!PLAIN_CHARS.test(s) || !PLAIN_START.test(s) || !PLAIN_END.test(s)) return false;
  if (s.includes('  ')) return false; // folding would not touch it on one line, but keep it visible
  if (RESERVED_WORDS.test(s)) return false;
  if (NUMERIC_LOOKING.test(s) || DATE_LIKE.test(s)) return false;
  return true;
}

const hex4 = (code: number): string => `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;

/** Characters that are escaped inside double quotes rather than written as they are. */
function needsEscape(code: number): boolean {
  return (
    code < 0x20 || // C0 controls, tab, line feed, carriage return
    (code >= 0x7f && code <= 0x9f) || // DEL and C1 controls, including NEL (a line break in YAML 1.1)
    code === 0x2028 || code === 0x2029 || // line and paragraph separators
    (code >= 0x202a && code <= 0x202e) || // bidi embeddings and overrides: shown, not obeyed
    (code >= 0x2066 && code <= 0x2069) || // bidi isolates
    code === 0xfeff || code === 0xfffe || code === 0xffff ||
    (code >= 0xd800 && code <= 0xdfff) // surrogates, escaped when unpaired (pairs are handled below)
  );
}

const NAMED: Record<number, string> = { 0x00: '\\0', 0x07: '\\a', 0x08: '\\b', 0x09: '\\t', 0x0a: '\\n', 0x0b: '\\v', 0x0c: '\\f', 0x0d: '\\r', 0x1b: '\\e', 0x85: '\\N', 0x2028: '\\L', 0x2029: '\\P' };

/** A YAML double-quoted scalar, on one line, that reads back as exactly `s`. */
export function doubleQuoted(s: string): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code === 0x22) out += '\\"';
    else if (code === 0x5c) out += '\\\\';
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < s.length && s.charCodeAt(i + 1) >= 0xdc00 && s.charCodeAt(i + 1) <= 0xdfff) {
      out += s[i]! + s[i + 1]!; // a well-formed pair: an ordinary astral character
      i++;
    } else if (needsEscape(code)) out += NAMED[code] ?? hex4(code);
    else out += s[i]!;
  }
  return out + '"';
}

export type ScalarValue = string | number | boolean | null;

/**
 * The YAML text for one value. Strings are plain when plainly safe and double-quoted otherwise;
 * integers and finite numbers are written as numbers; null as `null`. Anything else is a bug in the
 * caller (a template asked for an object, or for a field that is not there) and throws.
 */
export function yamlScalar(value: ScalarValue): string {
  if (typeof value === 'string') return isPlainSafe(value) ? value : doubleQuoted(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`yamlScalar: ${value} is not a finite number`);
    return String(value);
  }
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value === null) return 'null';
  throw new TypeError(`yamlScalar: cannot write ${typeof value} as a YAML scalar`);
}
