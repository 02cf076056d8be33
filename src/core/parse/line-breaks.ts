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

/** Splits a text into its lines, whichever of CR, LF or CRLF ends each. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}
