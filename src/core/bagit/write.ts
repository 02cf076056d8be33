/**
 * Builds the submission package: a BagIt 1.0 bag under one top folder, zipped so that the same input
 * gives the same bytes on any machine (see zip-writer.ts for how).
 */
import { createHash } from 'node:crypto';
import { BagWriteError } from './errors.js';
import { pathProblem } from '../fs/safe-path.js';
import { compareBytes, nameKey } from './paths.js';
import { encodeManifestPath, renderInfoElement } from './tag-files.js';
import type { BagZipInput } from './types.js';
import { writeStoredZip, type ZipEntry } from './zip-writer.js';

export const BAGIT_TXT = 'BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n';
const ALGORITHM = 'sha256';
// Control characters in names break manifests (CR/LF), terminals and several unzip tools.
const CONTROL = /[\u0000-\u001f\u007f]/;

function sha256(data: Buffer | string): string {
  return createHash(ALGORITHM).update(data).digest('hex');
}

function checkRoot(root: string): void {
  if (root === '' || root === '.' || root === '..' || /[/\\:]/.test(root) || CONTROL.test(root) || root !== root.trim()) {
    throw new BagWriteError('INVALID_ROOT', `invalid bag root folder name: ${JSON.stringify(root)}`, root);
  }
}

function checkPayloadPaths(paths: readonly string[]): void {
  const seen = new Set<string>();
  const keys = new Map<string, string>();
  for (const path of paths) {
    if (pathProblem(path) !== undefined) throw new BagWriteError('INVALID_PAYLOAD_PATH', `invalid payload path: ${JSON.stringify(path)}`, path);
    if (seen.has(path)) throw new BagWriteError('DUPLICATE_PAYLOAD_PATH', `payload path given twice: ${path}`, path);
    seen.add(path);
    // Names equal after case folding or Unicode normalisation overwrite each other when the zip is
    // extracted on Windows or macOS, silently losing a file.
    const key = nameKey(path);
    const other = keys.get(key);
    if (other !== undefined) {
      throw new BagWriteError('PAYLOAD_PATH_COLLISION', `payload paths collide on case-insensitive systems: ${other}, ${path}`, path);
    }
    keys.set(key, path);
  }
  // `a` and `a/b` cannot both be files.
  for (const path of paths) {
    const segments = path.split('/');
    for (let i = 1; i < segments.length; i++) {
      const prefix = segments.slice(0, i).join('/');
      if (seen.has(prefix)) {
        throw new BagWriteError('INVALID_PAYLOAD_PATH', `payload path is both a file and a folder: ${prefix}`, prefix);
      }
    }
  }
}

function renderBagInfo(info: ReadonlyArray<readonly [string, string]>, oxum: string): string {
  let out = '';
  for (const [label, value] of info) {
    if (label === '' || label !== label.trim() || /[:\r\n]/.test(label) || CONTROL.test(label)) {
      throw new BagWriteError('INVALID_BAG_INFO', `invalid bag-info label: ${JSON.stringify(label)}`, label);
    }
    if (label.toLowerCase() === 'payload-oxum') {
      throw new BagWriteError('RESERVED_LABEL', 'Payload-Oxum is computed from the payload and must not be given', label);
    }
    // Leading/trailing blanks and line breaks would not survive a read back (values are trimmed and
    // lines unfolded), so the bag would say something other than what the caller gave.
    if (value !== value.trim() || /[\r\n]/.test(value) || /[\u0000-\u0008\u000b-\u001f\u007f]/.test(value)) {
      throw new BagWriteError('INVALID_BAG_INFO', `bag-info value for ${label} cannot be written as given`, label);
    }
    out += renderInfoElement(label, value);
  }
  out += renderInfoElement('Payload-Oxum', oxum);
  return out;
}

function manifestText(files: ReadonlyArray<{ path: string; data: Buffer | string }>): string {
  const lines = files.map((f) => ({ path: encodeManifestPath(f.path), sum: sha256(f.data) }));
  lines.sort((a, b) => compareBytes(a.path, b.path));
  return lines.map((l) => `${l.sum}  ${l.path}\n`).join('');
}

/** The folders every entry lives in, so that each gets its own entry with a fixed mode. */
function folderNames(fileNames: readonly string[]): string[] {
  const dirs = new Set<string>();
  for (const name of fileNames) {
    const segments = name.split('/');
    for (let i = 1; i < segments.length; i++) dirs.add(`${segments.slice(0, i).join('/')}/`);
  }
  return [...dirs];
}

export async function buildBagZip(input: BagZipInput): Promise<Buffer> {
  checkRoot(input.root);
  checkPayloadPaths(input.payload.map((p) => p.path));

  const payload = [...input.payload].sort((a, b) => compareBytes(a.path, b.path));
  const octets = payload.reduce((sum, p) => sum + p.content.length, 0);

  const manifest = manifestText(payload.map((p) => ({ path: `data/${p.path}`, data: p.content })));
  const bagInfo = renderBagInfo(input.info, `${octets}.${payload.length}`);
  const tagFiles: Array<{ path: string; data: string }> = [
    { path: 'bagit.txt', data: BAGIT_TXT },
    { path: 'bag-info.txt', data: bagInfo },
    { path: `manifest-${ALGORITHM}.txt`, data: manifest },
  ];
  const tagManifest = manifestText(tagFiles);

  const files = new Map<string, Buffer>();
  for (const t of tagFiles) files.set(`${input.root}/${t.path}`, Buffer.from(t.data, 'utf8'));
  files.set(`${input.root}/tagmanifest-${ALGORITHM}.txt`, Buffer.from(tagManifest, 'utf8'));
  for (const p of payload) files.set(`${input.root}/data/${p.path}`, p.content);

  // data/ always gets an entry, even with no payload, because a bag without it is not a bag.
  const dirs = new Set([...folderNames([...files.keys()]), `${input.root}/data/`]);
  const entries: ZipEntry[] = [...dirs].map((name) => ({ name }));
  for (const [name, data] of files) entries.push({ name, data });
  entries.sort((a, b) => compareBytes(a.name, b.name));

  return writeStoredZip(entries, input.mtime, input.comment);
}
