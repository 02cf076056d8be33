/**
 * A draft written before `draft new` stopped writing absolute schema paths may start with
 * `# yaml-language-server: $schema=/home/someone/…`: a path of one machine, which says where a
 * colleague installed pishnevis and means nothing to the ministry. The submission carries the draft
 * as written except for that one line, which becomes an empty comment, so every line keeps its number
 * (the findings in submission.json point at the same lines). A relative or https reference is kept.
 */

const MODELINE = /^(\uFEFF?)#\s*yaml-language-server:\s*\$schema=(\S+)[^\r\n]*/;

const isAbsoluteRef = (ref: string): boolean => /^file:/i.test(ref) || ref.startsWith('/') || ref.startsWith('\\') || /^[A-Za-z]:[\\/]/.test(ref);

export function portableDraftBytes(bytes: Buffer): Buffer {
  const head = bytes.subarray(0, 4096).toString('utf8');
  const m = MODELINE.exec(head);
  if (!m || !isAbsoluteRef(m[2]!)) return bytes;
  const removed = Buffer.byteLength(m[0], 'utf8');
  return Buffer.concat([Buffer.from(`${m[1]}#`, 'utf8'), bytes.subarray(removed)]);
}
