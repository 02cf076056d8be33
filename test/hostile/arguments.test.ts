/**
 * Files named on the command line (issue 17, items 15 and 16): a FIFO or a device given as a
 * configuration or an answers file is refused at once instead of hanging or filling memory, and an
 * answers file's keys are looked up as its own keys, never as Object.prototype's.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AnswersFileError, readAnswersFile } from '../../src/core/scaffold/index.js';
import { draft } from '../helpers/cli.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
function temp(): string {
  const dir = mkdtempSync(join(tmpdir(), 'draft-args-'));
  dirs.push(dir);
  return dir;
}

describe('special files named as arguments', () => {
  it('validate -c with a FIFO or /dev/zero exits 2 at once with a message', () => {
    const dir = temp();
    const fifo = join(dir, 'draft.config.yaml');
    execFileSync('mkfifo', [fifo]);
    for (const config of [fifo, '/dev/zero']) {
      const r = draft(['validate', '--lang', 'en', '-c', config, 'x.yaml'], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/not a regular file/);
    }
  }, 20_000);

  it('new --answers with a FIFO or /dev/zero exits 2 at once with a message', () => {
    const dir = temp();
    const fifo = join(dir, 'answers.yaml');
    execFileSync('mkfifo', [fifo]);
    for (const answers of [fifo, '/dev/zero']) {
      const r = draft(['new', '--lang', 'en', '--answers', answers, '-o', join(dir, 'd.yaml')], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/not a regular file/);
    }
  }, 20_000);
});

describe('answers file keys', () => {
  for (const key of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf']) {
    it(`refuses «${key}» as an unknown key, as it refuses any other`, () => {
      expect(() => readAnswersFile(`kind: directive\n${key}: x\n`)).toThrow(AnswersFileError);
      try {
        readAnswersFile(`kind: directive\n${key}: x\n`);
      } catch (e) {
        expect((e as AnswersFileError).messages.en).toContain(`Unknown keys in the answers file: ${key}`);
      }
    });
  }

  it('refuses them on the command line too (exit 2, naming the key)', () => {
    const dir = temp();
    writeFileSync(join(dir, 'a.yaml'), 'kind: directive\nconstructor: x\n');
    const r = draft(['new', '--lang', 'en', '--answers', 'a.yaml', '-o', 'd.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('constructor');
  });
});
