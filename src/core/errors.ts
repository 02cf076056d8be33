import type { Bilingual } from './engine/types.js';

/**
 * A problem the user fixes, not a bug: a mistake in how the tool was called or in its configuration.
 * The CLI prints its messages (and where, when it knows) without a stack trace and exits 2. The one
 * base class the CLI matches, with `instanceof`; every such error extends it.
 */
export class DraftError extends Error {
  constructor(
    readonly messages: Bilingual,
    /** The file (and place in it) the problem is in, when there is one. */
    readonly where?: { file: string; line?: number; column?: number },
  ) {
    super(messages.en);
    this.name = new.target.name;
  }
}

/** A mistake in how the tool was called (exit code 2), said in both languages. */
export class UsageError extends DraftError {}

/** A configuration problem: the run cannot go on (exit code 2). */
export class ConfigError extends DraftError {
  constructor(
    messages: Bilingual,
    readonly file: string,
    readonly line = 1,
    readonly column = 1,
  ) {
    super(messages, { file, line, column });
  }
}
