import type { DataPath } from '../engine/types.js';

/**
 * Positions in a draft that the fast reader (fast-yaml.ts) accepted, found from its lines: block
 * mappings with plain keys, block sequences, one-line scalars and block scalars, nothing else. It
 * answers with the ranges `yaml` would give, and gives up (undefined) on anything it is not sure of,
 * so the caller builds the full position-tracking document only then. A draft with findings would
 * otherwise pay a millisecond or more for that document, which over a batch's defective drafts is a
 * tenth of its time.
 */
export interface LineIndex {
  text: string;
  /** Offset of each line's first character. */
  starts: number[];
  /**
   * Each block's entries (and keys) and each entry's value, worked out once per document: a draft with
   * thousands of findings in one large mapping would otherwise rescan the mapping for every finding.
   */
  blocks?: Map<string, BlockEntries>;
  values?: Map<string, Target | undefined>;
  spans?: Map<string, BlockSpan | undefined>;
}

interface BlockEntries {
  list: Entry[];
  /** Plain key to its first entry (as a search from the top finds it). */
  keys?: Map<string, Entry>;
}

export function lineIndex(text: string): LineIndex {
  const starts = [0];
  if (text.indexOf('\r') === -1) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  } else {
    // CR, LF and CRLF each end a line, as YAML counts them (validate.ts gives yaml a lone CR as an LF).
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) starts.push(i + 1);
    }
  }
  return { text, starts };
}

/** 1-based line and column of an offset, as yaml's LineCounter gives them. */
export function linePosition(index: LineIndex, offset: number): { line: number; column: number } {
  const { starts } = index;
  const at = Math.max(0, Math.min(offset, index.text.length));
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: at - starts[lo]! + 1 };
}

/** A block collection: its entries start at column `indent` on lines [from, to). */
interface Block {
  kind: 'map' | 'seq';
  indent: number;
  from: number;
  to: number;
  /** The column of the first entry when it shares its line with a sequence dash («- key: v»). */
  firstColumn?: number;
}

type Target =
  | { kind: 'block'; block: Block }
  | { kind: 'scalar'; start: number; end: number; block: boolean };

function lineEnd(index: LineIndex, line: number): number {
  const next = index.starts[line + 1];
  return next === undefined ? index.text.length : next - 1;
}

function indentOf(index: LineIndex, line: number): number {
  const { text } = index;
  const start = index.starts[line]!;
  let i = start;
  while (text.charCodeAt(i) === 0x20) i++;
  return i - start;
}

/**
 * A line with nothing on it, or (unless `comments` is false, as inside a block scalar, where such a
 * line is content) only a comment.
 */
function isBlank(index: LineIndex, line: number, comments = true): boolean {
  const { text } = index;
  const end = lineEnd(index, line);
  let i = index.starts[line]!;
  while (i < end && text.charCodeAt(i) === 0x20) i++;
  return i >= end || (comments && text.charCodeAt(i) === 0x23);
}

function isDash(index: LineIndex, at: number, end: number): boolean {
  return index.text.charCodeAt(at) === 0x2d && (at + 1 >= end || index.text.charCodeAt(at + 1) === 0x20);
}

/** The first line at or after `from` (before `to`) that has content. */
function nextContent(index: LineIndex, from: number, to: number): number {
  let line = from;
  while (line < to && isBlank(index, line)) line++;
  return line;
}

/** Where the block that starts after a key or dash on line `line` ends, given its parent's indent. */
function blockEnd(index: LineIndex, from: number, to: number, parentIndent: number, sameIndentDashes: boolean): number {
  let line = from;
  for (; line < to; line++) {
    if (isBlank(index, line)) continue;
    const indent = indentOf(index, line);
    if (indent > parentIndent) continue;
    if (sameIndentDashes && indent === parentIndent && isDash(index, index.starts[line]! + indent, lineEnd(index, line))) continue;
    break;
  }
  return line;
}

/** The value that starts at `at` on line `line` (after «key: » or «- »), inside a block of indent `indent`. */
function valueAt(index: LineIndex, line: number, at: number, indent: number, to: number, inSequence: boolean): Target | undefined {
  const { text } = index;
  const end = lineEnd(index, line);
  let pos = at;
  while (pos < end && text.charCodeAt(pos) === 0x20) pos++;
  if (pos >= end) {
    // Nothing on the line: a nested block follows, or the value is null (left to yaml).
    const first = nextContent(index, line + 1, to);
    if (first >= to) return undefined;
    const childIndent = indentOf(index, first);
    const dash = isDash(index, index.starts[first]! + childIndent, lineEnd(index, first));
    if (childIndent > indent || (childIndent === indent && dash && !inSequence)) {
      const stop = blockEnd(index, first, to, indent, childIndent === indent);
      return { kind: 'block', block: { kind: dash ? 'seq' : 'map', indent: childIndent, from: first, to: stop } };
    }
    return undefined;
  }
  const c = text.charCodeAt(pos);
  if (c === 0x7c || c === 0x3e) {
    // A block scalar: from its header to the newline after its last line with content. Its lines are
    // those indented at least as much as its first; a line starting with '#' among them is content,
    // not a comment, and the first less indented line (a comment too) ends it.
    let contentIndent = -1;
    let last = line;
    for (let l = line + 1; l < to; l++) {
      if (isBlank(index, l, false)) continue;
      const lineIndent = indentOf(index, l);
      if (contentIndent === -1) {
        if (lineIndent <= indent) break;
        contentIndent = lineIndent;
      }
      if (lineIndent < contentIndent) break;
      last = l;
    }
    if (last === line) return undefined;
    const close = lineEnd(index, last);
    return { kind: 'scalar', start: pos, end: Math.min(close + 1, text.length), block: true };
  }
  let stop = end;
  while (stop > pos && text.charCodeAt(stop - 1) === 0x20) stop--;
  if (inSequence && isDash(index, pos, end)) return undefined;
  // «- key: value»: a mapping that starts on the dash's line.
  const key = keyAt(index, pos, end);
  if (inSequence && key !== undefined) {
    const stopLine = blockEnd(index, line + 1, to, indent, false);
    return { kind: 'block', block: { kind: 'map', indent: pos - index.starts[line]!, from: line, to: stopLine, firstColumn: pos - index.starts[line]! } };
  }
  if (key !== undefined) return undefined;
  return { kind: 'scalar', start: pos, end: stop, block: false };
}

/** The plain key that starts at `at` («key:» then a space or the end of the line), if one does. */
function keyAt(index: LineIndex, at: number, end: number): string | undefined {
  const { text } = index;
  let i = at;
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    const word = (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f || c === 0x2d;
    if (!word) break;
  }
  if (i === at || text.charCodeAt(i) !== 0x3a) return undefined;
  if (i + 1 < end && text.charCodeAt(i + 1) !== 0x20) return undefined;
  return text.slice(at, i);
}

interface Entry {
  line: number;
  /** Offset where the entry starts: the key, or the dash. */
  at: number;
}

function entries(index: LineIndex, block: Block): Entry[] {
  const out: Entry[] = [];
  for (let line = block.from; line < block.to; line++) {
    if (isBlank(index, line)) continue;
    const column = line === block.from && block.firstColumn !== undefined ? block.firstColumn : indentOf(index, line);
    if (column === block.indent) out.push({ line, at: index.starts[line]! + column });
    else if (column < block.indent) return out;
  }
  return out;
}

/** A range of the source; `block` when it is a block scalar's. */
export interface SourceRange {
  start: number;
  end: number;
  block: boolean;
}

function blockId(block: Block): string {
  return `${block.kind}:${block.from}:${block.to}:${block.indent}:${block.firstColumn ?? -1}`;
}

function entriesOf(index: LineIndex, block: Block): BlockEntries {
  index.blocks ??= new Map();
  const id = blockId(block);
  let found = index.blocks.get(id);
  if (found === undefined) index.blocks.set(id, (found = { list: entries(index, block) }));
  return found;
}

function keyedEntry(index: LineIndex, block: Block, key: string): Entry | undefined {
  const of = entriesOf(index, block);
  if (of.keys === undefined) {
    of.keys = new Map();
    for (const e of of.list) {
      const k = keyAt(index, e.at, lineEnd(index, e.line));
      if (k !== undefined && !of.keys.has(k)) of.keys.set(k, e);
    }
  }
  return of.keys.get(key);
}

/** The value of an entry of a block: what follows its key, or its dash (worked out once per entry). */
function entryValue(index: LineIndex, block: Block, entry: Entry): Target | undefined {
  index.values ??= new Map();
  const id = `${blockId(block)}@${entry.at}`;
  if (index.values.has(id)) return index.values.get(id);
  const value = entryValueOf(index, block, entry);
  index.values.set(id, value);
  return value;
}

function entryValueOf(index: LineIndex, block: Block, entry: Entry): Target | undefined {
  if (block.kind === 'seq') return valueAt(index, entry.line, entry.at + 1, block.indent, block.to, true);
  const key = keyAt(index, entry.at, lineEnd(index, entry.line));
  return key === undefined ? undefined : valueAt(index, entry.line, entry.at + key.length + 1, block.indent, block.to, false);
}

/**
 * Comment lines after a collection's last value that yaml keeps in that collection as an entry of their
 * own (blank lines and the next content line's indentation included): they end where the next content
 * starts. `indent` is the deepest comment's column, which decides which collection keeps them.
 */
interface Trail {
  end: number;
  indent: number;
}

/** The range of a block (from its first entry to where its last value ends) and its trailing comments. */
interface BlockSpan {
  start: number;
  end: number;
  trail?: Trail;
}

/**
 * The range yaml gives a block collection: from its first entry to the end of the line its last entry's
 * value ends on, newline included (a block scalar's range already ends there). Comments after that are
 * outside it, but for those yaml hangs on the last value: ones indented deeper than the block's entries,
 * blank lines between allowed («x: x\n #»). The other comments after it are an entry of the innermost
 * collection open at that point; when yaml closes a collection, that entry moves up to the parent unless
 * a comment in it is indented at least as deep as the collection, and a parent's range ends where its
 * last value's collection ends, those comments included (yaml's parser.js pop() and resolve-block-map).
 */
function blockRange(index: LineIndex, block: Block): SourceRange | undefined {
  const span = blockSpan(index, block);
  return span && { start: span.start, end: span.end, block: false };
}

function blockSpan(index: LineIndex, block: Block): BlockSpan | undefined {
  index.spans ??= new Map();
  const id = blockId(block);
  if (index.spans.has(id)) return index.spans.get(id);
  const span = blockSpanOf(index, block);
  index.spans.set(id, span);
  return span;
}

function blockSpanOf(index: LineIndex, block: Block): BlockSpan | undefined {
  let list = entriesOf(index, block).list;
  // In a mapping, dashes at its own indent are the items of a sequence under its previous key.
  if (block.kind === 'map') list = list.filter((e) => !isDash(index, e.at, lineEnd(index, e.line)));
  const first = list[0];
  const last = list[list.length - 1];
  if (!first || !last) return undefined;
  const value = entryValue(index, block, last);
  if (value === undefined) return undefined;
  if (value.kind === 'block') {
    const inner = blockSpan(index, value.block);
    if (!inner) return undefined;
    const { trail } = inner;
    if (trail === undefined) return { start: first.at, end: inner.end };
    // The inner collection keeps its trailing comments, or hands them up to this one.
    if (value.block.indent === 0 || trail.indent < value.block.indent) return { start: first.at, end: inner.end, trail };
    return { start: first.at, end: trail.end };
  }
  const valueLine = value.block ? lineOf(index, value.end - 1) : last.line;
  let endLine = valueLine;
  for (;;) {
    let line = endLine + 1;
    while (line < index.starts.length && isEmpty(index, line)) line++;
    const comment = line < index.starts.length ? commentIndent(index, line) : -1;
    if (comment <= block.indent) break;
    // Whether yaml hangs such a comment on a block scalar is not worked out here: left to yaml.
    if (value.block) return undefined;
    endLine = line;
  }
  const end = endLine === valueLine && value.block ? value.end : Math.min(lineEnd(index, endLine) + 1, index.text.length);
  return { start: first.at, end, trail: trailAfter(index, endLine) };
}

/** The comment lines (with blank lines) after line `after`, up to the next content, if there are any. */
function trailAfter(index: LineIndex, after: number): Trail | undefined {
  let deepest = -1;
  let line = after + 1;
  for (; line < index.starts.length; line++) {
    if (isEmpty(index, line)) continue;
    const comment = commentIndent(index, line);
    if (comment === -1) break;
    deepest = Math.max(deepest, comment);
  }
  if (deepest === -1) return undefined;
  const end = line < index.starts.length ? index.starts[line]! + indentOf(index, line) : index.text.length;
  return { end, indent: deepest };
}

/** The line an offset is on. */
function lineOf(index: LineIndex, offset: number): number {
  return linePosition(index, offset).line - 1;
}

/** A line with only spaces (or nothing) on it. */
function isEmpty(index: LineIndex, line: number): boolean {
  const { text } = index;
  const end = lineEnd(index, line);
  let i = index.starts[line]!;
  while (i < end && text.charCodeAt(i) === 0x20) i++;
  return i >= end;
}

/** The column of the '#' on a line that holds only a comment, or -1. */
function commentIndent(index: LineIndex, line: number): number {
  const indent = indentOf(index, line);
  const at = index.starts[line]! + indent;
  return at < lineEnd(index, line) && index.text.charCodeAt(at) === 0x23 ? indent : -1;
}

/**
 * The source range of the scalar or block collection at `path` (or of its key, with `key`), as
 * locate.ts's locatePath would give it; undefined when the path leads anywhere else, so that the
 * caller asks yaml.
 */
export function fastLocatePath(
  index: LineIndex,
  path: DataPath,
  opts: { key?: boolean } = {},
): SourceRange | undefined {
  const top = nextContent(index, 0, index.starts.length);
  let block: Block = { kind: 'map', indent: 0, from: top, to: index.starts.length };
  if (top >= index.starts.length || indentOf(index, top) !== 0) return undefined;
  // The whole document: a missing required key is reported there.
  if (path.length === 0) return opts.key ? undefined : blockRange(index, block);
  let target: Target | undefined;
  // The key the current block was reached by, if it was reached by a key (not by an index).
  let viaKey: SourceRange | undefined;
  // Where the path runs past what exists (a missing required key), yaml's locatePath gives the key of
  // the deepest block that exists, or, reached by an index or at the top, that block itself.
  const missing = (): SourceRange | undefined => viaKey ?? blockRange(index, block);
  for (let k = 0; k < path.length; k++) {
    const segment = path[k]!;
    const last = k === path.length - 1;
    if (block.kind === 'map') {
      if (typeof segment !== 'string') return undefined;
      const found = keyedEntry(index, block, segment);
      if (!found) return missing();
      const keyRange = { start: found.at, end: found.at + segment.length, block: false };
      if (last && opts.key) return keyRange;
      target = entryValue(index, block, found);
      viaKey = keyRange;
    } else {
      if (typeof segment !== 'number' || (last && opts.key)) return undefined;
      const found = entriesOf(index, block).list[segment];
      if (!found) return missing();
      if (!isDash(index, found.at, lineEnd(index, found.line))) return undefined;
      target = entryValue(index, block, found);
      viaKey = undefined;
    }
    if (target === undefined) return undefined;
    if (target.kind === 'block') {
      if (last) return blockRange(index, target.block);
      block = target.block;
    } else if (!last) {
      return undefined;
    }
  }
  return target?.kind === 'scalar' ? { start: target.start, end: target.end, block: target.block } : undefined;
}


