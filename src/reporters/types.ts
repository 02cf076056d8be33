import type { Bilingual, FileResult, Lang, Severity } from '../core/engine/types.js';

/** Text styling a reporter may use; identity functions when colour is off. */
export interface Palette {
  red(s: string): string;
  yellow(s: string): string;
  green(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
  underline(s: string): string;
}

export const plain: Palette = { red: (s) => s, yellow: (s) => s, green: (s) => s, dim: (s) => s, bold: (s) => s, underline: (s) => s };

export interface ReportContext {
  lang: Lang;
  palette: Palette;
  /**
   * Line `line` (1-based) of a file, for code frames; undefined past the end or when the file cannot
   * be read. Reporters that do not show code ignore it.
   */
  sourceLine?: (file: string, line: number) => string | undefined;
  /**
   * What a rule is (its default severity and description), for formats that describe the rules they
   * report (SARIF). Given by the caller from the rule registry; absent, a format names rules by id only.
   */
  ruleMeta?: (id: string) => { severity: Severity; description: Bilingual } | undefined;
  /** Warnings `--quiet` left out of the results, for a summary that says so (not "no problems"). */
  hiddenWarnings?: number;
  /** The tool's version, for formats that name the tool. */
  version: string;
  cwd: string;
}

/** A reporter is a pure function: results in, text out. */
export type Reporter = (results: readonly FileResult[], context: ReportContext) => string;

/** The lines of a text, as `sourceLine` gives them. */
export function linesOf(text: string): (line: number) => string | undefined {
  const lines = text.split(/\r?\n/);
  return (line) => (line >= 1 && line <= lines.length ? lines[line - 1] : undefined);
}
