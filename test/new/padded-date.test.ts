import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { draft } from '../helpers/cli.js';
import { tempDir } from './helpers.js';

const ARGS = [
  'new', '--kind', 'directive', '--province', 'قم', '--title', 'دستورالعمل ساماندهی پسماند شهری قم', '--category', 'environment',
  '--author-name', 'علی احمدی', '--author-position', 'معاون حقوقی شهرداری قم', '--legal-basis', 'قانون شهرداری|۵۵', '--id', 'qom-1405-pasmand',
];

describe('a date typed unpadded', () => {
  it('draft new writes 1405/9/5 as FORMAT.md writes dates, 1405/09/05', () => {
    const cwd = tempDir();
    const r = draft([...ARGS, '--date', '1405/9/5'], { cwd });
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(join(cwd, 'qom-1405-pasmand.yaml'), 'utf8')).toMatch(/^date: 1405\/09\/05$/m);
    const fa = tempDir();
    expect(draft([...ARGS, '--date', '۱۴۰۵/۹/۵'], { cwd: fa }).code).toBe(0);
    expect(readFileSync(join(fa, 'qom-1405-pasmand.yaml'), 'utf8')).toMatch(/^date: ۱۴۰۵\/۰۹\/۰۵$/m);
  });

  it('draft validate warns about one in a draft, with the padded date', () => {
    const cwd = tempDir();
    expect(draft([...ARGS, '--date', '1405/09/05'], { cwd }).code).toBe(0);
    const file = join(cwd, 'qom-1405-pasmand.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^date: .*$/m, 'date: 1405/9/5'));
    const r = draft(['validate', file, '--lang', 'en'], { cwd });
    expect(r.stdout).toContain('Write 1405/9/5 as YYYY/MM/DD, with a two-digit month and day: 1405/09/05.');
    expect(r.stdout).toMatch(/warning/);
  });
});
