/**
 * How user text becomes HTML in a rendered document: escaped first and always, digits made Persian
 * (with the Persian decimal «٫», thousands «٬» and percent «٪» signs where a number uses them), and
 * runs of Latin script isolated left-to-right so that an e-mail address, «ISO 9001» or a law's Latin
 * name keeps its order inside a right-to-left sentence.
 *
 * Everything here returns HTML that is safe to insert: the only markup it adds is its own.
 */

import { toPersianDigits } from '../../persian/digits.js';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#x27;',
  '`': '&#x60;',
  '=': '&#x3D;',
};

/** The same escaping Handlebars applies to {{ }}. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"'`=]/g, (c) => ESCAPES[c] ?? c);
}

// A Latin run starts with a Latin letter and goes on through Latin words, digits and the punctuation
// that lives inside addresses, codes and versions («m.ahmadi@example.ir», «ISO 9001:2015», «GIS-Web»),
// joined by single spaces. It does not swallow punctuation at its end: «سامانه SAMA.» keeps the full
// stop in the Persian sentence.
const L = 'A-Za-z\\u00C0-\\u024F';
const INNER = `[${L}0-9@&_+#'’/\\\\:.,-]`;
const END = `[${L}0-9/]`;
const WORD = `(?:[${L}0-9]${INNER}*${END}|[${L}0-9])`;
const LATIN_RUN = new RegExp(`[${L}](?:${INNER}*${END})?(?: ${WORD})*`, 'g');

const DIGIT = '[0-9\u06F0-\u06F9\u0660-\u0669]';
const DECIMAL = new RegExp(`(${DIGIT})\\.(?=${DIGIT})`, 'g');
const GROUPS = new RegExp(`(${DIGIT})[,\u066C](?=${DIGIT}{3}(?!${DIGIT}))`, 'g');
const PERCENT = new RegExp(`(${DIGIT})\\s?%`, 'g');

/** Digits, decimal point, thousands separator and percent sign of a Persian (non-Latin) text. */
export function persianNumbers(s: string): string {
  if (!/[0-9\u0660-\u0669]/.test(s)) return s;
  let out = s.replace(GROUPS, '$1\u066C');
  // Repeat so that «1,000,000» has every separator changed (the lookahead consumes no digits).
  out = out.replace(GROUPS, '$1\u066C');
  out = out.replace(DECIMAL, '$1\u066B').replace(PERCENT, '$1\u066A');
  return toPersianDigits(out);
}

function inline(s: string): string {
  let html = '';
  let last = 0;
  for (const m of s.matchAll(LATIN_RUN)) {
    const start = m.index ?? 0;
    html += escapeHtml(persianNumbers(s.slice(last, start)));
    html += `<bdi dir="ltr">${escapeHtml(m[0])}</bdi>`;
    last = start + m[0].length;
  }
  return html + escapeHtml(persianNumbers(s.slice(last)));
}

/**
 * A user's Persian text as HTML: see the file comment. Line breaks the author typed (a YAML `|`
 * block) are kept as <br>; runs of spaces collapse as they would in HTML anyway.
 */
export function richText(value: unknown): string {
  if (value === undefined || value === null) return '';
  const s = String(value).replace(/\r\n?/g, '\n').trim();
  return s.split('\n').map((line) => inline(line.trim())).join('<br>');
}

/** A machine field (id, e-mail, path): escaped and isolated left-to-right, digits untouched. */
export function ltrText(value: unknown): string {
  if (value === undefined || value === null || value === '') return '';
  return `<bdi dir="ltr">${escapeHtml(String(value))}</bdi>`;
}

/** A phone number: Persian digits, kept left-to-right as it is dialled. */
export function phoneText(value: unknown): string {
  if (value === undefined || value === null || value === '') return '';
  return `<bdi dir="ltr">${escapeHtml(toPersianDigits(String(value)))}</bdi>`;
}
