/**
 * 64 bits of hash of the strings (each ended by a 0) and of the 16-bit units after them, as 16 hex
 * digits: two 32-bit FNV-1a lanes with different seeds, the second also mixing in the first's high
 * bits. Not FNV-1a 64 (that needs 64-bit multiplication), and not a cryptographic hash: it tells
 * apart states of files and settings, which nobody crafts to collide, and it spares loading
 * node:crypto (some 8 ms) on a run the cache answers.
 */
export function fingerprint(parts: readonly string[], units?: Uint16Array): string {
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  for (const part of parts) {
    for (let i = 0; i <= part.length; i++) {
      const c = i < part.length ? part.charCodeAt(i) : 0;
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x01000193) ^ (a >>> 15);
    }
  }
  // Numbers, as 16-bit units, after the strings (a batch's cache entries: no string made of them).
  if (units) {
    for (let i = 0; i < units.length; i++) {
      const c = units[i]!;
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x01000193) ^ (a >>> 15);
    }
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}
