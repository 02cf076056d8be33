import type { Bilingual } from '../engine/types.js';

export type WordImportErrorCode = 'doc-binary' | 'not-a-docx' | 'too-large' | 'unreadable';

/** A Word file that cannot be imported at all; the command turns it into a message and exit 2. */
export class WordImportError extends Error {
  constructor(
    readonly code: WordImportErrorCode,
    readonly messages: Bilingual,
  ) {
    super(messages.en);
    this.name = 'WordImportError';
  }
}
