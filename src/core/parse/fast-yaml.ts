import { Buffer } from 'node:buffer';

/**
 * A restricted, fast reader for the YAML that drafts are written in: block mappings with plain keys,
 * block sequences, one-line plain and quoted scalars, and `>`/`>-`/`|`/`|-` block scalars. It reads
 * what it is sure of and gives up — returns BAIL — on everything else, so the caller falls back to
 * js-yaml. Whenever it returns data, `jsyaml.load(text, { schema: CORE_SCHEMA })` returns data that
 * is deep-equal to it (same key order, same types, same strings); that contract is what the tests
 * check. The text is copied once into a UTF-16 array so that the per-character work (finding line
 * ends, refusing control characters and lone surrogates as js-yaml would) runs over typed-array loads
 * rather than `charCodeAt`.
 */
export const BAIL: unique symbol = Symbol('bail');

const MAX_DEPTH = 64;

// Character classes for the scanning loops, one byte per UTF-16 code unit. The loops use the numbers
// themselves: bundled, module constants become variables that a hot loop would reload on every step.
//   0  an ordinary character
//   1  refused: C0 controls (tab and CR included), DEL and C1, U+2028/9, U+FEFF, U+FFFE/F, a lone low
//      surrogate (js-yaml throws on most of these; the rest is not worth being sure about)
//   2  '\n'
//   3  a high surrogate: fine only when a low surrogate follows
//   4  ':' and 5 '#' (only in PLAIN)
const BAD = 1;
const NL = 2;
const HIGH = 3;
const LINE = new Uint8Array(65536);
for (let c = 0; c < 0x20; c++) LINE[c] = BAD;
LINE[0x0a] = NL;
for (let c = 0x7f; c <= 0x9f; c++) LINE[c] = BAD;
LINE[0x2028] = BAD;
LINE[0x2029] = BAD;
LINE[0xfeff] = BAD;
LINE[0xfffe] = BAD;
LINE[0xffff] = BAD;
for (let c = 0xd800; c <= 0xdbff; c++) LINE[c] = HIGH;
for (let c = 0xdc00; c <= 0xdfff; c++) LINE[c] = BAD;

const PLAIN = LINE.slice();
PLAIN[0x3a] = 4;
PLAIN[0x23] = 5;

/** Characters a plain key may consist of: [A-Za-z0-9_-] (the first one must not be a digit or `-`). */
const KEY = new Uint8Array(65536);
for (let c = 0x30; c <= 0x39; c++) KEY[c] = 1;
for (let c = 0x41; c <= 0x5a; c++) KEY[c] = 2;
for (let c = 0x61; c <= 0x7a; c++) KEY[c] = 2;
KEY[0x5f] = 2;
KEY[0x2d] = 1;

/** Characters that may make up a YAML number or special value: [-+.0-9a-zA-Z_]. */
const NUMERIC = new Uint8Array(65536);
for (const ch of '-+.0123456789_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ') NUMERIC[ch.charCodeAt(0)] = 1;

/** Characters that cannot begin a plain scalar we accept: YAML indicators (and `-`, checked apart). */
const INDICATOR = new Uint8Array(65536);
for (const ch of '-?:,[]{}#&*!|>\'"%@`') INDICATOR[ch.charCodeAt(0)] = 1;

// Buffer writes UTF-16 little-endian; on a big-endian machine the arrays would read it swapped.
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

// Keys come from a small vocabulary: a cache of the strings already made for them (found by a hash
// of their characters, checked character by character) spares a slice and an internalisation per key.
// It holds only strings made for keys, never anything of a document, so documents share it.
const KEY_SLOTS = 1024;
const keyCache: string[] = new Array<string>(KEY_SLOTS).fill('');

/** Whether a key reads differently in js-yaml (null and boolean words) or is `__proto__`. */
function reservedKey(key: string): boolean {
  switch (key.length) {
    case 4:
      return key === 'null' || key === 'Null' || key === 'NULL' || key === 'true' || key === 'True' || key === 'TRUE';
    case 5:
      return key === 'false' || key === 'False' || key === 'FALSE';
    case 9:
      return key === '__proto__';
    default:
      return false;
  }
}

/**
 * A reader of one document: its text as a string for slicing and as UTF-16 code units in `store` for
 * scanning, followed by a '\n' sentinel at index `n` and a 0, so every scan stops without a bounds
 * check, and the cursor. Everything about the document lives in this call's scope, none in the module.
 */
function documentReader(text: string, store: ArrayBuffer): { read: () => unknown; has: SourceScan } {
  const src = text;
  const n = text.length;
  const u = new Uint16Array(store);
  const words = new Uint32Array(store); // the same code units two at a time, for the scanning loops

  /**
   * The first position at or after `i` whose class in `t` is not 0; the sentinel stops every scan. Two
   * code units a step: this loop is most of the reader's time.
   */
  function stop(i: number, t: Uint8Array): number {
    const a = u;
    if ((i & 1) !== 0) {
      if (t[a[i]!] !== 0) return i;
      i++;
    }
    const w = words;
    let j = i >> 1;
    let x = w[j]!;
    while ((t[x & 0xffff]! | t[x >>> 16]!) === 0) x = w[++j]!;
    i = j << 1;
    return t[a[i]!] !== 0 ? i : i + 1;
  }

  // The cursor. `pos` is the start of the next line to look at; after `peek()`, `ci` is the indentation
  // of the next content line (-1 at the end of the input) and `cp` the position of its first non-space.
  let pos = 0;
  let ci = -1;
  let cp = 0;

  function atEnd(): boolean {
    return ci === -1;
  }

  function bail(): never {
    throw BAIL;
  }

  /** The position of the '\n' (or the sentinel) that ends the line containing `i`; bails on bad characters. */
  function lineEnd(i: number): number {
    for (;;) {
      i = stop(i, LINE);
      const k = LINE[u[i]!];
      if (k === 2) return i;
      if (k !== 3 || (u[i + 1]! & 0xfc00) !== 0xdc00) bail();
      i += 2;
    }
  }

  /** Skips blank lines and full-line comments from `pos`, and describes the next content line. */
  function peek(): void {
    let p = pos;
    while (p < n) {
      let q = p;
      while (u[q] === 0x20) q++;
      const c = u[q];
      if (c === 0x0a) {
        p = q + 1;
      } else if (c === 0x23) {
        p = lineEnd(q) + 1;
      } else {
        pos = p;
        ci = q - p;
        cp = q;
        return;
      }
    }
    pos = n;
    ci = -1;
    cp = n;
  }

  let keyHash = 0;

  /**
   * If a plain key followed by ':' and a space or line end starts at `p`, the position of the ':' (and
   * the key's hash in `keyHash`); else -1.
   */
  function keyEnd(p: number): number {
    const a = u;
    const t = KEY;
    let c = a[p]!;
    if (t[c] !== 2) return -1;
    let h = c;
    let q = p + 1;
    while (t[(c = a[q]!)] !== 0) {
      h = (h * 31 + c) | 0;
      q++;
    }
    if (c !== 0x3a) return -1;
    const d = a[q + 1];
    if (d !== 0x20 && d !== 0x0a) return -1;
    keyHash = h;
    return q;
  }

  /** The key in [p, q) whose hash `keyEnd` left in `keyHash`; bails on keys js-yaml reads differently. */
  function keyAt(p: number, q: number): string {
    const slot = keyHash & (KEY_SLOTS - 1);
    const cached = keyCache[slot]!;
    const len = q - p;
    if (cached.length === len) {
      const a = u;
      let j = 0;
      while (j < len && cached.charCodeAt(j) === a[p + j]) j++;
      if (j === len) return cached;
    }
    if (len > 64) {
      const long = src.slice(p, q);
      if (reservedKey(long)) bail();
      return long;
    }
    // A fresh string, not a slice: a slice would keep this whole document alive in the cache.
    const key = String.fromCharCode(...u.subarray(p, q));
    if (reservedKey(key)) bail();
    keyCache[slot] = key;
    return key;
  }

  function isDash(p: number): boolean {
    const d = u[p + 1];
    return u[p] === 0x2d && (d === 0x20 || d === 0x0a);
  }

  /** A block mapping whose entries start at column `indent`; its first key starts at `kp`. */
  function readMapping(indent: number, kp: number, depth: number): Record<string, unknown> {
    if (depth > MAX_DEPTH) bail();
    const obj: Record<string, unknown> = {};
    for (;;) {
      const q = keyEnd(kp);
      if (q < 0) bail();
      const key = keyAt(kp, q);
      if (Object.hasOwn(obj, key)) bail();
      obj[key] = readValue(indent, q + 1, depth);
      peek();
      if (ci !== indent) {
        if (ci > indent) bail();
        return obj;
      }
      kp = cp;
    }
  }

  /** A block sequence whose dashes are at column `indent`; the cursor is on its first entry. */
  function readSequence(indent: number, depth: number): unknown[] {
    if (depth > MAX_DEPTH) bail();
    const arr: unknown[] = [];
    for (;;) {
      if (u[cp + 1] !== 0x20) bail(); // a lone '-': the entry is on the following lines (or null)
      let p = cp + 2;
      while (u[p] === 0x20) p++;
      const c = u[p];
      if (c === 0x0a || c === 0x23) bail();
      if (isDash(p)) {
        // A sequence in a sequence, written compactly (`- - x`), as a table's rows are (format 1.1).
        cp = p;
        ci = p - pos;
        arr.push(readSequence(ci, depth + 1));
      } else if (keyEnd(p) >= 0) arr.push(readMapping(p - pos, p, depth + 1));
      else arr.push(readScalar(p, indent));
      peek();
      if (ci !== indent) {
        if (ci > indent) bail();
        return arr;
      }
      if (u[cp] !== 0x2d) return arr;
    }
  }

  /** The value after a key's ':' at `p`; `owner` is the column of the mapping the key belongs to. */
  function readValue(owner: number, p: number, depth: number): unknown {
    while (u[p] === 0x20) p++;
    if (u[p] !== 0x0a) return readScalar(p, owner);
    pos = p + 1;
    peek();
    if (ci > owner) {
      if (isDash(cp)) return readSequence(ci, depth + 1);
      return readMapping(ci, cp, depth + 1);
    }
    // YAML lets a mapping's sequence value sit at the mapping's own indentation.
    if (ci === owner && isDash(cp)) return readSequence(ci, depth + 1);
    return null;
  }

  /** A scalar starting at `p` (not a space, not a line end); leaves `pos` at the next line. */
  function readScalar(p: number, owner: number): unknown {
    const c = u[p];
    if (c === 0x3e) return readBlockScalar(p, owner, true);
    if (c === 0x7c) return readBlockScalar(p, owner, false);
    if (c === 0x27) return readSingleQuoted(p);
    if (c === 0x22) return readDoubleQuoted(p);
    return readPlain(p);
  }

  function readPlain(p: number): unknown {
    const first = u[p]!;
    if (INDICATOR[first] === 1 && first !== 0x2d) bail();
    let i = p;
    for (;;) {
      i = stop(i, PLAIN);
      const k = PLAIN[u[i]!];
      if (k === 2) break;
      if (k === 4) {
        const d = u[i + 1];
        if (d === 0x20 || d === 0x0a) bail(); // `a: b` or a trailing ':'
        i++;
      } else if (k === 5) {
        if (u[i - 1] === 0x20) bail(); // ` #` starts a comment
        i++;
      } else if (k === 3 && (u[i + 1]! & 0xfc00) === 0xdc00) {
        i += 2;
      } else {
        bail();
      }
    }
    pos = i + 1;
    let e = i;
    while (u[e - 1] === 0x20) e--;
    // Anything made only of [-+.0-9a-zA-Z_] that starts like a number may be an int, a float, .inf,
    // .nan, 0x…, 0o…, 1_000 …: only canonical decimal integers and fractions are taken, the rest is left to js-yaml.
    if ((first >= 0x30 && first <= 0x39) || first === 0x2d || first === 0x2b || first === 0x2e) {
      let j = p;
      while (j < e && NUMERIC[u[j]!] === 1) j++;
      if (j === e) return decimalNumber(p, e);
      if (first === 0x2d) bail();
      return src.slice(p, e);
    }
    const s = src.slice(p, e);
    if (e - p <= 5) {
      switch (s) {
        case '~':
        case 'null':
        case 'Null':
        case 'NULL':
          return null;
        case 'true':
        case 'True':
        case 'TRUE':
          return true;
        case 'false':
        case 'False':
        case 'FALSE':
          return false;
      }
    }
    return s;
  }

  /**
   * The number in [p, e): an integer /^-?(0|[1-9][0-9]*)$/ that is safe, or a plain decimal fraction
   * /^-?(0|[1-9][0-9]*)\.[0-9]+$/ (`schemaVersion: 1.1`), read as js-yaml reads them; bails on
   * every other form (exponents, `_`, `+`, leading zeros, `.5`, `.inf`), which js-yaml is left to read.
   */
  function decimalNumber(p: number, e: number): number {
    let j = p;
    if (u[j] === 0x2d) j++;
    if (j === e) bail();
    const lead = j;
    while (j < e && u[j]! >= 0x30 && u[j]! <= 0x39) j++;
    const digits = j - lead;
    if (digits === 0 || (u[lead] === 0x30 && digits > 1)) bail();
    if (j === e) {
      if (digits === 1 && u[lead] === 0x30) return 0; // js-yaml reads -0 as 0 too
      const value = Number(src.slice(p, e));
      if (!Number.isSafeInteger(value)) bail();
      return value;
    }
    if (u[j] !== 0x2e || j + 1 === e) bail();
    for (j++; j < e; j++) {
      const d = u[j]!;
      if (d < 0x30 || d > 0x39) bail();
    }
    return Number(src.slice(p, e));
  }


  /** Only spaces may follow a closing quote on its line. */
  function afterQuote(i: number): void {
    while (u[i] === 0x20) i++;
    if (u[i] !== 0x0a) bail();
    pos = i + 1;
  }

  function readSingleQuoted(p: number): string {
    let out = '';
    let start = p + 1;
    let i = start;
    for (;;) {
      const c = u[i]!;
      if (c === 0x27) {
        if (u[i + 1] === 0x27) {
          out += src.slice(start, i + 1);
          i += 2;
          start = i;
          continue;
        }
        break;
      }
      const k = LINE[c];
      if (k === 0) i++;
      else if (k === 3 && (u[i + 1]! & 0xfc00) === 0xdc00) i += 2;
      else bail(); // a line break (multi-line scalar) or a character js-yaml refuses
    }
    out += src.slice(start, i);
    afterQuote(i + 1);
    return out;
  }

  function readDoubleQuoted(p: number): string {
    let i = p + 1;
    for (;;) {
      const c = u[i]!;
      if (c === 0x22) break;
      if (c === 0x5c) bail(); // escapes are left to js-yaml
      const k = LINE[c];
      if (k === 0) i++;
      else if (k === 3 && (u[i + 1]! & 0xfc00) === 0xdc00) i += 2;
      else bail();
    }
    const out = src.slice(p + 1, i);
    afterQuote(i + 1);
    return out;
  }

  /**
   * `>`, `>-`, `|` or `|-` at `p`, its content indented more than `owner`. Bails on keep chomping,
   * indentation indicators, anything after the header, a blank line before the content, whitespace-only
   * lines longer than the indentation, and more-indented lines in a folded scalar.
   */
  function readBlockScalar(p: number, owner: number, folded: boolean): string {
    let i = p + 1;
    let strip = false;
    if (u[i] === 0x2d) {
      strip = true;
      i++;
    }
    while (u[i] === 0x20) i++;
    if (u[i] !== 0x0a || i >= n) bail();
    let ls = i + 1;
    let q = ls;
    while (u[q] === 0x20) q++;
    if (u[q] === 0x0a) bail(); // a blank first line, or the end of the input
    const indent = q - ls;
    if (indent <= owner) bail(); // an empty scalar
    let out = '';
    let first = true;
    let empty = 0;
    while (ls < n) {
      const lim = ls + indent;
      q = ls;
      while (q < lim && u[q] === 0x20) q++;
      const c = u[q];
      if (c === 0x0a) {
        // An empty line, or one of spaces no longer than the indentation (the sentinel ends the loop).
        empty++;
        ls = q + 1;
        continue;
      }
      if (q < lim) break; // less indented: the end of the scalar
      if (c === 0x20) {
        // Folded: a more-indented line, which js-yaml does not fold. Literal: it keeps its extra spaces,
        // unless it is nothing but spaces (js-yaml keeps those too; not worth being sure of).
        if (folded) bail();
        let r = q;
        while (u[r] === 0x20) r++;
        if (u[r] === 0x0a) bail();
      }
      const e = lineEnd(q);
      const line = src.slice(q, e);
      if (first) {
        out = line;
        first = false;
      } else if (folded) {
        out += (empty === 0 ? ' ' : '\n'.repeat(empty)) + line;
      } else {
        out += '\n'.repeat(empty + 1) + line;
      }
      empty = 0;
      ls = e + 1;
    }
    pos = ls;
    return strip ? out : out + '\n';
  }

  function read(): unknown {
    pos = 0;
    peek();
    if (ci !== 0 || keyEnd(cp) < 0) return BAIL;
    const data = readMapping(0, cp, 1);
    return atEnd() ? data : BAIL; // always so: a mapping at column 0 ends only at the end of the input
  }

  /** Over this document's code units, two a step: several times faster than a regex over the string. */
  function has(table: Uint8Array, confirm: (at: number) => boolean): boolean {
    const a = u;
    const w = words;
    const last = (n + 1) >> 1;
    for (let j = 0; j < last; j++) {
      const x = w[j]!;
      if ((table[x & 0xffff]! | table[x >>> 16]!) === 0) continue;
      for (let i = 2 * j; i < 2 * j + 2 && i < n; i++) {
        const k = table[a[i]!];
        if (k === 1 || (k === 2 && confirm(i))) return true;
      }
    }
    return false;
  }

  return { read, has };
}

/**
 * Whether the document has a code unit whose class in `table` is 1, or one of class 2 for which
 * `confirm(position)` says yes. The sentinel '\n' and the 0 after the text are never looked at.
 */
export type SourceScan = (table: Uint8Array, confirm: (at: number) => boolean) => boolean;

/** What readSimpleYaml read: the data (or BAIL), and a quick scan over the copy of the text it made. */
export interface SimpleRead {
  data: unknown;
  scan?: SourceScan;
}

/**
 * The data of `text` (a leading BOM already removed) when it is in the subset this reader knows,
 * otherwise BAIL. The top level must be a block mapping.
 */
export function readSimpleYaml(text: string): unknown {
  return readSimple(text).data;
}

/**
 * Scratch memory for the code units, reused from one document to the next (a fresh buffer per draft
 * costs a quarter of the reader's time). Only memory is shared: every document's reader has its own
 * state, and a scan handed out for one document checks that the buffer still holds that document
 * (`copyOf`) before it reads it, else it reads the string.
 */
let spare = new ArrayBuffer(1 << 16);
let spareBytes = Buffer.from(spare);
let copyOf = 0;
let copies = 0;

/** readSimpleYaml, with the scan over the reader's copy of the text for the rules' quick tests. */
export function readSimple(text: string): SimpleRead {
  const len = text.length;
  if (len === 0 || !LITTLE_ENDIAN) return { data: BAIL };
  // Whole 32-bit words: the text, the sentinel '\n' and the 0 after it.
  const size = 4 * Math.ceil((len + 2) / 2);
  let store = spare;
  let bytes = spareBytes;
  if (store.byteLength < size) {
    store = new ArrayBuffer(2 * size);
    bytes = Buffer.from(store);
    // An unusually large document's copy is not kept for the next one.
    if (store.byteLength <= 1 << 22) {
      spare = store;
      spareBytes = bytes;
    }
  }
  const copy = ++copies;
  if (store === spare) copyOf = copy;
  if (bytes.write(text, 0, 'utf16le') !== 2 * len) return { data: BAIL };
  const units = new Uint16Array(store);
  units[len] = 0x0a;
  units[len + 1] = 0;
  const reader = documentReader(text, store);
  const own = store !== spare;
  const scan: SourceScan = (table, confirm) => (own || copyOf === copy ? reader.has(table, confirm) : scanString(text, table, confirm));
  try {
    return { data: reader.read(), scan };
  } catch (e) {
    if (e === BAIL) return { data: BAIL, scan };
    throw e;
  }
}

/** The scan over the string itself, for a copy that is gone. */
function scanString(text: string, table: Uint8Array, confirm: (at: number) => boolean): boolean {
  for (let i = 0; i < text.length; i++) {
    const k = table[text.charCodeAt(i)];
    if (k === 1 || (k === 2 && confirm(i))) return true;
  }
  return false;
}
