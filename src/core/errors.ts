import type { Bilingual } from './engine/types.js';

/** The mark every DraftError carries, the same in every copy of this module. */
const DRAFT_ERROR = Symbol.for('pishnevis.DraftError');

/**
 * A problem the user fixes, not a bug: a mistake in how the tool was called or in its configuration.
 * The CLI prints its messages (and where, when it knows) without a stack trace and exits 2. The one
 * base class the CLI matches, with `instanceof`; every such error extends it.
 *
 * `instanceof DraftError` goes by a mark, not by the class: the build joins the validate command's
 * modules into one file (scripts/build.mjs), which holds a copy of this module of its own, and an
 * error thrown there is still one the CLI knows. Subclasses match by class, as usual.
 */
export class DraftError extends Error {
  static override [Symbol.hasInstance](value: unknown): boolean {
    if (this !== DraftError) return Function.prototype[Symbol.hasInstance].call(this, value);
    return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[DRAFT_ERROR] === true;
  }

  readonly [DRAFT_ERROR] = true;

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
