import type { Bilingual } from './engine/types.js';

/** A mistake in how the tool was called (exit code 2), said in both languages. */
export class UsageError extends Error {
  constructor(readonly messages: Bilingual) {
    super(messages.en);
    this.name = 'UsageError';
  }
}
