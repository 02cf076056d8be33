import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { draftIn, tempDir } from '../helpers/run.js';

const VALID = join(import.meta.dirname, '..', '..', 'examples', 'valid');

function repoWith(config: string): string {
  const dir = tempDir('pishnevis-config-');
  cpSync(VALID, join(dir, 'drafts'), { recursive: true });
  writeFileSync(join(dir, 'draft.config.yaml'), config);
  return dir;
}

describe('draft.config.yaml names rules by their ids', () => {
  it('a misspelt rule id is exit 2 with its line and column and a "did you mean", in the configuration\'s language', async () => {
    const cwd = repoWith('lang: en\nrules:\n  latin-punctuation: error\n  zwjn: off\n');
    const r = await draftIn(['validate', 'drafts'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`${join(cwd, 'draft.config.yaml')}:4:3\n`);
    expect(r.stderr).toContain('There is no rule "zwjn". Did you mean "zwnj"?');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const fa = await draftIn(['validate', 'drafts', '--lang', 'fa'], { cwd });
    expect(fa.stderr).toContain('قاعده‌ای به نام «zwjn» نیست. منظورتان «zwnj» بود؟');
    expect(fa.stderr).not.toContain('There is no rule');
  });

  it('an id far from every rule gets the list of rules instead of a guess', async () => {
    const r = await draftIn(['validate', 'drafts', '--lang', 'en'], { cwd: repoWith('rules:\n  spelling: warn\n') });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('There is no rule "spelling". Rules: ');
    expect(r.stderr).toContain('unique-title');
    expect(r.stderr).not.toContain('Did you mean');
  });

  it('the checks the tool always makes (schema, yaml-syntax, unreadable) cannot be turned off', async () => {
    for (const id of ['schema', 'yaml-syntax', 'unreadable']) {
      const r = await draftIn(['validate', 'drafts', '--lang', 'en'], { cwd: repoWith(`rules:\n  ${id}: off\n`) });
      expect(r.code, id).toBe(2);
      expect(r.stderr).toContain(`"${id}" is a check the tool always makes; it cannot be turned off`);
      expect(r.stderr).toMatch(/draft\.config\.yaml:2:3\n/);
    }
  });

  it('every configurable rule id is accepted, repository rules included', async () => {
    const r = await draftIn(['validate', 'drafts'], { cwd: repoWith('rules:\n  zwnj: off\n  unique-id: warn\n  unique-title: off\n  cross-references: warn\n') });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });
});
