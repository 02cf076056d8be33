/**
 * YAML counts CR, LF and CRLF each as a line break, but the `yaml` package does not count a lone CR
 * (an old Mac file's line end): it read such a file as one line, so every finding landed at 1:1. A lone
 * CR becomes an LF here, once, before any parser or position lookup sees the text. One character for
 * one keeps every offset, so findings and fix ranges still point into the file as it is on disk.
 */
export function normaliseLoneCR(text: string): string {
  if (text.indexOf('\r') === -1) return text;
  return text.replace(/\r(?!\n)/g, '\n');
}

/** A text to be written into a file: with CRLF line breaks when the file has them, so a CRLF file stays CRLF. */
export function withLineBreaks(text: string, crlf: boolean): string {
  return crlf && text.includes('\n') ? text.replace(/\r?\n/g, '\r\n') : text;
}

/** Splits a text into its lines, whichever of CR, LF or CRLF ends each. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/**
 * A text with every line break an LF, for the fast reader (which reads LF only) to read a Windows
 * file (CRLF) as fast as any other: YAML reads CRLF and LF alike, scalars included, so the data is
 * the same, and so are lines and columns. Offsets are not: `toOriginal` turns one in the LF text
 * back into one in `source` (a fix's range), by the CRs dropped before it.
 */
export interface LineFeedText {
  text: string;
  /** Whether `source` had CRLFs (the LF text is shorter): a lone CR becomes an LF in place. */
  crlf: boolean;
  toOriginal(offset: number): number;
}

export function toLineFeeds(source: string): LineFeedText {
  const text = source.replace(/\r\n?/g, '\n');
  const crlf = text.length !== source.length;
  let dropped: number[] | undefined;
  return {
    text,
    crlf,
    toOriginal(offset) {
      if (!crlf) return offset;
      // Where each CR of a CRLF was dropped: the offset of its LF in `text`, worked out at the first fix.
      if (!dropped) {
        dropped = [];
        for (let i = source.indexOf('\r\n'); i !== -1; i = source.indexOf('\r\n', i + 2)) dropped.push(i - dropped.length);
      }
      // An offset at an LF stays before the CR (a line's end); one past it moves past both.
      let lo = 0;
      let hi = dropped.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (dropped[mid]! < offset) lo = mid + 1;
        else hi = mid;
      }
      return offset + lo;
    },
  };
}
