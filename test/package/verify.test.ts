import { appendFileSync, existsSync, readFileSync, readdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageCommand } from '../../src/commands/package.js';
import { verifyCommand } from '../../src/commands/verify.js';
import { verifyPackage } from '../../src/core/package/verify.js';
import { renderDraft } from '../../src/core/render/index.js';
import { VERSION } from '../../src/version.js';
import { draft } from '../helpers/cli.js';
import { ID, SUITE, capture, copyFixture, sha256, tempDir, unzipTo } from './helpers.js';

let src: string;
let work: string;
let zip: string;
let original: Buffer;
const unpackedDirs: string[] = [];

beforeAll(async () => {
  src = copyFixture();
  work = tempDir('draft-verify-');
  const c = capture();
  const code = await packageCommand({ file: join(src, 'draft.yaml'), cwd: work, stdout: c.stdout, stderr: c.stderr, lang: 'en', env: {} });
  if (code !== 0) throw new Error(c.out + c.err);
  zip = join(work, `${ID}.zip`);
  original = readFileSync(zip);
});
afterAll(() => {
  rmSync(src, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
  for (const dir of unpackedDirs) rmSync(dir, { recursive: true, force: true });
});

const options = { toolVersion: VERSION, lang: 'en' as const, render: (d: Record<string, unknown>, g: string) => renderDraft(d, { generator: g }) };

async function verify(target: string) {
  const c = capture();
  const code = await verifyCommand({ target, cwd: work, stdout: c.stdout, lang: 'en', env: {} });
  return { code, out: c.out };
}

/** A fresh unpacked copy of the package; returns the bag folder. */
function unpacked(): string {
  const dir = tempDir('draft-bag-');
  unpackedDirs.push(dir);
  unzipTo(zip, dir);
  return join(dir, ID);
}

/** Rewrites the bag's manifests and Payload-Oxum after an edit, as a forger would. */
function reseal(bag: string): void {
  const payload: string[] = [];
  const walk = (rel: string): void => {
    for (const e of readdirSync(join(bag, rel), { withFileTypes: true })) {
      const p = `${rel}/${e.name}`;
      if (e.isDirectory()) walk(p);
      else payload.push(p);
    }
  };
  walk('data');
  payload.sort();
  const bytes = payload.reduce((n, p) => n + readFileSync(join(bag, p)).length, 0);
  writeFileSync(join(bag, 'manifest-sha256.txt'), payload.map((p) => `${sha256(readFileSync(join(bag, p)))}  ${p}\n`).join(''));
  const info = readFileSync(join(bag, 'bag-info.txt'), 'utf8').replace(/Payload-Oxum: .*/, `Payload-Oxum: ${bytes}.${payload.length}`);
  writeFileSync(join(bag, 'bag-info.txt'), info);
  const tags = ['bag-info.txt', 'bagit.txt', 'manifest-sha256.txt'];
  writeFileSync(join(bag, 'tagmanifest-sha256.txt'), tags.map((t) => `${sha256(readFileSync(join(bag, t)))}  ${t}\n`).join(''));
}

describe('draft verify on a package', () => {
  it('accepts the package as written (exit 0), zipped and unpacked', async () => {
    const z = await verify(zip);
    expect(z.code, z.out).toBe(0);
    expect(z.out).toMatch(/is sound \(submission "qom-social-security-obligations", 4 payload files\)/);
    const bag = unpacked();
    const f = await verify(bag);
    expect(f.code, f.out).toBe(0);
  });

  it('fails a zip with any one byte flipped, wherever it is', async () => {
    // Every byte of the first local header and name, the start of the data, the central directory and
    // the end record, plus a spread of positions through the contents.
    const n = original.length;
    const central = original.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    const positions = new Set<number>();
    for (let i = 0; i < 80; i++) positions.add(i);
    for (let i = 0; i < 60; i++) positions.add(Math.floor(((i + 0.5) * n) / 60));
    for (let i = central; i < central + 60; i++) positions.add(i);
    for (let i = n - 22; i < n; i++) positions.add(i);
    const target = join(work, 'flipped.zip');
    const passed: number[] = [];
    for (const at of positions) {
      const copy = Buffer.from(original);
      copy[at] = copy[at]! ^ 0x01;
      writeFileSync(target, copy);
      const report = await verifyPackage(target, options);
      if (report.valid) passed.push(at);
    }
    expect(passed, `flips at ${passed.join(', ')} passed verification`).toEqual([]);
  }, 120_000);

  it('names an altered file', async () => {
    const bag = unpacked();
    appendFileSync(join(bag, 'data', 'attachments', 'attachments', 'table.csv'), '5,extra,1,x\n');
    const r = await verify(bag);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/data\/attachments\/attachments\/table\.csv\s+error .*checksum_mismatch/);
    expect(r.out).toMatch(/oxum_mismatch/);
  });

  it('names a missing file', async () => {
    const bag = unpacked();
    unlinkSync(join(bag, 'data', `${ID}.html`));
    const r = await verify(bag);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(new RegExp(`data/${ID}\\.html\\s+error .*payload_missing`));
  });

  it('names an extra file', async () => {
    const bag = unpacked();
    writeFileSync(join(bag, 'data', 'note.txt'), 'slipped in');
    const r = await verify(bag);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/data\/note\.txt\s+error .*payload_unlisted/);
  });

  it('catches a draft edited and resealed with fresh manifests: the draft, document and submission.json disagree', async () => {
    const bag = unpacked();
    const path = join(bag, 'data', `${ID}.yaml`);
    writeFileSync(path, readFileSync(path, 'utf8').replace('پنج درصد', 'ده درصد'));
    reseal(bag);
    const r = await verify(bag);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/submission_file_altered/);
    expect(r.out).toMatch(/document_mismatch/);
  });

  it('re-validates the draft inside: a resealed draft with an error fails, naming the line', async () => {
    const bag = unpacked();
    const path = join(bag, 'data', `${ID}.yaml`);
    writeFileSync(path, readFileSync(path, 'utf8').replace('status: ready', 'status: draft').replace('province: قم', 'province: قمم'));
    reseal(bag);
    const report = await verifyPackage(bag, options);
    expect(report.valid).toBe(false);
    const codes = report.problems.map((p) => p.code);
    expect(codes).toContain('draft_not_ready');
    expect(report.problems.find((p) => p.code.startsWith('draft/') && p.severity === 'error')).toMatchObject({ file: `data/${ID}.yaml`, line: expect.any(Number) });
  });

  it('checks submission.json against its schema', async () => {
    const bag = unpacked();
    const path = join(bag, 'data', 'submission.json');
    const json = JSON.parse(readFileSync(path, 'utf8'));
    delete json.validation;
    json.surprise = true;
    writeFileSync(path, `${JSON.stringify(json, null, 2)}\n`);
    reseal(bag);
    const r = await verify(bag);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/submission_schema/);
  });

  it('names a missing submission.json in a bag pishnevis made', async () => {
    const bag = unpacked();
    unlinkSync(join(bag, 'data', 'submission.json'));
    reseal(bag);
    const r = await verify(bag);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/data\/submission\.json\s+error .*submission_missing/);
  });

  it('prints JSON with -f json', async () => {
    const c = capture();
    expect(await verifyCommand({ target: zip, cwd: work, format: 'json', stdout: c.stdout, env: {} })).toBe(0);
    expect(JSON.parse(c.out)).toMatchObject({ valid: true, container: 'zip', kind: 'submission', bagVersion: '1.0', id: ID, problems: [] });
  });

  it('is a usage error for a path that does not exist', async () => {
    await expect(verify(join(work, 'nothing.zip'))).rejects.toMatchObject({ name: 'UsageError' });
  });
});

describe('draft verify as a general BagIt validator (built binary, LoC conformance suite)', () => {
  it('finds the suite', () => {
    expect(existsSync(SUITE), `conformance suite not found at ${SUITE}`).toBe(true);
  });
  const cases: Array<[string, number]> = [
    ['v1.0/valid/basicBag', 0],
    ['v1.0/invalid/bagit-with-invalid-whitespace', 1],
    ['v1.0/invalid/notAllManifestsListAllFiles', 1],
    ['v1.0/invalid/same-filename-listed-twice-with-different-hashes', 1],
    ['v1.0/invalid/same-filename-listed-twice-with-the-same-hash', 1],
    ['v0.97/valid/bag-with-encoded-names', 0],
    ['v0.97/valid/UTF-16-encoded-tag-files', 0],
    ['v0.97/invalid/corrupt-data-file', 1],
    ['v0.97/invalid/extra-file-in-bag', 1],
    ['v0.97/linux-only/out-of-scope-file-paths-using-absolute-path', 1],
  ];
  it.each(cases)('%s → exit %i', (bag, code) => {
    const r = draft(['verify', join(SUITE, bag), '--lang', 'en']);
    expect(r.code, r.stdout + r.stderr).toBe(code);
    if (code === 1) expect(r.stdout).toMatch(/error/);
  });
});

describe('draft verify end to end (built binary)', () => {
  it('accepts a package the binary wrote and rejects it with a flipped byte, exit 1', () => {
    const dir = tempDir('draft-e2e-');
    try {
      const src2 = copyFixture();
      expect(draft(['package', join(src2, 'draft.yaml')], { cwd: dir, env: { SOURCE_DATE_EPOCH: '' } }).code).toBe(0);
      rmSync(src2, { recursive: true, force: true });
      const z = join(dir, `${ID}.zip`);
      expect(draft(['verify', z]).code).toBe(0);
      const bytes = readFileSync(z);
      const middle = Math.floor(bytes.length / 2);
      bytes[middle] = bytes[middle]! ^ 0x20;
      writeFileSync(z, bytes);
      const r = draft(['verify', z, '--lang', 'en']);
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(/not sound/);
      expect(draft(['verify', join(dir, 'missing.zip')]).code).toBe(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
