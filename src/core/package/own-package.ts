import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/**
 * How `draft package` knows a package it wrote itself, so that package → edit → package again needs
 * no `--force` (as `draft render` knows its own pages by their generator mark): the zip's comment, the
 * last bytes of the file, says `pishnevis <version> draft package`. A package from before the mark,
 * another tool's zip or any other file has no such comment and stays protected.
 */

const MARK = /^pishnevis \S+ draft package$/;

/** The comment `draft package` writes (version `version`); verify rebuilds the zip with the same one. */
export const packageComment = (version: string): string => `pishnevis ${version} draft package`;

const END_OF_CENTRAL_DIR = 0x06054b50;
const END_SIZE = 22;

/** The comment of the zip in `tail` (the file's last bytes), read from its end-of-central-directory record. */
function zipComment(tail: Buffer): string | undefined {
  // The record is the last one whose comment runs exactly to the end of the file.
  for (let at = tail.length - END_SIZE; at >= 0; at--) {
    if (tail.readUInt32LE(at) === END_OF_CENTRAL_DIR && at + END_SIZE + tail.readUInt16LE(at + 20) === tail.length) {
      return tail.toString('latin1', at + END_SIZE);
    }
  }
  return undefined;
}

/** Whether `path` is a regular file that `draft package` wrote (any version); false when it cannot be read. */
export function packagedHere(path: string): boolean {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const stat = fstatSync(fd);
    if (!stat.isFile() || stat.size < END_SIZE) return false;
    // The record and a comment of at most 65535 bytes; ours is a few dozen, so less is read for it.
    const length = Math.min(stat.size, END_SIZE + 256);
    const tail = Buffer.alloc(length);
    readSync(fd, tail, 0, length, stat.size - length);
    const comment = zipComment(tail);
    return comment !== undefined && MARK.test(comment);
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
