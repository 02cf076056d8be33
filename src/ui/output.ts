import { fstatSync, writeSync } from 'node:fs';
import type { Output } from '../commands/shared.js';

/**
 * Standard output or error for the commands: text goes straight to the file descriptor, and Node's
 * stream for it (process.stdout, process.stderr) is made only when needed. Making that stream for a
 * pipe loads Node's net, stream and performance modules: some 5 ms of a run the cache answers in 100.
 *
 * The stream takes over, for good, when the descriptor cannot take the text now (a full non-blocking
 * pipe), when someone asks whether it is a terminal and it is a character device (colour and
 * prompts then use the stream, so their output stays in order), and on Windows, where a console's
 * writes go through the stream.
 */
export class FdOutput implements Output {
  private stream?: NodeJS.WriteStream;
  /** The reader went away (`draft validate | head`): what is left has nowhere to go. */
  private closed = false;

  constructor(private readonly fd: 1 | 2, private readonly open: () => NodeJS.WriteStream) {
    if (process.platform === 'win32') this.stream = open();
  }

  write(text: string): boolean {
    if (this.stream) return this.stream.write(text);
    if (this.closed) return false;
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
      if (code !== 'EAGAIN') throw e;
      this.stream = this.open();
      return this.stream.write(bytes.subarray(at));
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
    this.stream = this.open();
    return Boolean(this.stream.isTTY);
  }

  /** Bytes the stream (if one was made) still holds. */
  get pending(): number {
    return this.stream?.writableLength ?? 0;
  }
}
