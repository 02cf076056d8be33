import { fstatSync, writeSync } from 'node:fs';
import { DraftError } from '../core/errors.js';
import type { Output } from '../commands/shared.js';

const NAMES = { 1: { fa: 'خروجی استاندارد', en: 'standard output' }, 2: { fa: 'خروجی خطا', en: 'standard error' } } as const;

/**
 * Standard output or error for the commands: text goes straight to the file descriptor, and Node's
 * stream for it (process.stdout, process.stderr) is made only when needed. Making that stream for a
 * pipe loads Node's net, stream and performance modules: some 5 ms of a run the cache answers in 100.
 *
 * The stream takes over, for good, when the descriptor cannot take the text now (a full non-blocking
 * pipe), when the colour check asks whether it is a terminal and it is a character device (a terminal,
 * or /dev/null), and on Windows, where a console's writes go through the stream.
 *
 * A reader that went away (EPIPE: `draft validate | head`) ends the output quietly; any other failure
 * to write (a full disk) is a DraftError, said in words with exit code 2, never lost.
 */
export class FdOutput implements Output {
  private stream?: NodeJS.WriteStream;
  /** The reader went away: what is left has nowhere to go. */
  private closed = false;
  /** A write the stream could not make (it fails after write() returns). */
  private failure?: NodeJS.ErrnoException;

  constructor(private readonly fd: 1 | 2, private readonly open: () => NodeJS.WriteStream) {
    if (process.platform === 'win32') this.takeStream();
  }

  write(text: string): boolean {
    if (this.closed || this.failure) return false;
    if (this.stream) return this.stream.write(text);
    const bytes = Buffer.from(text);
    let at = 0;
    try {
      while (at < bytes.length) at += writeSync(this.fd, bytes, at);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EPIPE') {
        this.closed = true;
        return false;
      }
      if (code !== 'EAGAIN') throw this.cannotWrite(code);
      return this.takeStream().write(bytes.subarray(at));
    }
    return true;
  }

  /** Whether it is a terminal: a pipe or a file is not, without making a stream to ask. */
  get isTTY(): boolean {
    if (this.stream) return Boolean(this.stream.isTTY);
    try {
      if (!fstatSync(this.fd).isCharacterDevice()) return false;
    } catch {
      return false;
    }
    return Boolean(this.takeStream().isTTY);
  }

  /**
   * Resolves once everything written has left (the stream, if one was made, has flushed); rejects
   * with a DraftError if it could not be written. A reader that went away is not a failure.
   */
  settled(): Promise<void> {
    const stream = this.stream;
    if (!stream || this.closed) return this.failure ? Promise.reject(this.cannotWrite(this.failure.code)) : Promise.resolve();
    return new Promise((resolve, reject) => {
      const done = (): void => {
        // The stream's own record too: its 'error' event may still be on its way.
        const failure = this.failure ?? (stream.errored as NodeJS.ErrnoException | null) ?? undefined;
        if (failure && failure.code !== 'EPIPE' && !this.closed) reject(this.cannotWrite(failure.code));
        else resolve();
      };
      if (stream.destroyed) done();
      // An empty write's callback comes once every earlier write has left, or failed.
      else stream.write('', done);
    });
  }

  private takeStream(): NodeJS.WriteStream {
    if (this.stream) return this.stream;
    const stream = this.open();
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') this.closed = true;
      else this.failure ??= e;
    });
    this.stream = stream;
    return stream;
  }

  private cannotWrite(code: string | undefined): DraftError {
    const name = NAMES[this.fd];
    return new DraftError({
      fa: `نوشتن در ${name.fa} ممکن نشد (${code ?? 'EIO'})؛ گزارش کامل نوشته نشد.`,
      en: `Could not write to ${name.en} (${code ?? 'EIO'}); the report was not written in full.`,
    });
  }
}
