import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import yauzl from 'yauzl';
import { afterAll, describe, expect, it } from 'vitest';
import { BagWriteError } from '../../src/core/bagit/errors.js';
import { parseBagInfo } from '../../src/core/bagit/tag-files.js';
import { verifyBagFolder, verifyBagZip } from '../../src/core/bagit/verify.js';
import { buildBagZip } from '../../src/core/bagit/write.js';
import { PERSIAN_NAME, removeTempDirs, sampleInput, tempDir, writeTemp } from './helpers.js';

afterAll(removeTempDirs);

const sha256 = (b: Buffer): string => createHash('sha256').update(b).digest('hex');

interface ListedEntry {
  name: string;
  flags: number;
  mode: number;
  data: Buffer;
  modified: Date;
  extraFieldLength: number;
}

async function listZip(zip: Buffer): Promise<ListedEntry[]> {
  const file = await yauzl.fromBufferPromise(zip, { lazyEntries: true });
  const out: ListedEntry[] = [];
  for await (const e of file.eachEntry()) {
    const chunks: Buffer[] = [];
    if (!e.fileName.endsWith('/')) for await (const c of await file.openReadStreamPromise(e)) chunks.push(c as Buffer);
    out.push({
      name: e.fileName,
      flags: e.generalPurposeBitFlag,
      mode: e.externalFileAttributes >>> 16,
      data: Buffer.concat(chunks),
      modified: e.getLastModDate({ timezone: 'UTC' }),
      extraFieldLength: e.extraFieldLength,
    });
  }
  return out;
}

function unzip(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync('/usr/bin/unzip', args, { encoding: 'utf8', env: { ...process.env, LC_ALL: 'C.UTF-8' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('buildBagZip', () => {
  it('produces a bag that verifyBagZip accepts without any problem', async () => {
    const path = writeTemp('bag.zip', await buildBagZip(sampleInput()));
    const report = await verifyBagZip(path);
    expect(report.problems).toEqual([]);
    expect(report).toMatchObject({ valid: true, version: '1.0' });
  });

  it('passes `unzip -t` and extracts to a folder that verifyBagFolder accepts', async () => {
    const path = writeTemp('bag.zip', await buildBagZip(sampleInput()));
    const test = unzip(['-t', path]);
    expect(test.status, test.stdout + test.stderr).toBe(0);
    expect(test.stdout).toContain('No errors detected');

    const out = tempDir();
    const x = unzip(['-q', path, '-d', out]);
    expect(x.status, x.stderr).toBe(0);
    const report = await verifyBagFolder(join(out, 'qom-1405-parking'));
    expect(report.problems).toEqual([]);
    expect(report.valid).toBe(true);
  });

  it('writes the tag files the submission package needs', async () => {
    const entries = await listZip(await buildBagZip(sampleInput()));
    const text = (name: string): string => entries.find((e) => e.name === `qom-1405-parking/${name}`)?.data.toString('utf8') ?? '';
    expect(text('bagit.txt')).toBe('BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n');

    const info = text('bag-info.txt');
    for (const line of info.split('\n')) expect([...line].length).toBeLessThanOrEqual(79);
    const parsed = parseBagInfo(info).elements.map((e) => [e.label, e.value]);
    const octets = sampleInput().payload.reduce((n, p) => n + p.content.length, 0);
    expect(parsed).toEqual([...sampleInput().info, ['Payload-Oxum', `${octets}.5`]]);
    expect(info).toMatch(/\n {2}\S/); // the long description was folded

    const manifest = text('manifest-sha256.txt').split('\n').filter(Boolean);
    const paths = manifest.map((l) => l.slice(66));
    expect(paths).toEqual([...paths].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b))));
    expect(paths).toContain('data/attachments/100%25 report.txt');
    expect(paths).toContain(`data/${PERSIAN_NAME}`);

    const tagPaths = text('tagmanifest-sha256.txt').split('\n').filter(Boolean).map((l) => l.slice(66));
    expect(tagPaths).toEqual(['bag-info.txt', 'bagit.txt', 'manifest-sha256.txt']);
  });

  it('stores sorted entries with fixed modes, the UTF-8 flag, the UTC mtime and no extra fields', async () => {
    const input = sampleInput();
    const entries = await listZip(await buildBagZip(input));
    const names = entries.map((e) => e.name);
    expect(names).toEqual([...names].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b))));
    expect(names).toContain('qom-1405-parking/');
    expect(names).toContain('qom-1405-parking/data/');
    expect(names).toContain('qom-1405-parking/data/پیوست‌ها/');
    for (const e of entries) {
      expect(e.flags & 0x0800, e.name).toBe(0x0800);
      expect(e.mode, e.name).toBe(e.name.endsWith('/') ? 0o040755 : 0o100644);
      expect(e.modified.toISOString(), e.name).toBe(input.mtime.toISOString());
      expect(e.extraFieldLength, e.name).toBe(0);
    }
  });

  it('keeps data files byte for byte (no line-ending changes)', async () => {
    const input = sampleInput();
    const entries = await listZip(await buildBagZip(input));
    for (const p of input.payload) {
      expect(entries.find((e) => e.name === `qom-1405-parking/data/${p.path}`)?.data.equals(p.content), p.path).toBe(true);
    }
  });

  it('gives identical bytes for the same input, whatever the payload order', async () => {
    const a = await buildBagZip(sampleInput());
    const b = await buildBagZip(sampleInput());
    const shuffled = sampleInput();
    shuffled.payload.reverse();
    const c = await buildBagZip(shuffled);
    expect(a.equals(b)).toBe(true);
    expect(a.equals(c)).toBe(true);
  });

  it('gives identical bytes when the process time zone changes at runtime', async () => {
    const saved = process.env['TZ'];
    const probe = new Date('2026-07-01T00:00:00Z');
    const results = new Map<string, { hash: string; offset: number }>();
    try {
      for (const tz of ['UTC', 'Asia/Tehran', 'America/Los_Angeles', 'Pacific/Kiritimati']) {
        process.env['TZ'] = tz;
        results.set(tz, { hash: sha256(await buildBagZip(sampleInput())), offset: probe.getTimezoneOffset() });
      }
    } finally {
      if (saved === undefined) delete process.env['TZ'];
      else process.env['TZ'] = saved;
    }
    // Proves the runtime really switched zones, so equal hashes mean something.
    expect(new Set([...results.values()].map((r) => r.offset)).size).toBe(4);
    expect(new Set([...results.values()].map((r) => r.hash)).size).toBe(1);
  });

  it('gives identical bytes in child processes with other TZ and umask', async () => {
    // The child imports the library as built (dist/, never older than src/: test/helpers/fresh-build.ts).
    const built = pathToFileURL(fileURLToPath(new URL('../../dist/core/bagit/write.js', import.meta.url))).href;
    const outDir = tempDir('pishnevis-bagit-child-');
    const input = sampleInput();
    const serial = JSON.stringify({
      ...input,
      mtime: input.mtime.toISOString(),
      payload: input.payload.map((p) => ({ path: p.path, content: p.content.toString('base64') })),
    });
    writeFileSync(
      join(outDir, 'child.mjs'),
      [
        "import { createHash } from 'node:crypto';",
        `import { buildBagZip } from '${built}';`,
        'const i = JSON.parse(process.env.BAG_INPUT);',
        "const payload = i.payload.map((p) => ({ path: p.path, content: Buffer.from(p.content, 'base64') }));",
        'const zip = await buildBagZip({ ...i, mtime: new Date(i.mtime), payload });',
        "const offset = new Date('2026-07-01T00:00:00Z').getTimezoneOffset();",
        "process.stdout.write(JSON.stringify({ hash: createHash('sha256').update(zip).digest('hex'), offset }));",
      ].join('\n'),
    );

    const expected = sha256(await buildBagZip(sampleInput()));
    const runs = [
      { TZ: 'UTC', umask: '022' },
      { TZ: 'Asia/Tehran', umask: '077' },
      { TZ: 'America/Los_Angeles', umask: '002' },
    ];
    const offsets = new Set<number>();
    for (const run of runs) {
      const r = spawnSync('/bin/sh', ['-c', `umask ${run.umask} && exec "${process.execPath}" child.mjs`], {
        cwd: outDir,
        encoding: 'utf8',
        env: { ...process.env, TZ: run.TZ, BAG_INPUT: serial },
      });
      expect(r.status, r.stderr).toBe(0);
      const out = JSON.parse(r.stdout) as { hash: string; offset: number };
      expect(out.hash, run.TZ).toBe(expected);
      offsets.add(out.offset);
    }
    expect(offsets.size).toBe(3);
  });

  it('round-trips a Persian file name', async () => {
    const zip = await buildBagZip(sampleInput());
    const entry = (await listZip(zip)).find((e) => e.name === `qom-1405-parking/data/${PERSIAN_NAME}`);
    expect(entry?.data.toString('utf8')).toBe('نقشه\n');

    const path = writeTemp('bag.zip', zip);
    const listing = unzip(['-Z1', path]);
    expect(listing.status).toBe(0);
    expect(listing.stdout.split('\n')).toContain(`qom-1405-parking/data/${PERSIAN_NAME}`);

    const out = tempDir();
    expect(unzip(['-q', path, '-d', out]).status).toBe(0);
    expect(readFileSync(join(out, 'qom-1405-parking', 'data', PERSIAN_NAME), 'utf8')).toBe('نقشه\n');
  });

  it('makes a valid bag with an empty payload', async () => {
    const zip = await buildBagZip({ ...sampleInput(), payload: [] });
    const names = (await listZip(zip)).map((e) => e.name);
    expect(names).toContain('qom-1405-parking/data/');
    const report = await verifyBagZip(writeTemp('empty.zip', zip));
    expect(report.problems).toEqual([]);
  });

  it.each([
    ['a path climbing out', { payload: [{ path: '../evil', content: Buffer.from('') }] }, 'INVALID_PAYLOAD_PATH'],
    ['an absolute path', { payload: [{ path: '/etc/x', content: Buffer.from('') }] }, 'INVALID_PAYLOAD_PATH'],
    ['a backslash', { payload: [{ path: 'a\\b', content: Buffer.from('') }] }, 'INVALID_PAYLOAD_PATH'],
    ['a line break', { payload: [{ path: 'a\nb', content: Buffer.from('') }] }, 'INVALID_PAYLOAD_PATH'],
    ['a file that is also a folder', { payload: [{ path: 'a', content: Buffer.from('') }, { path: 'a/b', content: Buffer.from('') }] }, 'INVALID_PAYLOAD_PATH'],
    ['the same path twice', { payload: [{ path: 'a', content: Buffer.from('1') }, { path: 'a', content: Buffer.from('2') }] }, 'DUPLICATE_PAYLOAD_PATH'],
    ['paths equal but for case', { payload: [{ path: 'A.txt', content: Buffer.from('') }, { path: 'a.txt', content: Buffer.from('') }] }, 'PAYLOAD_PATH_COLLISION'],
    ['a root with a slash', { root: 'a/b' }, 'INVALID_ROOT'],
    ['a caller-given Payload-Oxum', { info: [['Payload-Oxum', '1.1']] as Array<[string, string]> }, 'RESERVED_LABEL'],
    ['a label with a colon', { info: [['A:B', 'x']] as Array<[string, string]> }, 'INVALID_BAG_INFO'],
    ['a value with a line break', { info: [['A', 'x\ny']] as Array<[string, string]> }, 'INVALID_BAG_INFO'],
    ['an invalid mtime', { mtime: new Date('nope') }, 'INVALID_MTIME'],
  ])('refuses %s', async (_name, patch, code) => {
    const error = await buildBagZip({ ...sampleInput(), ...patch }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BagWriteError);
    expect((error as BagWriteError).code).toBe(code);
  });
});
