import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixText } from '../../src/core/engine/fix.js';
import { validateText } from '../../src/core/engine/validate.js';
import { wordCopy } from './word-copy.js';

/*
 * The real texts of test/fixtures/real/ (each names its source: cabinet decrees as published, with
 * their Arabic ي and ك and «بانك هاي»; a bylaw; amending acts; a circular), through --fix. What the
 * fixer changes must be orthography only: every changed line reads the same once ي/ك, digits, the
 * half-space marks and Latin commas are folded. And a Word copy's damage on top changes nothing in
 * what comes out.
 */
const REAL = join(import.meta.dirname, '../fixtures/real');
const files = readdirSync(REAL).filter((f) => f.endsWith('.yaml')).sort();

/** What orthography fixes may change, folded away. */
function fold(line: string): string {
  return line
    .replace(/[يى]/g, 'ی').replace(/ك/g, 'ک')
    .replace(/[٠-٩]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0x90))
    .replace(/[\u200C\u200E\u200F\u00AD]/g, ' ').replace(/ {2,}/g, ' ')
    .replace(/,/g, '،').replace(/;/g, '؛')
    .normalize('NFKC');
}

const ORTHOGRAPHY = new Set(['arabic-letters', 'arabic-digits', 'rlm-half-space', 'zwnj', 'latin-punctuation', 'presentation-forms']);

describe('--fix on real texts', () => {
  it('has the corpus', () => {
    expect(files.length).toBeGreaterThanOrEqual(8);
  });

  for (const name of files) {
    const text = readFileSync(join(REAL, name), 'utf8');
    const options = { file: name, dir: REAL };

    it(`${name}: only orthography changes, nothing gets worse, and a second run changes nothing`, () => {
      const before = validateText(text, options);
      const out = fixText(text, options);
      const a = text.split('\n');
      const b = out.output.split('\n');
      expect(b).toHaveLength(a.length);
      a.forEach((line, i) => {
        if (line !== b[i]) expect(fold(b[i]!)).toBe(fold(line));
      });
      expect(out.result.errorCount).toBeLessThanOrEqual(before.errorCount);
      // Every orthography finding that had a fix is gone.
      expect(out.result.findings.filter((f) => ORTHOGRAPHY.has(f.ruleId) && f.fix)).toEqual([]);
      expect(fixText(out.output, options).output).toBe(out.output);
    });

    it(`${name}: an old Word copy of it comes out of --fix as the text itself does`, () => {
      const damaged = wordCopy(text, { gapAfter: 999, lastArticle: 999, closing: ['', ''] });
      expect(damaged).not.toBe(text);
      expect(fixText(damaged, options).output).toBe(fixText(text, options).output);
    });
  }

  it('a cabinet decree as published loses its Arabic letters and gets its half-spaces', () => {
    const name = 'cabinet-interest-free-banks-1403.yaml';
    const out = fixText(readFileSync(join(REAL, name), 'utf8'), { file: name, dir: REAL }).output;
    expect(out).toContain("title: 'تکلیف بانک‌های رسالت و قرض الحسنه مهر ایران نسبت به اجرای کلیه تکالیف");
    // The comments that name the source quote it as published, and comments are never touched.
    const yaml = out.split('\n').filter((line) => !line.trimStart().startsWith('#')).join('\n');
    expect(yaml).not.toMatch(/[يك]/);
    expect(out.split('\n').filter((line) => line.startsWith('#'))).toEqual(readFileSync(join(REAL, name), 'utf8').split('\n').filter((line) => line.startsWith('#')));
  });
});
