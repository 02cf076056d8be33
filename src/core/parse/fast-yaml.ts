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
 * check, and the cursor. Everything about the document lives in this instance, none in the module. (A
 * class rather than closures made per document: V8 optimises the methods once, with the fields' types,
 * where closures made anew for each draft kept it from specialising them, a fifth of the reader's time.)
 */
class DocumentReader {
  /** The document as a string, for slicing. */
  private readonly src: string;
  private readonly n: number;
  private readonly u: Uint16Array;
  /** The same code units two at a time, for the scanning loops. */
  private readonly words: Uint32Array;
  // The cursor. `pos` is the start of the next line to look at; after `peek()`, `ci` is the indentation
  // of the next content line (-1 at the end of the input) and `cp` the position of its first non-space.
  private pos = 0;
  private ci = -1;
  private cp = 0;
  private keyHash = 0;

  constructor(text: string, store: ArrayBuffer) {
    this.src = text;
    this.n = text.length;
    this.u = new Uint16Array(store);
    this.words = new Uint32Array(store);
  }

  /**
   * The first position at or after `i` whose class in `t` is not 0; the sentinel stops every scan. Two
   * code units a step: this loop is most of the reader's time.
   */
  stop(i: number, t: Uint8Array): number {
    const a = this.u;
    if ((i & 1) !== 0) {
      if (t[a[i]!] !== 0) return i;
      i++;
    }
    const w = this.words;
    let j = i >> 1;
    let x = w[j]!;
    while ((t[x & 0xffff]! | t[x >>> 16]!) === 0) x = w[++j]!;
    i = j << 1;
    return t[a[i]!] !== 0 ? i : i + 1;
  }

  // The cursor. `pos` is the start of the next line to look at; after `peek()`, `ci` is the indentation
  // of the next content line (-1 at the end of the input) and `cp` the position of its first non-space.

  atEnd(): boolean {
    return this.ci === -1;
  }

  bail(): never {
    throw BAIL;
  }

  /** The position of the '\n' (or the sentinel) that ends the line containing `i`; bails on bad characters. */
  lineEnd(i: number): number {
    for (;;) {
      i = this.stop(i, LINE);
      const k = LINE[this.u[i]!];
      if (k === 2) return i;
      if (k !== 3 || (this.u[i + 1]! & 0xfc00) !== 0xdc00) this.bail();
      i += 2;
    }
  }

  /** Skips blank lines and full-line comments from `pos`, and describes the next content line. */
  peek(): void {
    let p = this.pos;
    while (p < this.n) {
      let q = p;
      while (this.u[q] === 0x20) q++;
      const c = this.u[q];
      if (c === 0x0a) {
        p = q + 1;
      } else if (c === 0x23) {
        p = this.lineEnd(q) + 1;
      } else {
        this.pos = p;
        this.ci = q - p;
        this.cp = q;
        return;
      }
    }
    this.pos = this.n;
    this.ci = -1;
    this.cp = this.n;
  }


  /**
   * If a plain key followed by ':' and a space or line end starts at `p`, the position of the ':' (and
   * the key's hash in `keyHash`); else -1.
   */
  keyEnd(p: number): number {
    const a = this.u;
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
    this.keyHash = h;
    return q;
  }

  /** The key in [p, q) whose hash `keyEnd` left in `keyHash`; bails on keys js-yaml reads differently. */
  keyAt(p: number, q: number): string {
    const slot = this.keyHash & (KEY_SLOTS - 1);
    const cached = keyCache[slot]!;
    const len = q - p;
    if (cached.length === len) {
      const a = this.u;
      let j = 0;
      while (j < len && cached.charCodeAt(j) === a[p + j]) j++;
      if (j === len) return cached;
    }
    if (len > 64) {
      const long = this.src.slice(p, q);
      if (reservedKey(long)) this.bail();
      return long;
    }
    // A fresh string, not a slice: a slice would keep this whole document alive in the cache.
    const key = String.fromCharCode(...this.u.subarray(p, q));
    if (reservedKey(key)) this.bail();
    keyCache[slot] = key;
    return key;
  }

  isDash(p: number): boolean {
    const d = this.u[p + 1];
    return this.u[p] === 0x2d && (d === 0x20 || d === 0x0a);
  }

  /** A block mapping whose entries start at column `indent`; its first key starts at `kp`. */
  readMapping(indent: number, kp: number, depth: number): Record<string, unknown> {
    if (depth > MAX_DEPTH) this.bail();
    const obj: Record<string, unknown> = {};
    for (;;) {
      const q = this.keyEnd(kp);
      if (q < 0) this.bail();
      const key = this.keyAt(kp, q);
      if (Object.hasOwn(obj, key)) this.bail();
      obj[key] = this.readValue(indent, q + 1, depth);
      this.peek();
      if (this.ci !== indent) {
        if (this.ci > indent) this.bail();
        return obj;
      }
      kp = this.cp;
    }
  }

  /** A block sequence whose dashes are at column `indent`; the cursor is on its first entry. */
  readSequence(indent: number, depth: number): unknown[] {
    if (depth > MAX_DEPTH) this.bail();
    const arr: unknown[] = [];
    for (;;) {
      if (this.u[this.cp + 1] !== 0x20) this.bail(); // a lone '-': the entry is on the following lines (or null)
      let p = this.cp + 2;
      while (this.u[p] === 0x20) p++;
      const c = this.u[p];
      if (c === 0x0a || c === 0x23) this.bail();
      if (this.isDash(p)) {
        // A sequence in a sequence, written compactly (`- - x`), as a table's rows are (format 1.1).
        this.cp = p;
        this.ci = p - this.pos;
        arr.push(this.readSequence(this.ci, depth + 1));
      } else if (this.keyEnd(p) >= 0) arr.push(this.readMapping(p - this.pos, p, depth + 1));
      else arr.push(this.readScalar(p, indent));
      this.peek();
      if (this.ci !== indent) {
        if (this.ci > indent) this.bail();
        return arr;
      }
      if (this.u[this.cp] !== 0x2d) return arr;
    }
  }

  /** The value after a key's ':' at `p`; `owner` is the column of the mapping the key belongs to. */
  readValue(owner: number, p: number, depth: number): unknown {
    while (this.u[p] === 0x20) p++;
    if (this.u[p] !== 0x0a) return this.readScalar(p, owner);
    this.pos = p + 1;
    this.peek();
    if (this.ci > owner) {
      if (this.isDash(this.cp)) return this.readSequence(this.ci, depth + 1);
      return this.readMapping(this.ci, this.cp, depth + 1);
    }
    // YAML lets a mapping's sequence value sit at the mapping's own indentation.
    if (this.ci === owner && this.isDash(this.cp)) return this.readSequence(this.ci, depth + 1);
    return null;
  }

  /** A scalar starting at `p` (not a space, not a line end); leaves `pos` at the next line. */
  readScalar(p: number, owner: number): unknown {
    const c = this.u[p];
    if (c === 0x3e) return this.readBlockScalar(p, owner, true);
    if (c === 0x7c) return this.readBlockScalar(p, owner, false);
    if (c === 0x27) return this.readSingleQuoted(p);
    if (c === 0x22) return this.readDoubleQuoted(p);
    return this.readPlain(p);
  }

  readPlain(p: number): unknown {
    const first = this.u[p]!;
    if (INDICATOR[first] === 1 && first !== 0x2d) this.bail();
    let i = p;
    for (;;) {
      i = this.stop(i, PLAIN);
      const k = PLAIN[this.u[i]!];
      if (k === 2) break;
      if (k === 4) {
        const d = this.u[i + 1];
        if (d === 0x20 || d === 0x0a) this.bail(); // `a: b` or a trailing ':'
        i++;
      } else if (k === 5) {
        if (this.u[i - 1] === 0x20) this.bail(); // ` #` starts a comment
        i++;
      } else if (k === 3 && (this.u[i + 1]! & 0xfc00) === 0xdc00) {
        i += 2;
      } else {
        this.bail();
      }
    }
    this.pos = i + 1;
    let e = i;
    while (this.u[e - 1] === 0x20) e--;
    // Anything made only of [-+.0-9a-zA-Z_] that starts like a number may be an int, a float, .inf,
    // .nan, 0x…, 0o…, 1_000 …: only canonical decimal integers and fractions are taken, the rest is left to js-yaml.
    if ((first >= 0x30 && first <= 0x39) || first === 0x2d || first === 0x2b || first === 0x2e) {
      let j = p;
      while (j < e && NUMERIC[this.u[j]!] === 1) j++;
      if (j === e) return this.decimalNumber(p, e);
      if (first === 0x2d) this.bail();
      return this.src.slice(p, e);
    }
    const s = this.src.slice(p, e);
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
  decimalNumber(p: number, e: number): number {
    let j = p;
    if (this.u[j] === 0x2d) j++;
    if (j === e) this.bail();
    const lead = j;
    while (j < e && this.u[j]! >= 0x30 && this.u[j]! <= 0x39) j++;
    const digits = j - lead;
    if (digits === 0 || (this.u[lead] === 0x30 && digits > 1)) this.bail();
    if (j === e) {
      if (digits === 1 && this.u[lead] === 0x30) return 0; // js-yaml reads -0 as 0 too
      const value = Number(this.src.slice(p, e));
      if (!Number.isSafeInteger(value)) this.bail();
      return value;
    }
    if (this.u[j] !== 0x2e || j + 1 === e) this.bail();
    for (j++; j < e; j++) {
      const d = this.u[j]!;
      if (d < 0x30 || d > 0x39) this.bail();
    }
    return Number(this.src.slice(p, e));
  }


  /** Only spaces may follow a closing quote on its line. */
  afterQuote(i: number): void {
    while (this.u[i] === 0x20) i++;
    if (this.u[i] !== 0x0a) this.bail();
    this.pos = i + 1;
  }

  readSingleQuoted(p: number): string {
    let out = '';
    let start = p + 1;
    let i = start;
    for (;;) {
      const c = this.u[i]!;
      if (c === 0x27) {
        if (this.u[i + 1] === 0x27) {
          out += this.src.slice(start, i + 1);
          i += 2;
          start = i;
          continue;
        }
        break;
      }
      const k = LINE[c];
      if (k === 0) i++;
      else if (k === 3 && (this.u[i + 1]! & 0xfc00) === 0xdc00) i += 2;
      else this.bail(); // a line break (multi-line scalar) or a character js-yaml refuses
    }
    out += this.src.slice(start, i);
    this.afterQuote(i + 1);
    return out;
  }

  readDoubleQuoted(p: number): string {
    let i = p + 1;
    for (;;) {
      const c = this.u[i]!;
      if (c === 0x22) break;
      if (c === 0x5c) this.bail(); // escapes are left to js-yaml
      const k = LINE[c];
      if (k === 0) i++;
      else if (k === 3 && (this.u[i + 1]! & 0xfc00) === 0xdc00) i += 2;
      else this.bail();
    }
    const out = this.src.slice(p + 1, i);
    this.afterQuote(i + 1);
    return out;
  }

  /**
   * `>`, `>-`, `|` or `|-` at `p`, its content indented more than `owner`. Bails on keep chomping,
   * indentation indicators, anything after the header, a blank line before the content, whitespace-only
   * lines longer than the indentation, and more-indented lines in a folded scalar.
   */
  readBlockScalar(p: number, owner: number, folded: boolean): string {
    let i = p + 1;
    let strip = false;
    if (this.u[i] === 0x2d) {
      strip = true;
      i++;
    }
    while (this.u[i] === 0x20) i++;
    if (this.u[i] !== 0x0a || i >= this.n) this.bail();
    let ls = i + 1;
    let q = ls;
    while (this.u[q] === 0x20) q++;
    if (this.u[q] === 0x0a) this.bail(); // a blank first line, or the end of the input
    const indent = q - ls;
    if (indent <= owner) this.bail(); // an empty scalar
    let out = '';
    let first = true;
    let empty = 0;
    while (ls < this.n) {
      const lim = ls + indent;
      q = ls;
      while (q < lim && this.u[q] === 0x20) q++;
      const c = this.u[q];
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
        if (folded) this.bail();
        let r = q;
        while (this.u[r] === 0x20) r++;
        if (this.u[r] === 0x0a) this.bail();
      }
      const e = this.lineEnd(q);
      const line = this.src.slice(q, e);
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
    this.pos = ls;
    return strip ? out : out + '\n';
  }

  read(): unknown {
    this.pos = 0;
    this.peek();
    if (this.ci !== 0 || this.keyEnd(this.cp) < 0) return BAIL;
    const data = this.readMapping(0, this.cp, 1);
    return this.atEnd() ? data : BAIL; // always so: a mapping at column 0 ends only at the end of the input
  }

  /** Over this document's code units, two a step: several times faster than a regex over the string. */
  has(table: Uint8Array, confirm: (at: number) => boolean): boolean {
    const a = this.u;
    const w = this.words;
    const last = (this.n + 1) >> 1;
    for (let j = 0; j < last; j++) {
      const x = w[j]!;
      if ((table[x & 0xffff]! | table[x >>> 16]!) === 0) continue;
      for (let i = 2 * j; i < 2 * j + 2 && i < this.n; i++) {
        const k = table[a[i]!];
        if (k === 1 || (k === 2 && confirm(i))) return true;
      }
    }
    return false;
  }

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
  const reader = new DocumentReader(text, store);
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
