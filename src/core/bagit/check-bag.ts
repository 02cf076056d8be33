/**
 * The BagIt rules (RFC 8493 for 1.0, draft-kunze-bagit for 0.93–0.97) applied to a bag's files,
 * wherever they come from. Calibrated against the Library of Congress conformance suite: every rule
 * that turns a suite `warning/` bag into something short of an error says so where it is applied.
 */
import { TextDecoder } from 'node:util';
import type { Severity } from '../engine/types.js';
import { hexLength, isSupportedAlgorithm } from './checksums.js';
import { messageFor, type BagProblemCode, type MessageArgs } from './messages.js';
import { isSystemFile, nameKey, normalizeListedPath, outOfScopeReason } from './paths.js';
import type { BagSource, SourceFile } from './source.js';
import { decodeManifestPath, decodeTagFile, isSupportedEncoding, parseBagInfo, splitLines } from './tag-files.js';
import type { BagProblem, BagReport } from './types.js';

interface ManifestEntry {
  path: string;
  /** Lower-case hex. */
  checksum: string;
  line: number;
}

interface Manifest {
  file: string;
  algorithm: string;
  tag: boolean;
  supported: boolean;
  entries: Map<string, ManifestEntry>;
}

interface Oxum {
  bytes: number;
  files: number;
}

const MANIFEST_NAME = /^(tag)?manifest-([a-z0-9]+)\.txt$/;
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

class Checker {
  readonly problems: BagProblem[] = [];
  version: string | undefined;
  /** Which rule set applies: RFC 8493 (1.x) or the 0.9x drafts. */
  v1 = true;
  encoding = 'UTF-8';
  private readonly files: Map<string, SourceFile>;
  private readonly digests = new Map<string, Map<string, string>>();
  /** Files that could not be read: reported once, not once per manifest. */
  private readonly unreadable = new Set<string>();

  constructor(readonly source: BagSource) {
    this.files = new Map(source.files.map((f) => [f.path, f]));
  }

  report<C extends BagProblemCode>(severity: Severity, code: C, file: string | undefined, ...args: MessageArgs<C>): void {
    const message = messageFor(code, ...args);
    this.problems.push(file === undefined ? { severity, code, message } : { severity, code, file, message });
  }

  /** Severity of a rule that RFC 8493 made mandatory but the 0.9x drafts (and their bags) did not. */
  get strict(): Severity {
    return this.v1 ? 'error' : 'warning';
  }

  file(path: string): SourceFile | undefined {
    const f = this.files.get(path);
    return f?.regular ? f : undefined;
  }

  async read(path: string): Promise<Buffer | undefined> {
    try {
      return await this.source.read(path);
    } catch (err) {
      this.report('error', 'read_failed', path, { file: path, reason: (err as Error).message });
      return undefined;
    }
  }

  /** Digests are cached per file and computed only for algorithms not yet known. */
  async digest(path: string, algorithms: Iterable<string>): Promise<Map<string, string> | undefined> {
    if (this.unreadable.has(path)) return undefined;
    const known = this.digests.get(path) ?? new Map<string, string>();
    const wanted = [...new Set(algorithms)].filter((a) => !known.has(a));
    if (wanted.length > 0) {
      try {
        for (const [a, hex] of await this.source.digest(path, wanted)) known.set(a, hex);
      } catch (err) {
        this.unreadable.add(path);
        this.report('error', 'read_failed', path, { file: path, reason: (err as Error).message });
        return undefined;
      }
      this.digests.set(path, known);
    }
    return known;
  }

  async decodeTag(path: string): Promise<string | undefined> {
    const bytes = await this.read(path);
    if (bytes === undefined) return undefined;
    const decoded = decodeTagFile(bytes, this.encoding);
    if (!decoded.ok) {
      this.report('error', 'tag_file_undecodable', path, { file: path, encoding: this.encoding });
      return undefined;
    }
    // A BOM is how UTF-16 announces its byte order; in UTF-8 it is merely superfluous.
    if (decoded.hadBom && !/^utf-?16/i.test(this.encoding)) this.report('warning', 'tag_file_bom', path, { file: path });
    return decoded.text;
  }
}

async function checkBagitTxt(c: Checker): Promise<void> {
  if (c.file('bagit.txt') === undefined) {
    c.report('error', 'bagit_txt_missing', 'bagit.txt');
    return;
  }
  let bytes = await c.read('bagit.txt');
  if (bytes === undefined) return;
  if (bytes.subarray(0, 3).equals(UTF8_BOM)) {
    c.report('error', 'bagit_txt_bom', 'bagit.txt');
    bytes = bytes.subarray(3);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    c.report('error', 'bagit_txt_not_utf8', 'bagit.txt');
    text = bytes.toString('latin1');
  }

  const values = new Map<string, string>();
  const spaced: string[] = [];
  splitLines(text).forEach((raw, i) => {
    if (raw.trim() === '') return;
    const m = /^([^:]*):(.*)$/.exec(raw);
    const rawLabel = m?.[1] ?? '';
    const rest = m?.[2] ?? '';
    const label = rawLabel.trim();
    const value = rest.trim();
    // "BagIt-Version: M.N": no blank before the colon, one space or tab after it (the 1.0 suite's
    // bagit-with-invalid-whitespace bag writes "BagIt-Version : 1.0").
    if (m === null || label === '' || label !== rawLabel || !/^[ \t]/.test(rest)) {
      c.report('error', 'bagit_txt_line_invalid', 'bagit.txt', { line: i + 1, text: raw });
      if (m === null || label === '') return;
    } else if (rest.slice(1) !== value) {
      spaced.push(label);
    }
    // Exact labels, as bagit-python reads them: "bagit-version" is not the version line.
    const known = ['BagIt-Version', 'Tag-File-Character-Encoding'].find((k) => k === label);
    if (known === undefined) {
      c.report('warning', 'bagit_txt_unknown_label', 'bagit.txt', { label });
      return;
    }
    if (values.has(known)) {
      c.report('error', 'bagit_txt_duplicate_label', 'bagit.txt', { label: known });
      return;
    }
    values.set(known, value);
  });

  const version = values.get('BagIt-Version');
  if (version === undefined) {
    c.report('error', 'version_missing', 'bagit.txt');
  } else {
    c.version = version;
    const m = /^(\d+)\.(\d+)$/.exec(version);
    if (m === null) {
      c.report('error', 'version_invalid', 'bagit.txt', { value: version });
    } else {
      const major = Number(m[1]);
      const minor = Number(m[2]);
      c.v1 = major >= 1;
      if (major === 0 && minor >= 93 && minor <= 97) {
        if (minor < 97) c.report('warning', 'version_old', 'bagit.txt', { value: version });
      } else if (major === 1) {
        if (minor !== 0) c.report('warning', 'version_unknown', 'bagit.txt', { value: version });
      } else {
        c.report('error', 'version_unsupported', 'bagit.txt', { value: version });
      }
    }
  }
  for (const label of spaced) c.report(c.strict, 'bagit_txt_value_whitespace', 'bagit.txt', { label });

  // Required since 0.96; the 0.97 suite's baginfo-missing-encoding bag lacks exactly this line.
  const encoding = values.get('Tag-File-Character-Encoding');
  if (encoding === undefined) {
    c.report('error', 'encoding_missing', 'bagit.txt');
  } else if (!isSupportedEncoding(encoding)) {
    c.report('error', 'encoding_unsupported', 'bagit.txt', { value: encoding });
  } else {
    c.encoding = encoding;
  }
}

async function checkBagInfo(c: Checker): Promise<Oxum | undefined> {
  const file = 'bag-info.txt';
  if (c.file(file) === undefined) return undefined;
  const text = await c.decodeTag(file);
  if (text === undefined) return undefined;
  const { elements, badLines } = parseBagInfo(text);
  for (const line of badLines) c.report('error', 'bag_info_line_invalid', file, { line });
  // RFC 8493 forbids blanks around a label; 0.97 bags use "Test-Tag : 3" (uncommon-metadata-separators).
  for (const e of elements) {
    if (e.labelPadded) c.report(c.strict, 'bag_info_label_whitespace', file, { line: e.line, label: e.label });
  }
  const oxums = elements.filter((e) => e.label.toLowerCase() === 'payload-oxum').map((e) => e.value);
  const first = oxums[0];
  if (first === undefined) return undefined;
  if (oxums.length > 1) {
    c.report(new Set(oxums).size > 1 ? 'error' : 'warning', 'oxum_repeated', file, { values: oxums });
  }
  const m = /^(\d+)\.(\d+)$/.exec(first);
  if (m === null) {
    c.report('error', 'oxum_malformed', file, { value: first });
    return undefined;
  }
  return { bytes: Number(m[1]), files: Number(m[2]) };
}

async function readManifest(c: Checker, file: string, algorithm: string, tag: boolean): Promise<Manifest> {
  const supported = isSupportedAlgorithm(algorithm);
  const manifest: Manifest = { file, algorithm, tag, supported, entries: new Map() };
  const text = await c.decodeTag(file);
  if (text === undefined) return manifest;
  const hexLen = hexLength(algorithm);
  let markers = 0;
  let indented = 0;
  let dotSlash = 0;
  let dotExample = '';

  splitLines(text).forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '') return;
    let rest = raw;
    if (/^[ \t]/.test(rest)) {
      indented++;
      rest = rest.replace(/^[ \t]+/, '');
    }
    const m = /^(\S+)([ \t]+)(.+)$/.exec(rest);
    if (m === null) {
      c.report('error', 'manifest_line_invalid', file, { file, line });
      return;
    }
    const checksum = m[1] ?? '';
    let listed = m[3] ?? '';
    if (!/^[0-9a-fA-F]+$/.test(checksum) || (hexLen !== undefined && checksum.length !== hexLen)) {
      c.report('error', 'manifest_checksum_malformed', file, { file, line, algorithm, checksum });
      return;
    }
    // md5sum's binary-mode output is "HASH *path" with one space (suite: made-with-md5sum-tools).
    if (m[2] === ' ' && listed.startsWith('*')) {
      markers++;
      listed = listed.slice(1);
    }
    const decoded = decodeManifestPath(listed, c.v1);
    const reason = outOfScopeReason(decoded);
    if (reason !== null) {
      c.report('error', 'path_out_of_scope', file, { file, line, path: decoded, reason });
      return;
    }
    const normalized = normalizeListedPath(decoded);
    if (normalized.hadDotSlash) {
      dotSlash++;
      if (dotExample === '') dotExample = decoded;
    }
    if (normalized.hadRedundantSegments) c.report('warning', 'manifest_path_unnormalized', file, { file, line, path: decoded });
    const path = normalized.path;
    if (path === '') {
      c.report('error', 'manifest_line_invalid', file, { file, line });
      return;
    }
    if (!tag && !path.startsWith('data/')) {
      c.report('error', 'manifest_entry_outside_payload', file, { file, line, path });
      return;
    }
    if (tag && path.startsWith('data/')) {
      c.report(c.strict, 'tagmanifest_lists_payload', file, { file, line, path });
      return;
    }
    const sum = checksum.toLowerCase();
    const existing = manifest.entries.get(path);
    if (existing !== undefined) {
      if (existing.checksum !== sum) c.report('error', 'manifest_duplicate_conflict', file, { file, path });
      // An error only from 1.0 on; the 0.97 suite files the same case under warning/.
      else c.report(c.strict, 'manifest_duplicate', file, { file, path });
      return;
    }
    manifest.entries.set(path, { path, checksum: sum, line });
  });

  if (markers > 0) c.report('warning', 'manifest_binary_marker', file, { file, count: markers });
  if (indented > 0) c.report('warning', 'manifest_leading_whitespace', file, { file, count: indented });
  // Accepted for every version: the 0.97 suite has leading "./" under both valid/ and warning/.
  if (dotSlash > 0) c.report('warning', 'manifest_dot_slash', file, { file, count: dotSlash, example: dotExample });

  const groups = new Map<string, string[]>();
  for (const path of manifest.entries.keys()) {
    const key = nameKey(path);
    groups.set(key, [...(groups.get(key) ?? []), path]);
  }
  for (const names of groups.values()) {
    if (names.length > 1) c.report('warning', 'name_collision', file, { file, names });
  }
  return manifest;
}

async function readFetch(c: Checker): Promise<Map<string, number>> {
  const fetch = new Map<string, number>();
  const file = 'fetch.txt';
  if (c.file(file) === undefined) return fetch;
  const text = await c.decodeTag(file);
  if (text === undefined) return fetch;
  splitLines(text).forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '') return;
    const m = /^[ \t]*(\S+)[ \t]+(\S+)[ \t]+(.+)$/.exec(raw);
    if (m === null) {
      c.report('error', 'fetch_line_invalid', file, { line });
      return;
    }
    const url = m[1] ?? '';
    const length = m[2] ?? '';
    if (!URL.canParse(url)) c.report('error', 'fetch_url_invalid', file, { line, url });
    if (length !== '-' && !/^\d+$/.test(length)) c.report('error', 'fetch_length_invalid', file, { line, length });
    const decoded = decodeManifestPath(m[3] ?? '', c.v1);
    const reason = outOfScopeReason(decoded);
    if (reason !== null) {
      c.report('error', 'path_out_of_scope', file, { file, line, path: decoded, reason });
      return;
    }
    const path = normalizeListedPath(decoded).path;
    if (!path.startsWith('data/')) {
      c.report('error', 'fetch_entry_outside_payload', file, { line, path: decoded });
      return;
    }
    fetch.set(path, line);
  });
  return fetch;
}

async function findManifests(c: Checker): Promise<Manifest[]> {
  const manifests: Manifest[] = [];
  for (const f of c.source.files) {
    const m = MANIFEST_NAME.exec(f.path);
    if (m === null || !f.regular) continue;
    const algorithm = m[2] ?? '';
    const manifest = await readManifest(c, f.path, algorithm, m[1] !== undefined);
    if (!manifest.supported) c.report('warning', 'manifest_algorithm_unsupported', f.path, { file: f.path, algorithm });
    manifests.push(manifest);
  }
  return manifests;
}

/**
 * Matches each listed payload path to a file in the bag. An exact name wins; otherwise a file whose
 * name differs only by case, Unicode normalisation or trailing blanks is accepted with a warning, but
 * only if its content matches every checksum listed for it, so no file can stand in for another. The
 * suite needs this: duplicate-file-with-different-case lists data/HELLO.txt next to data/hello.txt,
 * and same-filename-listed-twice-with-different-normalization lists both forms of "Núñez".
 */
async function resolvePayload(
  c: Checker,
  manifests: readonly Manifest[],
  payload: readonly SourceFile[],
  fetch: ReadonlyMap<string, number>,
): Promise<{ resolved: Map<string, string>; missingSystemFiles: number }> {
  const onDisk = new Set(payload.map((f) => f.path));
  const byKey = new Map<string, string[]>();
  for (const f of payload) byKey.set(nameKey(f.path), [...(byKey.get(nameKey(f.path)) ?? []), f.path]);

  const listedIn = new Map<string, Manifest[]>();
  for (const m of manifests) {
    for (const path of m.entries.keys()) listedIn.set(path, [...(listedIn.get(path) ?? []), m]);
  }

  const resolved = new Map<string, string>();
  let missingSystemFiles = 0;
  for (const [path, listing] of [...listedIn].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (onDisk.has(path)) {
      resolved.set(path, path);
      continue;
    }
    const checkable = listing.filter((m) => m.supported);
    let alias: string | undefined;
    for (const candidate of checkable.length > 0 ? (byKey.get(nameKey(path)) ?? []) : []) {
      const d = await c.digest(candidate, checkable.map((m) => m.algorithm));
      if (d !== undefined && checkable.every((m) => d.get(m.algorithm) === m.entries.get(path)?.checksum)) {
        alias = candidate;
        break;
      }
    }
    const manifestNames = listing.map((m) => m.file);
    if (alias !== undefined) {
      c.report('warning', 'name_alias', path, { file: path, actual: alias, manifest: manifestNames[0] ?? '' });
      resolved.set(path, alias);
    } else if (fetch.has(path)) {
      c.report('error', 'fetch_not_retrieved', path, { file: path });
    } else if (isSystemFile(path)) {
      // Suite: special-system-files lists data/.DS_Store, which copies of the suite do not keep.
      c.report('warning', 'system_file_missing', path, { file: path });
      missingSystemFiles++;
    } else {
      c.report('error', 'payload_missing', path, { file: path, manifests: manifestNames });
    }
  }
  return { resolved, missingSystemFiles };
}

async function checkFixity(c: Checker, manifests: readonly Manifest[], resolved: ReadonlyMap<string, string>): Promise<void> {
  const wanted = new Map<string, Set<string>>();
  for (const m of manifests) {
    if (!m.supported) continue;
    for (const path of m.entries.keys()) {
      const actual = resolved.get(path);
      if (actual !== undefined) wanted.set(actual, (wanted.get(actual) ?? new Set()).add(m.algorithm));
    }
  }
  // One read per file for all algorithms, before any comparison.
  for (const [path, algorithms] of wanted) await c.digest(path, algorithms);
  for (const m of manifests) {
    if (!m.supported) continue;
    for (const entry of m.entries.values()) {
      const actualPath = resolved.get(entry.path);
      if (actualPath === undefined) continue;
      const actual = (await c.digest(actualPath, [m.algorithm]))?.get(m.algorithm);
      if (actual !== undefined && actual !== entry.checksum) {
        c.report('error', 'checksum_mismatch', actualPath, {
          file: actualPath,
          manifest: m.file,
          algorithm: m.algorithm,
          expected: entry.checksum,
          actual,
        });
      }
    }
  }
}

export async function checkBag(source: BagSource): Promise<BagReport> {
  const c = new Checker(source);
  for (const f of source.files) if (!f.regular) c.report('error', 'not_regular_file', f.path, { file: f.path });

  await checkBagitTxt(c);
  if (!source.hasDirectory('data')) c.report('error', 'payload_dir_missing', 'data/');
  const oxum = await checkBagInfo(c);
  const manifests = await findManifests(c);
  const payloadManifests = manifests.filter((m) => !m.tag);
  const tagManifests = manifests.filter((m) => m.tag);
  if (payloadManifests.length === 0) c.report('error', 'manifest_missing', undefined);
  else if (!payloadManifests.some((m) => m.supported)) c.report('error', 'manifest_no_supported_algorithm', undefined);
  const fetch = await readFetch(c);

  const payload = source.files.filter((f) => f.regular && f.path.startsWith('data/'));
  for (const f of payload) if (isSystemFile(f.path)) c.report('warning', 'system_file', f.path, { file: f.path });

  const { resolved, missingSystemFiles } = await resolvePayload(c, payloadManifests, payload, fetch);

  // Completeness: every payload file in every payload manifest (RFC 8493 §3; suite 1.0
  // notAllManifestsListAllFiles, 0.97 extra-file-in-bag).
  const coveredBy = new Map<string, Set<string>>();
  for (const m of payloadManifests) {
    for (const path of m.entries.keys()) {
      const actual = resolved.get(path);
      if (actual !== undefined) coveredBy.set(actual, (coveredBy.get(actual) ?? new Set()).add(m.file));
    }
  }
  for (const f of payload) {
    const covered = coveredBy.get(f.path);
    if (covered === undefined) {
      if (payloadManifests.length > 0) c.report('error', 'payload_unlisted', f.path, { file: f.path });
      continue;
    }
    for (const m of payloadManifests) {
      if (!covered.has(m.file)) c.report('error', 'payload_not_in_manifest', f.path, { file: f.path, manifest: m.file });
    }
  }
  for (const path of fetch.keys()) {
    for (const m of payloadManifests) {
      if (!m.entries.has(path)) c.report('error', 'fetch_entry_not_in_manifest', 'fetch.txt', { path, manifest: m.file });
    }
  }

  await checkFixity(c, payloadManifests, resolved);

  // Tag files listed in a tag manifest must exist and match (suite: missing-baginfo, corrupt-tag-file).
  const tagResolved = new Map<string, string>();
  for (const m of tagManifests) {
    for (const path of m.entries.keys()) {
      if (c.file(path) !== undefined) tagResolved.set(path, path);
      else c.report('error', 'tag_file_missing', path, { file: path, manifest: m.file });
    }
  }
  await checkFixity(c, tagManifests, tagResolved);

  if (oxum !== undefined) {
    const actual = { bytes: payload.reduce((sum, f) => sum + f.size, 0), files: payload.length };
    if (oxum.bytes !== actual.bytes || oxum.files !== actual.files) {
      const explained = missingSystemFiles > 0 && oxum.files === actual.files + missingSystemFiles && oxum.bytes >= actual.bytes;
      if (explained) {
        c.report('warning', 'oxum_unverifiable', 'bag-info.txt', { declared: oxum, actual, missing: missingSystemFiles });
      } else {
        c.report('error', 'oxum_mismatch', 'bag-info.txt', { declared: oxum, actual });
      }
    }
  }

  const result: BagReport = { valid: !c.problems.some((p) => p.severity === 'error'), problems: c.problems };
  if (c.version !== undefined) result.version = c.version;
  return result;
}
