/**
 * Where a bag's files come from: an unpacked folder or the entries of a zip held in memory. The
 * verifier sees only this interface, so both are checked by exactly the same rules.
 */
import { lstat, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { openRegularFile, readRegularFile, type RegularFileProblem } from '../fs/regular-file.js';
import { digestBuffer, MultiHash } from './checksums.js';
import { compareBytes } from './paths.js';

export interface SourceFile {
  /** Relative to the bag's top folder, `/`-separated. */
  path: string;
  size: number;
  regular: boolean;
}

export interface BagSource {
  /** Every file, sorted by path; directories are not listed. */
  readonly files: readonly SourceFile[];
  hasDirectory(path: string): boolean;
  /** The file's bytes; rejects with a {@link SourceReadError} for anything but a regular file within the bound. */
  read(path: string): Promise<Buffer>;
  digest(path: string, algorithms: Iterable<string>): Promise<Map<string, string>>;
}

/** Why a file of a bag could not be read: it is not a regular file, is too large, or failed to read. */
export class SourceReadError extends Error {
  constructor(readonly path: string, readonly problem: RegularFileProblem) {
    super(`${path}: ${problem.reason}`);
    this.name = 'SourceReadError';
  }
}

/** The most a bag folder's file is read into memory (the same cap as all of a zip's entries together). */
export const FOLDER_READ_LIMIT = 200 * 1024 * 1024;

export class FolderSource implements BagSource {
  private constructor(
    private readonly root: string,
    readonly files: readonly SourceFile[],
    private readonly directories: ReadonlySet<string>,
  ) {}

  /**
   * Symbolic links are listed but never followed: following one could hash a file outside the bag,
   * and a link does not survive zipping, so it is reported instead.
   */
  static async open(root: string): Promise<FolderSource> {
    const files: SourceFile[] = [];
    const directories = new Set<string>();
    const walk = async (rel: string): Promise<void> => {
      const entries = await readdir(rel === '' ? root : join(root, rel), { withFileTypes: true });
      for (const entry of entries) {
        const path = rel === '' ? entry.name : `${rel}/${entry.name}`;
        if (entry.isDirectory()) {
          directories.add(path);
          await walk(path);
        } else if (entry.isFile()) {
          const stat = await lstat(join(root, path));
          files.push({ path, size: stat.size, regular: true });
        } else {
          files.push({ path, size: 0, regular: false });
        }
      }
    };
    await walk('');
    files.sort((a, b) => compareBytes(a.path, b.path));
    return new FolderSource(root, files, directories);
  }

  hasDirectory(path: string): boolean {
    return this.directories.has(path);
  }

  /** Never follows a link, never opens a FIFO or device, never reads past the bound. */
  async read(path: string): Promise<Buffer> {
    const read = await readRegularFile(join(this.root, path), FOLDER_READ_LIMIT);
    if (!read.ok) throw new SourceReadError(path, read);
    return read.bytes;
  }

  /** Streams the file (an attachment may be larger than memory, or than Node's 2 GiB buffers). */
  async digest(path: string, algorithms: Iterable<string>): Promise<Map<string, string>> {
    const opened = await openRegularFile(join(this.root, path));
    if (!opened.ok) throw new SourceReadError(path, opened);
    const hash = new MultiHash(algorithms);
    try {
      for await (const chunk of opened.handle.createReadStream({ autoClose: false, highWaterMark: 1 << 20 })) hash.update(chunk as Buffer);
    } finally {
      await opened.handle.close();
    }
    return hash.digest();
  }
}

export class MemorySource implements BagSource {
  readonly files: readonly SourceFile[];
  private readonly directories = new Set<string>();

  constructor(
    private readonly contents: ReadonlyMap<string, Buffer>,
    directories: Iterable<string>,
  ) {
    this.files = [...contents]
      .map(([path, data]) => ({ path, size: data.length, regular: true }))
      .sort((a, b) => compareBytes(a.path, b.path));
    for (const d of directories) this.directories.add(d);
    // A zip need not carry directory entries; a folder exists if something lives in it.
    for (const path of contents.keys()) {
      const segments = path.split('/');
      for (let i = 1; i < segments.length; i++) this.directories.add(segments.slice(0, i).join('/'));
    }
  }

  hasDirectory(path: string): boolean {
    return this.directories.has(path);
  }

  async read(path: string): Promise<Buffer> {
    const data = this.contents.get(path);
    if (data === undefined) throw new Error(`no such entry: ${path}`);
    return data;
  }

  async digest(path: string, algorithms: Iterable<string>): Promise<Map<string, string>> {
    return digestBuffer(await this.read(path), algorithms);
  }
}
