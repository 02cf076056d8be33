import type { Digest } from '../core/digest/types.js';

/** The digest as the JSON other tools read (schemas/digest.schema.json). */
export function digestJson(digest: Digest): string {
  return `${JSON.stringify(digest, null, 2)}\n`;
}
