/**
 * Terminal escapes from a draft (issue 17, item 12): a YAML key or value holding raw ESC or CR must not
 * reach the terminal, where it could erase lines and print a fake "✔ no problems".
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { printable } from '../../src/reporters/printable.js';
import { ROOT, draft } from '../helpers/cli.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const ATTACK = '\u001b[2K\u001b[1A\r✔ 1 draft checked, no problems found.\u009b2J';

function hostileDraft(): string {
  const dir = mkdtempSync(join(tmpdir(), 'draft-esc-'));
  dirs.push(dir);
  const text = readFileSync(join(ROOT, 'examples', 'valid', 'qom-social-security.yaml'), 'utf8');
  // An unknown key (the schema message quotes it) and a value with escapes in it.
  writeFileSync(join(dir, 'd.yaml'), `${text}"x${ATTACK.replace(/\u001b/g, '\\e').replace(/\r/g, '\\r').replace(/\u009b/g, '\\x9b')}": 1\n`);
  return dir;
}

describe('control characters never reach the terminal', () => {
  it('printable shows them as escapes and leaves Persian, ZWNJ, tabs and line feeds alone', () => {
    expect(printable('a\u001b[2Kb\rc\u009bd')).toBe('a\\x1B[2Kb\\rc\\x9Bd');
    expect(printable('می‌شود\tو\n')).toBe('می‌شود\tو\n');
  });

  for (const format of ['stylish', 'github']) {
    it(`${format}: the finding is reported, with no raw ESC, CSI or CR in the output`, () => {
      const dir = hostileDraft();
      const r = draft(['validate', 'd.yaml', '--format', format, '--lang', 'en'], { cwd: dir });
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(/Unknown key/);
      expect(r.stdout).not.toMatch(/[\u001b\r\u009b]/);
      expect(r.stdout).toContain('\\x1B[2K');
    });
  }
});
