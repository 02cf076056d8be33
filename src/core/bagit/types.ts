/**
 * The data contracts of the BagIt library: what a caller gives to build a bag and what a verification
 * returns. Verification never throws for a bad bag; everything it finds is a problem in the report.
 */
import type { Bilingual, Severity } from '../engine/types.js';
import type { BagProblemCode } from './messages.js';

export type { BagProblemCode };

export interface BagProblem {
  severity: Severity;
  /** Stable identifier, e.g. `checksum_mismatch`; the list is in messages.ts. */
  code: BagProblemCode;
  /**
   * The file the problem is about: relative to the bag's top folder (`data/x.html`, `manifest-sha256.txt`),
   * or, for problems in the zip container itself, the entry name as stored in the zip.
   */
  file?: string;
  message: Bilingual;
}

export interface BagReport {
  /** True when no problem is an error; warnings do not make a bag invalid. */
  valid: boolean;
  /** `BagIt-Version` as declared in bagit.txt, when it could be read. */
  version?: string;
  problems: BagProblem[];
}

export interface BagPayloadFile {
  /** Relative to `data/`, forward slashes, e.g. `attachments/نقشه.pdf`. */
  path: string;
  content: Buffer;
}

export interface BagZipInput {
  /** The bag's top folder inside the zip (the draft id). */
  root: string;
  payload: BagPayloadFile[];
  /** bag-info.txt elements in order; Payload-Oxum is computed and must not be given. */
  info: Array<[string, string]>;
  /** Timestamp of every zip entry, taken in UTC. */
  mtime: Date;
  /** The zip's comment (printable ASCII): the tool that wrote it, so it knows its own file again. */
  comment?: string;
}

export interface ZipLimits {
  /** Cap on the sum of inflated entry sizes, counted on the bytes actually produced. */
  maxTotalBytes: number;
  maxEntries: number;
  /** Cap on one entry's inflated size, checked on its declared size before inflating and on the bytes produced. */
  maxEntryBytes?: number;
}
