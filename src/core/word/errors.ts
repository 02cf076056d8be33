import { DraftError } from '../errors.js';
import type { Bilingual } from '../engine/types.js';

export type WordImportErrorCode = 'doc-binary' | 'not-a-docx' | 'too-large' | 'unreadable';

/** A Word file that cannot be imported at all; the CLI says so without a stack trace (exit 2). */
export class WordImportError extends DraftError {
  constructor(
    readonly code: WordImportErrorCode,
    messages: Bilingual,
  ) {
    super(messages);
  }
}
