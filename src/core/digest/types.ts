/**
 * The digest as data: what `draft digest` computes and every renderer (JSON, HTML, Markdown, CSV)
 * presents. The JSON output is this object as it is; schemas/digest.schema.json describes it, and
 * other tools read it, so a field once published keeps its name and meaning.
 */

import type { Bilingual } from '../engine/types.js';

export const DIGEST_SCHEMA_ID = 'https://pishnevis.ir/schemas/v1/digest.schema.json';

/** One submission as the digest reads it: a draft file, or a submission package. */
export interface DigestInput {
  source: 'draft' | 'package';
  /** The path as the user sees it. */
  file: string;
  id?: string;
  kind?: string;
  status?: string;
  title?: string;
  province?: string;
  city?: string;
  category?: string;
  problem?: string;
  proposal?: string;
  /** financialImpact.amount in rials, when the draft states one as a whole number. */
  financialImpact?: bigint;
  /** Validation errors (of the draft, or of the package's verification). */
  errors: DigestError[];
  warningCount: number;
  /** For a package: whether it passed verification. */
  verified?: boolean;
}

export interface DigestError {
  /** A rule id, or a package verification code. */
  code: string;
  line?: number;
  column?: number;
  /** Inside a package: the file the problem is in. */
  file?: string;
  message: Bilingual;
}

export interface DigestMember {
  id: string;
  file: string;
  province: string;
  city: string;
}

export interface DigestGroup {
  /** The title of the member nearest the group's centre. */
  label: string;
  /** The words most members share, heaviest first. */
  terms: string[];
  /** How many distinct municipalities (province and city) the members come from. */
  municipalities: number;
  /** Mean cosine similarity over the members' pairs, 0–1. */
  cohesion: number;
  members: DigestMember[];
}

export interface DigestEntry {
  id: string;
  file: string;
  source: 'draft' | 'package';
  kind: string;
  status: string;
  title: string;
  province: string;
  city: string;
  category: string;
  problem: string;
  proposal: string;
  /** Rials, as a string of digits (amounts may exceed what a JSON number holds exactly). */
  financialImpact?: string;
  ready: boolean;
  valid: boolean;
}

export interface Digest {
  $schema: typeof DIGEST_SCHEMA_ID;
  /** `pishnevis <version>`: also how `draft digest` recognises a file it wrote and may replace. */
  generator: string;
  threshold: number;
  totals: {
    submissions: number;
    municipalities: number;
    provinces: number;
    ready: number;
    valid: number;
    /** Ready and without errors: can be (or was) sent as it is. */
    readyAndValid: number;
    /** Drafts that could not be read at all (not YAML, not a mapping). */
    unreadable: number;
    packages: number;
    financialImpact: {
      /** The sum, in rials, as a string of digits. */
      amount: string;
      unit: 'rial';
      /** The sum in Persian digits with separators. */
      digits: string;
      /** The sum in Persian words. */
      words: string;
      /** How many submissions stated an amount. */
      stated: number;
    };
  };
  byCategory: Array<{ category: string; label: string; count: number; ready: number }>;
  byProvince: Array<{ province: string; count: number; ready: number; municipalities: number }>;
  /** Per category (in byCategory's order, only those with submissions): each submission's problem and proposal. */
  categories: Array<{ category: string; label: string; entries: DigestEntry[] }>;
  groups: DigestGroup[];
  notReady: Array<{ id: string; file: string; status: string; province: string; city: string; title: string }>;
  invalid: Array<{ id: string; file: string; source: 'draft' | 'package'; errorCount: number; errors: DigestError[] }>;
}
