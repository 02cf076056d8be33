/**
 * The data contracts of pishnevis. The core never prints: everything it finds is returned as data
 * shaped like this, and reporters turn it into text.
 */

export type Lang = 'fa' | 'en';
export type Severity = 'error' | 'warning';
/** A severity as a user configures it (draft.config.yaml `rules:`). */
export type SeveritySetting = 'error' | 'warn' | 'off';

/** A text a person reads, in both languages the tool speaks. */
export interface Bilingual {
  fa: string;
  en: string;
}

/** A path into the parsed draft, e.g. ['articles', 2, 'clauses', 0, 'text']. */
export type DataPath = ReadonlyArray<string | number>;

/**
 * A source edit that repairs a finding (`draft validate --fix`). Offsets are UTF-16 indices into the
 * decoded source text (after a BOM is removed), `range` is [start, end).
 */
export interface Fix {
  range: [number, number];
  text: string;
}

/** What kind of repair a rule's fixes make, for `draft validate --fix-type` (fix-types.ts). */
export type FixType = 'orthography' | 'numbering' | 'counts' | 'format';

/** One source edit of a fix that changes several places at once (renumbering with its references). */
export interface RawEdit {
  path: DataPath;
  /** A span inside the string at `path`; absent: the whole value, written by the YAML-safe scalar writer. */
  span?: { index: number; length: number };
  text: string;
}

/** One problem in one file, located in the source. */
export interface Finding {
  ruleId: string;
  severity: Severity;
  /** The message in the language asked for. */
  message: string;
  /** Both languages, so a reporter or a library user can choose. */
  messages: Bilingual;
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units like editors count. */
  column: number;
  endLine?: number;
  endColumn?: number;
  fix?: Fix;
  /** For findings that concern two places (repository rules): the other one. */
  related?: Array<{ file: string; line: number; column: number; message: string }>;
}

/** The result for one file. */
export interface FileResult {
  file: string;
  findings: Finding[];
  errorCount: number;
  warningCount: number;
  fixableCount: number;
  /** Facts about the draft that batch rules, reports and digests use; absent when unparsable. */
  meta?: DraftMeta;
}

export interface DraftMeta {
  id?: string;
  kind?: string;
  status?: string;
  title?: string;
  province?: string;
  city?: string;
  category?: string;
  date?: string;
  /** Attachment paths as written, relative to the draft's folder (a cached result depends on them). */
  attachments?: string[];
}

/**
 * What a semantic rule reports before it is located in the source: a data path, and optionally a
 * span inside the string at that path. The locator turns it into a line and column.
 */
export interface RawReport<MessageId extends string = string> {
  messageId: MessageId;
  /** Values substituted into the message's {placeholders}. */
  data?: Record<string, string | number>;
  path: DataPath;
  /** Point at the key rather than the value (e.g. an unknown property). */
  key?: boolean;
  /** A span [index, index+length) inside the string value at `path`. */
  span?: { index: number; length: number };
  /** Text to replace the span with (or the whole value when there is no span). Only when safe. */
  replacement?: string;
  /**
   * Several edits that make one fix, all or none (eslint's merged fix): a renumbering and every
   * reference it rewrites. Offered only when every edit lands exactly in the source.
   */
  edits?: RawEdit[];
}
