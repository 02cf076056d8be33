/**
 * Text from a draft reaches the terminal through messages (a key, a word), code frames and file names.
 * A raw ESC or CR in it would let a draft move the cursor, erase lines or print a fake "✔ no problems",
 * so every human-readable report shows control characters as visible escapes (`\x1B`, `\r`) instead.
 * Tabs and line breaks between lines are the report's own and pass through.
 */
// C0 controls but tab and line feed, DEL, and the C1 controls (U+0080–U+009F; U+009B is a one-character CSI).
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
const NAMED: Record<string, string> = { '\r': '\\r', '\u000b': '\\v', '\f': '\\f', '\b': '\\b', '\u0000': '\\0' };

const escapeOne = (c: string): string => NAMED[c] ?? `\\x${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;

/** `text` with every control character (but tab and line feed) shown as an escape. */
export function printable(text: string): string {
  CONTROL.lastIndex = 0;
  return CONTROL.test(text) ? text.replace(CONTROL, escapeOne) : text;
}
