import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateText } from '../../src/core/engine/validate.js';
import type { Finding } from '../../src/core/engine/types.js';

/*
 * Real Iranian legal texts (test/fixtures/real/, each with its source in a header comment): acts, a bylaw,
 * a circular and cabinet decrees, transcribed verbatim into format 1.1 drafts. A correct real text gives
 * no structural finding; a defect injected into it is caught on its line. Orthography findings on them
 * are real (Arabic ي/ك and «مي شود» as the collections print them) and are not counted here.
 */
const DIR = join(import.meta.dirname, '..', 'fixtures', 'real');
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.yaml')).sort();
/** The rules that read structure, references and counts, and the text rules a real text must not trip. */
const STRUCTURAL = new Set([
  'article-numbering', 'clause-labels', 'closing-counts', 'cross-references', 'placeholders', 'latin-punctuation',
  'presentation-forms', 'rlm-half-space',
]);

/** The schema and the 1.1 shape rules. */
const SHAPE = new Set(['schema', 'schema-version', 'document-shape', 'yaml-syntax', 'unreadable']);

const read = (name: string): string => readFileSync(join(DIR, name), 'utf8');
const check = (text: string): Finding[] => validateText(text, { lang: 'en', file: 'real.yaml' }).findings;
const structural = (findings: Finding[]): string[] =>
  findings.filter((f) => STRUCTURAL.has(f.ruleId)).map((f) => `${f.ruleId} ${f.line}:${f.column} ${f.message}`);
/** The 1-based line of the first line holding `needle`. */
const lineOf = (text: string, needle: string): number => {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`not in the fixture: ${needle}`);
  return text.slice(0, at).split('\n').length;
};
const replaceOnce = (text: string, from: string, to: string): string => {
  if (!text.includes(from)) throw new Error(`not in the fixture: ${from}`);
  return text.replace(from, to);
};

describe('real texts: no structural finding', () => {
  it('has at least eight texts, each naming its source', () => {
    expect(FILES.length).toBeGreaterThanOrEqual(8);
    for (const name of FILES) expect(read(name).startsWith('# Source'), name).toBe(true);
  });

  for (const name of FILES) {
    it(name, () => {
      const findings = check(read(name));
      expect(structural(findings)).toEqual([]);
      // They are valid format 1.1 drafts too: the schema and the shape rules accept them.
      expect(findings.filter((f) => SHAPE.has(f.ruleId)).map((f) => `${f.ruleId} ${f.line}:${f.column} ${f.message}`)).toEqual([]);
    });
  }

  it('still reports what is really wrong in them: Arabic letters and «مي شود» in the cabinet decrees', () => {
    const findings = check(read('cabinet-media-bylaw-amendment-1403.yaml'));
    expect(findings.some((f) => f.ruleId === 'arabic-letters')).toBe(true);
    expect(findings.some((f) => f.ruleId === 'zwnj' && f.message.includes('مي شود'))).toBe(true);
  });
});

describe('real texts: injected defects are caught on their line', () => {
  const bylaw = read('fiu-bylaw.yaml');

  it('a wrong article count in the closing', () => {
    const text = replaceOnce(bylaw, 'در هشت ماده و ده تبصره', 'در نه ماده و ده تبصره');
    expect(structural(check(text))).toEqual([
      `closing-counts ${lineOf(text, 'closing:')}:26 The closing states «نه» articles but the directive has 8 (counting article 1, the definitions).`,
    ]);
  });

  it('a wrong note count in the closing', () => {
    const text = replaceOnce(bylaw, 'در هشت ماده و ده تبصره', 'در هشت ماده و دوازده تبصره');
    expect(structural(check(text))).toEqual([
      `closing-counts ${lineOf(text, 'closing:')}:37 The closing states «دوازده» notes but the articles have 10 notes in all.`,
    ]);
  });

  it('a wrong count stated in the preamble', () => {
    const text = replaceOnce(bylaw, 'این آییننامه به منظور اجرای', 'این آییننامه مشتمل بر ۹ ماده و ۱۰ تبصره به منظور اجرای');
    const found = structural(check(text));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(new RegExp(`^closing-counts ${lineOf(text, 'مشتمل بر ۹')}:\\d+ The preamble states «۹» articles but the directive has 8`));
  });

  it('a dangling reference in a note', () => {
    const text = replaceOnce(bylaw, 'گزارشهای موضوع این ماده', 'گزارشهای موضوع ماده (۹) این آییننامه');
    const found = structural(check(text));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(new RegExp(`^cross-references ${lineOf(text, 'گزارشهای موضوع')}:\\d+ «ماده \\(۹\\)»: article 9 does not exist; this directive has 8 articles\\.`));
  });

  it('a reference to a note an article does not have', () => {
    const text = replaceOnce(bylaw, 'تمام مشاغل سازمانی مرکز', 'طبق تبصره ۵ ماده ۳ این آییننامه تمام مشاغل سازمانی مرکز');
    const found = structural(check(text));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(new RegExp(`^cross-references ${lineOf(text, 'طبق تبصره ۵')}:\\d+ «تبصره ۵ ماده ۳»: article 3 has no note 5; it has 4 notes\\.`));
  });

  it('a gap in article numbers', () => {
    // Number every article (2 … 8 after the definitions), then skip one.
    let n = 1;
    let text = bylaw.replace(/^ {2}- text:/gm, () => `  - number: ${++n}\n    text:`);
    text = replaceOnce(text, 'number: 5\n', 'number: 6\n');
    const found = structural(check(text));
    expect(found.every((f) => f.startsWith('article-numbering '))).toBe(true);
    expect(found[0]).toBe(`article-numbering ${lineOf(text, 'number: 6\n')}:13 The article number should be 5 but is 6 (article 1 is the definitions, and the articles continue 2, 3 … with no gap).`);
  });

  it('a wrong clause label in the clauses of the single article (no fix breaks a reference)', () => {
    const acts = read('insurance-amendment-1353-clauses.yaml');
    const text = replaceOnce(acts, '      - label: ب\n', '      - label: ج\n');
    const findings = check(text).filter((f) => STRUCTURAL.has(f.ruleId));
    expect(findings.map((f) => `${f.ruleId} ${f.line}:${f.column}`)).toEqual([`clause-labels ${lineOf(text, 'label: ج')}:16`]);
    expect(findings[0]!.message).toContain('should be labelled «ب» but is «ج»');
    expect(findings[0]!.fix).toEqual({ range: expect.any(Array), text: 'ب' });
  });

  it('a dangling reference in a cabinet decree that names no instrument', () => {
    const decree = read('cabinet-pension-advance-1403.yaml');
    // A circular with no articles refers to none of its own unless it says so («این بخشنامه»).
    const text = replaceOnce(decree, 'اضافه مي شود.', 'اضافه مي شود و ماده ۳ این بخشنامه اجرا نمی‌شود.');
    const found = structural(check(text));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(new RegExp(`^cross-references ${lineOf(text, 'ماده ۳ این بخشنامه')}:\\d+ «ماده ۳»: this circular has no articles`));
  });

  it('the quoted wording stays exempt when the quote is unwrapped into the article text', () => {
    const inline = read('insurance-amendment-1353-inline.yaml');
    expect(structural(check(inline))).toEqual([]);
    // The same references outside the quoted part are the draft's own, and reported.
    const text = replaceOnce(inline, 'مصوب ۱۳۵۰/۳/۳۰ به شرح زیر', 'مصوب ۱۳۵۰/۳/۳۰ و ماده ۲ این قانون به شرح زیر');
    const found = structural(check(text));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^cross-references \d+:\d+ «ماده ۲»: article 2 does not exist; this directive has 1 article\./);
  });
});
