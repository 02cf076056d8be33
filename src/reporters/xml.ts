/**
 * Escaping for the XML reporters. Text is written as UTF-8, so Persian stays readable; what XML 1.0
 * cannot carry at all (C0 controls other than tab, newline and carriage return, lone surrogates,
 * U+FFFE and U+FFFF) is dropped, since no escape would make it legal.
 */

// Char ::= #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]  (XML 1.0, §2.2)
const ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Drops what XML 1.0 does not allow in a document. */
export function xmlSafe(s: string): string {
  return s.replace(ILLEGAL, '');
}

/** Escapes character data (element content). A carriage return is kept as a reference, as a parser would turn a literal one into a newline. */
export function xmlText(s: string): string {
  return xmlSafe(s).replace(/[&<>\r]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&#13;'));
}

/**
 * Escapes an attribute value for double quotes. Tab, newline and carriage return become character
 * references, as a parser normalises literal ones to spaces.
 */
export function xmlAttr(s: string): string {
  return xmlSafe(s).replace(/[&<>"'\t\n\r]/g, (c) => ATTR[c]!);
}

const ATTR: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};
