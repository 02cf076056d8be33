import { mkdirSync, truncateSync, writeFileSync } from 'node:fs';
import { tempDir } from '../helpers/temp.js';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { validateFile, validateFileSync, validateText } from '../../src/core/engine/validate.js';
import { draft } from '../helpers/cli.js';

/** Files that are not drafts at all: each must be one clear finding, never a crash. */
const bomb = [
  'a: &a ["x","x","x","x","x","x","x","x","x"]',
  ...'bcdefghi'.split('').map((c, i) => {
    const prev = 'abcdefghi'[i]!;
    return `${c}: &${c} [${Array(9).fill(`*${prev}`).join(',')}]`;
  }),
].join('\n');

let dir: string;
beforeAll(() => {
  dir = tempDir('pishnevis-hostile-');
  writeFileSync(join(dir, 'empty.yaml'), '');
  writeFileSync(join(dir, 'blank.yaml'), '\n  \n');
  writeFileSync(join(dir, 'binary.yaml'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
  // «قم» in Windows-1256, as an old Word export would save it.
  writeFileSync(join(dir, 'windows-1256.yaml'), Buffer.concat([Buffer.from('title: '), Buffer.from([0xde, 0xe3]), Buffer.from('\n')]));
  writeFileSync(join(dir, 'list.yaml'), '- kind: directive\n- kind: circular\n');
  writeFileSync(join(dir, 'scalar.yaml'), 'just a sentence\n');
  writeFileSync(join(dir, 'bomb.yaml'), bomb + '\n');
  writeFileSync(join(dir, 'deep.yaml'), '['.repeat(20_000) + ']'.repeat(20_000) + '\n');
  writeFileSync(join(dir, 'huge.yaml'), '');
  truncateSync(join(dir, 'huge.yaml'), 60 * 1024 * 1024);
  mkdirSync(join(dir, 'x.yaml'));
  writeFileSync(join(dir, 'syntax.yaml'), 'kind: directive\ntitle: "unclosed\nid: a\n');
  writeFileSync(join(dir, 'two-docs.yaml'), 'kind: directive\n---\nkind: circular\n');
});

const cases: Array<[string, RegExp]> = [
  ['empty.yaml', /empty/],
  ['blank.yaml', /empty/],
  ['binary.yaml', /binary/],
  ['windows-1256.yaml', /not UTF-8/],
  ['list.yaml', /mapping/],
  ['scalar.yaml', /mapping/],
  ['bomb.yaml', /aliases/],
  ['deep.yaml', /nested|YAML syntax/],
  ['huge.yaml', /60\.0 MB/],
  ['x.yaml', /folder/],
  ['syntax.yaml', /YAML syntax/],
  ['two-docs.yaml', /YAML syntax/],
];

describe('hostile files are findings, not crashes', () => {
  for (const [name, message] of cases) {
    it(name, async () => {
      const result = await validateFile(join(dir, name), { lang: 'en' });
      expect(result.errorCount).toBeGreaterThan(0);
      const first = result.findings[0]!;
      expect(first.message).toMatch(message);
      expect(first.messages.fa.length).toBeGreaterThan(10);
      expect(first.line).toBeGreaterThanOrEqual(1);
      expect(first.column).toBeGreaterThanOrEqual(1);
    });
  }

  it('the alias bomb is refused before it is expanded', () => {
    const result = validateText(bomb, { lang: 'en' });
    expect(result.findings.map((f) => f.ruleId)).toEqual(['unreadable']);
  });

  it('a plain file with more values than any draft is refused like an alias bomb, on the fast path too', () => {
    const many = 'items:\n' + '  - a\n'.repeat(210_000);
    const result = validateText(many, { lang: 'en' });
    expect(result.findings.map((f) => f.ruleId)).toEqual(['unreadable']);
    expect(result.findings[0]!.message).toMatch(/more than 200,000 values/);
  });

  it('the invalid byte of a non-UTF-8 file is located', async () => {
    const result = await validateFile(join(dir, 'windows-1256.yaml'), { lang: 'en' });
    expect(result.findings[0]).toMatchObject({ line: 1, column: 8 });
  });

  it('a batch carries on past every hostile file, with exit code 1 and no stack trace', () => {
    const r = draft(['validate', dir, '--format', 'json', '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(/\bat .*\.js:\d+/);
    const results = JSON.parse(r.stdout) as Array<{ file: string; errorCount: number }>;
    const names = results.map((x) => x.file.split('/').pop()).sort();
    expect(names).toEqual(cases.map(([n]) => n).sort());
    for (const x of results) expect(x.errorCount).toBeGreaterThan(0);
  });
});

describe('special files', () => {
  it('a named pipe called like a draft is reported, not waited on, on both read paths', async () => {
    const fifoDir = tempDir('pishnevis-fifo-');
    const fifo = join(fifoDir, 'pipe.yaml');
    execFileSync('mkfifo', [fifo]);
    expect(validateFileSync(fifo, { lang: 'en' }).findings[0]!.message).toMatch(/not a regular file/);
    expect((await validateFile(fifo, { lang: 'en' })).findings[0]!.message).toMatch(/not a regular file/);
    const r = draft(['validate', fifoDir, '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/not a regular file/);
  });
});

describe('what is tolerated', () => {
  const minimal = 'kind: directive\ntitle: آزمون\n';
  it('a UTF-8 BOM and CRLF line ends parse like the plain file', () => {
    const plain = validateText(minimal, { lang: 'en' });
    const crlf = validateText('\uFEFF' + minimal.replace(/\n/g, '\r\n'), { lang: 'en' });
    expect(crlf.findings.map((f) => [f.ruleId, f.line, f.column, f.message])).toEqual(plain.findings.map((f) => [f.ruleId, f.line, f.column, f.message]));
    expect(crlf.findings.some((f) => f.ruleId === 'yaml-syntax' || f.ruleId === 'unreadable')).toBe(false);
  });
});
