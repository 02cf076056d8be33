import { createRequire } from 'node:module';
import type { Document, LineCounter, Node, Pair } from 'yaml';
import type { DataPath } from '../engine/types.js';
import { LIMITS } from '../limits.js';

/**
 * `yaml` costs ~40 ms to load; clean files never need it, so it is required on first use
 * (synchronously, since validation is synchronous) rather than imported up front.
 */
let yamlModule: typeof import('yaml') | undefined;
function yaml(): typeof import('yaml') {
  yamlModule ??= createRequire(import.meta.url)('yaml') as typeof import('yaml');
  return yamlModule;
}

/** A position-tracking view of a source, built only when a file has something to report. */
export interface SourceMap {
  doc: Document.Parsed;
  lineCounter: LineCounter;
  text: string;
}

export interface Located {
  start: number;
  end: number;
  /** Set when the span inside a string was found verbatim in the source, so an edit there is safe. */
  exact: boolean;
}

export function buildSourceMap(text: string): SourceMap {
  const { LineCounter, parseDocument } = yaml();
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
    strict: true,
    keepSourceTokens: false,
    schema: 'core',
    merge: false,
  });
  return { doc, lineCounter, text };
}

export function position(map: SourceMap, offset: number): { line: number; column: number } {
  const { line, col } = map.lineCounter.linePos(Math.max(0, Math.min(offset, map.text.length)));
  return { line, column: col };
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
  const { isMap, isPair, isScalar, isSeq } = yaml();
  let node: unknown = map.doc.contents;
  let pair: Pair | undefined;
  let complete = true;
  for (const segment of path) {
    node = deref(map, node);
    let next: unknown;
    let nextPair: Pair | undefined;
    if (isMap(node)) {
      nextPair = node.items.find((p) => isPair(p) && keyOf(p) === String(segment)) as Pair | undefined;
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
    const found = findSpan(map.text, range[0], range[1], target.value, opts.span);
    if (found) return found;
  }
  return { start: range[0], end: range[1], exact: false };
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

export function findSpan(
  source: string,
  start: number,
  end: number,
  value: string,
  span: { index: number; length: number },
): Located | undefined {
  const needle = value.slice(span.index, span.index + span.length);
  if (needle.length === 0) return undefined;
  let s = start;
  let from = -1;
  const stop = span.index + span.length;
  for (let v = 0; v < stop; v++) {
    const ch = value[v];
    let skipped = 0;
    // A folded line break is a space in the value and a newline (plus indentation) in the source.
    while (s < end && source[s] !== ch && !(ch === ' ' && source[s] === '\n')) {
      if (++skipped > MAX_SKIP) return undefined;
      s++;
    }
    if (s >= end) return undefined;
    if (v === span.index) from = s;
    s++;
  }
  if (from === -1) return undefined;
  const to = s;
  return { start: from, end: to, exact: source.slice(from, to) === needle };
}
