import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateFile } from '../../src/core/engine/validate.js';
import { loadConfig } from '../../src/core/config/config.js';

/** The bundled examples are the README's promise: each one behaves as its name says. */
const EXAMPLES = fileURLToPath(new URL('../../examples/', import.meta.url));
const config = await loadConfig(EXAMPLES, { lang: 'en', env: {} });
const yamlIn = (dir: string): string[] => readdirSync(join(EXAMPLES, dir)).filter((f) => f.endsWith('.yaml')).sort();

describe('valid examples', () => {
  it.each(yamlIn('valid'))('%s has no finding at all', async (name) => {
    const result = await validateFile(join(EXAMPLES, 'valid', name), { config, lang: 'en' });
    expect(result.findings.map((f) => `${f.line}:${f.column} ${f.ruleId} ${f.message}`)).toEqual([]);
    expect(result.meta?.status).toBe('ready');
  });

  it('include format 1.1: a directive with chapters, items, a table and a quote, and a «ماده واحده»', () => {
    const texts = yamlIn('valid').map((n) => readFileSync(join(EXAMPLES, 'valid', n), 'utf8'));
    const v11 = texts.filter((t) => /^schemaVersion: 1\.1$/m.test(t));
    expect(v11.some((t) => /^chapters:/m.test(t) && /^\s+items:/m.test(t) && /^\s+tables:/m.test(t) && /^\s+quote:/m.test(t))).toBe(true);
    expect(v11.some((t) => /^singleArticle: true$/m.test(t))).toBe(true);
  });

  it('cover both kinds: two directives and a circular at least', () => {
    const kinds = yamlIn('valid').map((n) => /^kind: (\w+)/m.exec(readFileSync(join(EXAMPLES, 'valid', n), 'utf8'))?.[1]);
    expect(kinds.filter((k) => k === 'directive').length).toBeGreaterThanOrEqual(2);
    expect(kinds).toContain('circular');
  });
});

/**
 * Where each invalid example's finding must point: the text found at that line and column of the
 * source, so a position that drifts by a line or a column fails.
 */
const EXPECTED: Record<string, { rule: string; at: string[] }> = {
  'yaml-syntax': { rule: 'yaml-syntax', at: [' city:'] },
  'schema-missing-required': { rule: 'schema', at: [''] },
  'schema-unknown-key': { rule: 'schema', at: ['scpoe:'] },
  'schema-wrong-type': { rule: 'schema', at: ['معاونت مالی'] },
  'article-numbering': { rule: 'article-numbering', at: ['4'] },
  'clause-labels': { rule: 'clause-labels', at: ['پ'] },
  'closing-counts': { rule: 'closing-counts', at: ['پنج', 'سه'] },
  'cross-references': { rule: 'cross-references', at: ['ماده ۱۲'] },
  'jalali-date': { rule: 'jalali-date', at: ['1405/12/30'] },
  'effective-date': { rule: 'effective-date', at: ['1405/08/15'] },
  municipality: { rule: 'municipality', at: ['تبریز'] },
  'arabic-letters': { rule: 'arabic-letters', at: ['پايدار', 'كاهش'] },
  'arabic-digits': { rule: 'arabic-digits', at: ['٣٦'] },
  'rlm-half-space': { rule: 'rlm-half-space', at: ['\u200F'] },
  zwnj: { rule: 'zwnj', at: [' یابد'] },
  'latin-punctuation': { rule: 'latin-punctuation', at: [','] },
  placeholders: { rule: 'placeholders', at: ['تاریخ …'] },
  attachments: { rule: 'attachments', at: ['../secret.txt'] },
  'schema-version': { rule: 'schema-version', at: ['1'] },
  'document-shape': { rule: 'document-shape', at: ['[صدور پروانه]'] },
};

describe('invalid examples', () => {
  it('there is one for every rule listed here, and no other', () => {
    expect(yamlIn('invalid').map((n) => n.replace(/\.yaml$/, '')).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.entries(EXPECTED))('%s fails for that reason only, at the exact place', async (name, { rule, at }) => {
    const file = join(EXAMPLES, 'invalid', `${name}.yaml`);
    const result = await validateFile(file, { config, lang: 'en' });
    expect(result.findings.map((f) => f.ruleId)).toEqual(at.map(() => rule));
    const lines = readFileSync(file, 'utf8').split(/\r?\n/);
    result.findings.forEach((f, i) => {
      expect(f.messages.fa).toMatch(/[\u0600-\u06FF]/);
      const text = at[i]!;
      if (text) expect(lines[f.line - 1]!.slice(f.column - 1)).toMatch(new RegExp(`^["']?${text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`));
    });
  });
});

describe('the examples folder as one batch (the README\'s set-up command)', () => {
  it('valid examples stay clean and each invalid one fails for its own rule only, with the repository rules on', async () => {
    const { validateBatch } = await import('../../src/core/batch/batch.js');
    const batch = await validateBatch({ paths: [EXAMPLES], cwd: EXAMPLES, config, lang: 'en', threads: 1 });
    for (const result of batch.results) {
      const [folder, file] = result.file.split('/');
      const rules = [...new Set(result.findings.map((f) => f.ruleId))];
      if (folder === 'valid') expect(rules, result.file).toEqual([]);
      // schema-* examples are named for the schema rule; the others for their rule id.
      else expect(rules, result.file).toEqual([file!.replace(/\.yaml$/, '').replace(/^schema-(?!version).*/, 'schema')]);
    }
  });
});
