/**
 * The checksum algorithms a manifest may name (RFC 8493 §2.4 normalised names) that we can verify.
 */
import { createHash, type Hash } from 'node:crypto';

const HEX_LENGTH: Readonly<Record<string, number>> = {
  md5: 32,
  sha1: 40,
  sha224: 56,
  sha256: 64,
  sha384: 96,
  sha512: 128,
};

export function isSupportedAlgorithm(algorithm: string): boolean {
  return Object.hasOwn(HEX_LENGTH, algorithm);
}

export function hexLength(algorithm: string): number | undefined {
  return HEX_LENGTH[algorithm];
}

/** Several digests over one pass of the data, so a file is read once however many manifests there are. */
export class MultiHash {
  private readonly hashes: Array<[string, Hash]>;

  constructor(algorithms: Iterable<string>) {
    this.hashes = [...new Set(algorithms)].map((a) => [a, createHash(a)]);
  }

  update(chunk: Buffer): void {
    for (const [, h] of this.hashes) h.update(chunk);
  }

  digest(): Map<string, string> {
    return new Map(this.hashes.map(([a, h]) => [a, h.digest('hex')]));
  }
}

export function digestBuffer(data: Buffer, algorithms: Iterable<string>): Map<string, string> {
  const m = new MultiHash(algorithms);
  m.update(data);
  return m.digest();
}
