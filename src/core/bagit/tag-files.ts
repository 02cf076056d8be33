/**
 * Reading and writing the text inside a bag: tag-file decoding, line splitting, bag-info elements with
 * folding, and the percent-encoding of paths in manifests and fetch.txt (RFC 8493 §2.1.3, §2.2.3).
 */
import { TextDecoder } from 'node:util';

/** Tag files may end lines with LF, CR or CRLF (RFC 8493 §2.2.2); the last terminator is optional. */
export function splitLines(text: string): string[] {
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

export type DecodeResult =
  | { ok: true; text: string; hadBom: boolean }
  | { ok: false; reason: 'unsupported' | 'malformed' };

const UTF8_BOM = [0xef, 0xbb, 0xbf];

function startsWith(bytes: Buffer, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/**
 * Decodes a tag file in the encoding bagit.txt declares. The BOM is removed and reported rather than
 * silently swallowed, because a BOM is wrong in bagit.txt and merely tolerated elsewhere.
 */
export function decodeTagFile(bytes: Buffer, encoding: string): DecodeResult {
  const label = encoding.trim().toLowerCase();
  // WHATWG maps the ISO-8859-1 labels to windows-1252; the bag means true Latin-1.
  if (['iso-8859-1', 'iso8859-1', 'latin1', 'latin-1', 'l1', 'iso_8859-1'].includes(label)) {
    return { ok: true, text: bytes.toString('latin1'), hadBom: false };
  }
  let decoderLabel = label;
  let body = bytes;
  let hadBom = false;
  if (label === 'utf-16' || label === 'utf16') {
    // Plain UTF-16 is resolved by its BOM; without one we follow Python (and so bagit.py) and read LE.
    if (startsWith(bytes, [0xfe, 0xff])) {
      decoderLabel = 'utf-16be';
      body = bytes.subarray(2);
      hadBom = true;
    } else {
      decoderLabel = 'utf-16le';
      if (startsWith(bytes, [0xff, 0xfe])) {
        body = bytes.subarray(2);
        hadBom = true;
      }
    }
  } else if ((label === 'utf-8' || label === 'utf8') && startsWith(bytes, UTF8_BOM)) {
    body = bytes.subarray(3);
    hadBom = true;
  } else if (label === 'utf-16le' && startsWith(bytes, [0xff, 0xfe])) {
    body = bytes.subarray(2);
    hadBom = true;
  } else if (label === 'utf-16be' && startsWith(bytes, [0xfe, 0xff])) {
    body = bytes.subarray(2);
    hadBom = true;
  }
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(decoderLabel, { fatal: true, ignoreBOM: true });
  } catch {
    return { ok: false, reason: 'unsupported' };
  }
  try {
    return { ok: true, text: decoder.decode(body), hadBom };
  } catch {
    return { ok: false, reason: 'malformed' };
  }
}

export function isSupportedEncoding(encoding: string): boolean {
  return decodeTagFile(Buffer.alloc(0), encoding).ok;
}

/**
 * Percent-encodes a path for a manifest or fetch.txt line. Only CR, LF and `%` are encoded, as the RFC
 * demands "those characters (and only those)".
 */
export function encodeManifestPath(path: string): string {
  return path.replace(/[%\r\n]/g, (c) => (c === '%' ? '%25' : c === '\r' ? '%0D' : '%0A'));
}

/**
 * The inverse, by version. BagIt 1.0 defines %0A, %0D and %25. Before 1.0 only CR and LF were ever
 * encoded, and real 0.97 bags contain literal names such as `%7Edir` and `%test`, so `%25` is left
 * alone there (this matches bagit-python and the conformance suite's bag-with-encoded-names).
 */
export function decodeManifestPath(path: string, v1: boolean): string {
  const pattern = v1 ? /%(0A|0D|25)/gi : /%(0A|0D)/gi;
  return path.replace(pattern, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

export interface InfoElement {
  label: string;
  value: string;
  /** 1-based line where the element starts. */
  line: number;
  /** The label had whitespace before or after it. */
  labelPadded: boolean;
}

export interface InfoParse {
  elements: InfoElement[];
  /** 1-based numbers of lines that are neither `label: value` nor a continuation. */
  badLines: number[];
}

/** Parses bag-info.txt style `label: value` elements, joining folded continuation lines with a space. */
export function parseBagInfo(text: string): InfoParse {
  const elements: InfoElement[] = [];
  const badLines: number[] = [];
  const lines = splitLines(text);
  lines.forEach((raw, i) => {
    const lineNo = i + 1;
    if (raw.trim() === '') return;
    const last = elements[elements.length - 1];
    if (/^[ \t]/.test(raw)) {
      if (last === undefined) badLines.push(lineNo);
      else last.value = `${last.value} ${raw.trim()}`.trim();
      return;
    }
    const colon = raw.indexOf(':');
    if (colon <= 0) {
      badLines.push(lineNo);
      return;
    }
    const rawLabel = raw.slice(0, colon);
    const label = rawLabel.trim();
    if (label === '') {
      badLines.push(lineNo);
      return;
    }
    elements.push({ label, value: raw.slice(colon + 1).trim(), line: lineNo, labelPadded: label !== rawLabel });
  });
  return { elements, badLines };
}

/** The RFC recommends lines of at most 79 characters; longer values are folded onto indented lines. */
const FOLD_WIDTH = 79;
const FOLD_INDENT = '  ';

/**
 * Renders one element, folding at single spaces between words so that unfolding (line break plus
 * indentation read back as one space) gives the value back exactly. A word longer than the width is
 * left on its own long line: splitting inside a word would change the value.
 */
export function renderInfoElement(label: string, value: string): string {
  const chars = (s: string): number => [...s].length;
  const whole = `${label}: ${value}`;
  if (chars(whole) <= FOLD_WIDTH) return `${whole}\n`;
  const words = value.split(/(?<=\S) (?=\S)/);
  const lines: string[] = [];
  let current = `${label}:`;
  let first = true;
  for (const word of words) {
    const candidate = `${current} ${word}`;
    if (first || chars(candidate) <= FOLD_WIDTH) {
      current = candidate;
    } else {
      lines.push(current);
      current = `${FOLD_INDENT}${word}`;
    }
    first = false;
  }
  lines.push(current);
  return `${lines.join('\n')}\n`;
}
