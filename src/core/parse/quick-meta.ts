import type { DraftMeta } from '../engine/types.js';

/**
 * The facts the repository rules compare (id, title, province, city, kind, status), read with a few
 * line patterns instead of a YAML parse: a run over one shard or over changed files needs them for
 * every other draft in the repository, and parsing thousands of drafts only for that costs seconds.
 * Only plain one-line string values are taken; anything else (quotes, block scalars, comments, a
 * continued line, a number or boolean, flow style, anchors, a key missing or given twice) returns
 * undefined and the caller parses the file.
 */
const PLAIN = "([^'\"|>&*!%@`#{}\\[\\]\\s,?:-][^#\\n\\r]*?)";
const line = (indent: string, key: string): RegExp => new RegExp(`^(${indent})${key}:[ \\t]+${PLAIN}[ \\t]*\\r?$`, 'gm');

const FIELDS: ReadonlyArray<[keyof DraftMeta, RegExp]> = [
  ['id', line('', 'id')],
  ['title', line('', 'title')],
  ['kind', line('', 'kind')],
  ['status', line('', 'status')],
  ['province', line('[ \\t]+', 'province')],
  ['city', line('[ \\t]+', 'city')],
];

/** What YAML's core schema would read as something other than a string. */
const NOT_A_STRING = /^(?:true|false|null|~|[-+]?(?:[0-9][0-9_]*(?:\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?|\.[0-9]+|0x[0-9a-fA-F]+|0o[0-7]+|\.inf)|\.nan)$/i;

function only(text: string, pattern: RegExp): string | undefined {
  pattern.lastIndex = 0;
  const first = pattern.exec(text);
  // A second match (a key repeated, or the key under another mapping) makes the reading unsure.
  if (!first || pattern.exec(text)) return undefined;
  const value = first[2]!;
  if (NOT_A_STRING.test(value)) return undefined;
  // A more indented, non-blank line right after it continues the value (a multi-line plain scalar).
  const rest = text.slice(first.index + first[0].length + 1);
  const next = /^([ \t]*)(\S?)/.exec(rest);
  if (next && next[2] && next[2] !== '#' && next[1]!.length > first[1]!.length && !/^[ \t]*[\w-]+:(?:[ \t]|$)/.test(rest)) return undefined;
  return value;
}

export function quickMeta(text: string): DraftMeta | undefined {
  if (!/^municipality:[ \t]*\r?$/m.test(text) || /^[^#\n]*[&*][A-Za-z0-9]/m.test(text)) return undefined;
  const meta: DraftMeta = {};
  for (const [key, pattern] of FIELDS) {
    const value = only(text, pattern);
    if (value === undefined) return undefined;
    (meta as Record<string, string>)[key] = value;
  }
  return meta;
}
