import { yaml } from '../parse/yaml-lib.js';

/**
 * The YAML-safe scalar writer of `draft validate --fix`: a fix that replaces a whole value writes it
 * in the style the author used (plain, 'single' or "double" quoted) where that style can hold the new
 * value, and in double quotes where it cannot, so a fix never changes what the rest of the file means.
 */

/** A number literal: the value of a number key (an article's number, `schemaVersion: 1.1`), written as a YAML number. */
const NUMBER = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?$/;
/** What a plain scalar may not start with (YAML 1.2 §7.3.3 indicators) or hold anywhere in a flow context. */
const PLAIN_START = /^[-?:,[\]{}#&*!|>'"%@`\s]/;
const PLAIN_NEVER = /[\n\r\t,[\]{}]|: |:$| #|\s$/;

/** Whether `value` reads back as the same string when written plain. */
function plainSafe(value: string): boolean {
  if (value === '' || PLAIN_START.test(value) || PLAIN_NEVER.test(value)) return false;
  try {
    // «true», «null», «1.5», «0x1F» read back as other types; a plain string reads back as itself.
    return yaml().parse(value) === value;
  } catch {
    return false;
  }
}

/** A double-quoted scalar: JSON's escapes are a subset of YAML's, but U+2028/2029 must be escaped too. */
function doubleQuoted(value: string): string {
  return JSON.stringify(value).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/**
 * Writes `value` as the scalar that replaces `original` (the node's source text). A number literal
 * becomes a YAML number whatever the original style: a whole-value fix of a number key means the number.
 */
export function writeScalar(original: string, value: string): string {
  if (NUMBER.test(value)) return value;
  const first = original.trimStart()[0];
  if (first === "'" && !/[\n\r]/.test(value)) return `'${value.replace(/'/g, "''")}'`;
  if (first === '"') return doubleQuoted(value);
  // A block scalar («|», «>») or a plain one: plain when it reads back the same, else double-quoted.
  return plainSafe(value) ? value : doubleQuoted(value);
}
