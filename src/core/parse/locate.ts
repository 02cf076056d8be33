import type { Document, LineCounter, Node, Pair } from 'yaml';
import type { DataPath } from '../engine/types.js';
import { LIMITS } from '../limits.js';
import { lineIndex, linePosition, type LineIndex } from './fast-locate.js';
import { normaliseLoneCR } from './line-breaks.js';
import { yaml } from './yaml-lib.js';

/** A position-tracking view of a source, built only when a file has something to report. */
export interface SourceMap {
  doc: Document.Parsed;
  lineCounter: LineCounter;
  text: string;
  /** Each mapping's keys, indexed on first look-up: thousands of findings in one mapping stay linear. */
  keyIndex?: WeakMap<object, Map<string, Pair>>;
  /** Where the last span search in a scalar stopped, so the next one in the same scalar goes on from there. */
  spanCursor?: SpanCursor;
  /** Line starts counted from the text, built on the first position asked for. */
  lines?: LineIndex;
}

/** How far a value has been walked against its source: value[0, v) ends before source offset s. */
export interface SpanCursor {
  start: number;
  value: string;
  v: number;
  s: number;
}

export interface Located {
  start: number;
  end: number;
  /** Set when the span inside a string was found verbatim in the source, so an edit there is safe. */
  exact: boolean;
}

export function buildSourceMap(source: string): SourceMap {
  // yaml does not count a lone CR as a line break (YAML does): given as an LF, offsets unchanged.
  const text = normaliseLoneCR(source);
  const { LineCounter, parseDocument } = yaml();
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter,
    prettyErrors: false,
    // yaml compares each key with every earlier key of its mapping (quadratic: 40,000 keys took 15 s);
    // duplicates are found in one pass below instead, with the same error.
    uniqueKeys: false,
    strict: true,
    keepSourceTokens: false,
    schema: 'core',
    merge: false,
  });
  reportDuplicateKeys(doc);
  return { doc, lineCounter, text };
}

/**
 * yaml's DUPLICATE_KEY error for every key equal to an earlier scalar key of its mapping (yaml's own
 * test: the same scalar value), at the key, found with one set per mapping. Errors stay in source order.
 */
function reportDuplicateKeys(doc: Document.Parsed): void {
  const { isMap, isPair, isScalar, isSeq, YAMLParseError } = yaml();
  const found: InstanceType<typeof YAMLParseError>[] = [];
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isMap(node)) {
      const seen = new Set<unknown>();
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = pair.key;
        if (isScalar(key)) {
          if (seen.has(key.value) && !Number.isNaN(key.value)) {
            const at = key.range?.[0] ?? 0;
            found.push(new YAMLParseError([at, at + 1], 'DUPLICATE_KEY', 'Map keys must be unique'));
          }
          seen.add(key.value);
        } else if (key) {
          stack.push(key);
        }
        stack.push(pair.value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) stack.push(item);
    }
  }
  if (found.length === 0) return;
  doc.errors.push(...found);
  doc.errors.sort((a, b) => a.pos[0] - b.pos[0]);
}

/**
 * Line and column of an offset, counted from the text rather than by yaml's LineCounter: yaml misses
 * the line starts inside some damaged tokens (a NUL before a comment), which gave columns past the end
 * of the line.
 */
export function position(map: SourceMap, offset: number): { line: number; column: number } {
  map.lines ??= lineIndex(map.text);
  return linePosition(map.lines, offset);
}

export function toJS(map: SourceMap): unknown {
  return map.doc.toJS({ maxAliasCount: LIMITS.maxAliasCount });
}

function deref(map: SourceMap, node: unknown): unknown {
  return yaml().isAlias(node) ? (node as import('yaml').Alias).resolve(map.doc) : node;
}

/**
 * Finds the source range of the node at `path`. When the path runs past what exists (a missing
 * required key), the deepest node that does exist is returned, since that is where the fix goes.
 */
export function locatePath(
  map: SourceMap,
  path: DataPath,
  opts: { key?: boolean; span?: { index: number; length: number } } = {},
): Located {
  const { isMap, isScalar, isSeq } = yaml();
  let node: unknown = map.doc.contents;
  let pair: Pair | undefined;
  let complete = true;
  for (const segment of path) {
    node = deref(map, node);
    let next: unknown;
    let nextPair: Pair | undefined;
    if (isMap(node)) {
      nextPair = pairOf(map, node, String(segment));
      next = nextPair?.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      next = node.items[segment];
    }
    if (next === undefined || next === null) {
      if (nextPair) pair = nextPair;
      complete = Boolean(nextPair) && segment === path[path.length - 1];
      break;
    }
    node = next;
    pair = nextPair;
  }
  if (opts.key || !complete) {
    const keyNode = pair?.key as Node | undefined;
    if (keyNode?.range) return { start: keyNode.range[0], end: keyNode.range[1], exact: false };
  }
  const target = deref(map, node) as Node | null | undefined;
  const range = target?.range ?? (map.doc.contents as Node | null)?.range;
  if (!range) return { start: 0, end: 0, exact: false };
  if (opts.span && isScalar(target) && typeof target.value === 'string') {
    const found = findSpan(map.text, range[0], range[1], target.value, opts.span, map);
    if (found) return found;
  }
  return { start: range[0], end: range[1], exact: false };
}

/** The first pair of `node` whose key reads `key`, from an index built on the mapping's first look-up. */
function pairOf(map: SourceMap, node: import('yaml').YAMLMap, key: string): Pair | undefined {
  const { isPair } = yaml();
  if (node.items.length < 16) return node.items.find((p) => isPair(p) && keyOf(p) === key) as Pair | undefined;
  map.keyIndex ??= new WeakMap();
  let index = map.keyIndex.get(node);
  if (index === undefined) {
    index = new Map();
    for (const p of node.items) {
      if (!isPair(p)) continue;
      const k = keyOf(p as Pair);
      if (k !== undefined && !index.has(k)) index.set(k, p as Pair);
    }
    map.keyIndex.set(node, index);
  }
  return index.get(key);
}

function keyOf(pair: Pair): string | undefined {
  const k = pair.key;
  if (yaml().isScalar(k)) return String(k.value);
  return k === null || k === undefined ? undefined : String(k);
}

/**
 * Maps a span of a parsed string back to the source. Block, folded and quoted scalars do not map
 * character for character (header, indentation, folding, escapes), so value and source are walked
 * side by side, the source skipping what the value does not contain. A fix is only offered when the
 * source at the mapped place holds exactly the span's text.
 */
const MAX_SKIP = 64;

/** YAML's one-character escapes in double-quoted scalars (YAML 1.2 §5.7). */
const ESCAPES: Readonly<Record<string, string>> = {
  '0': '\0', a: '\x07', b: '\b', t: '\t', '\t': '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b', ' ': ' ', '"': '"',
  '/': '/', '\\': '\\', N: '\x85', _: '\xa0', L: '\u2028', P: '\u2029',
};

/** The character an escape at `at` (a backslash) stands for, and how long it is in the source; undefined if none. */
function escapeAt(source: string, at: number): { char: string; length: number } | undefined {
  const c = source[at + 1];
  if (c === undefined) return undefined;
  const simple = ESCAPES[c];
  if (simple !== undefined) return { char: simple, length: 2 };
  const digits = c === 'x' ? 2 : c === 'u' ? 4 : 0;
  if (digits === 0) return undefined;
  const hex = source.slice(at + 2, at + 2 + digits);
  if (!/^[0-9A-Fa-f]+$/.test(hex) || hex.length !== digits) return undefined;
  return { char: String.fromCharCode(parseInt(hex, 16)), length: 2 + digits };
}

export function findSpan(
  source: string,
  start: number,
  end: number,
  value: string,
  span: { index: number; length: number },
  holder?: { spanCursor?: SpanCursor },
): Located | undefined {
  const needle = value.slice(span.index, span.index + span.length);
  if (needle.length === 0) return undefined;
  let s = start;
  let from = -1;
  const stop = span.index + span.length;
  // Many findings in one long text come in order: each search goes on from where the last one stopped
  // instead of walking the text from its start again (which made such a text quadratic).
  let v = 0;
  const cursor = holder?.spanCursor;
  if (cursor !== undefined && cursor.start === start && cursor.value === value && cursor.v <= span.index) {
    v = cursor.v;
    s = cursor.s;
  }
  for (; v < stop; v++) {
    const ch = value[v]!;
    let skipped = 0;
    let width = 1;
    for (; s < end; s++) {
      // A double-quoted escape («\n», «\"», «\u0643») is one character of the value and several of the source.
      if (source[s] === '\\') {
        const escape = escapeAt(source, s);
        if (escape !== undefined && escape.char === ch) {
          width = escape.length;
          break;
        }
      }
      // A folded line break is a space in the value and a newline (plus indentation) in the source.
      if (source[s] === ch || (ch === ' ' && source[s] === '\n')) break;
      if (++skipped > MAX_SKIP) return undefined;
    }
    if (s >= end) return undefined;
    if (v === span.index) from = s;
    s += width;
  }
  if (from === -1) return undefined;
  const to = s;
  if (holder !== undefined) holder.spanCursor = { start, value, v: stop, s };
  return { start: from, end: to, exact: source.slice(from, to) === needle };
}
