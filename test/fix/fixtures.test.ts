import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixText } from '../../src/core/engine/fix.js';
import { validateText } from '../../src/core/engine/validate.js';

/*
 * Each fix on a draft, before and after (test/fix/fixtures/*.before.yaml → *.after.yaml). The "before"
 * files of the single rules are the repository's own examples of each problem (examples/invalid);
 * the "after" files were reviewed line by line. Equality of the whole text is the point: every line
 * a fix does not concern is byte-identical, comments and quoting and block scalars included.
 */
const DIR = join(import.meta.dirname, 'fixtures');
const read = (name: string): string => readFileSync(join(DIR, name), 'utf8');
const names = readdirSync(DIR).filter((f) => f.endsWith('.before.yaml')).map((f) => f.slice(0, -'.before.yaml'.length)).sort();
const options = (name: string) => ({ file: `${name}.yaml`, dir: join(import.meta.dirname, '../../examples/invalid') });

function changedLines(a: string, b: string): number[] {
  const x = a.split('\n');
  const y = b.split('\n');
  expect(y.length).toBe(x.length);
  return x.flatMap((line, i) => (line === y[i] ? [] : [i + 1]));
}

describe('--fix on each fixture', () => {
  it('has the fixtures it should', () => {
    expect(names).toEqual(expect.arrayContaining([
      'arabic-digits', 'arabic-letters', 'article-numbering', 'clause-labels', 'closing-counts', 'counts-latin', 'counts-words',
      'latin-punctuation', 'layout', 'relabel', 'renumber', 'rlm-half-space', 'zwnj',
    ]));
  });

  for (const name of names) {
    it(`${name}: before → after, and a second run changes nothing`, () => {
      const before = read(`${name}.before.yaml`);
      const after = read(`${name}.after.yaml`);
      expect(before).not.toBe(after);
      const fixed = fixText(before, options(name));
      expect(fixed.output).toBe(after);
      expect(fixed.result.findings.filter((f) => f.fix)).toEqual([]);
      const again = fixText(after, options(name));
      expect(again.applied).toBe(0);
      expect(again.output).toBe(after);
      // What remains is what validate says of the fixed text.
      expect(validateText(after, options(name)).findings.map((f) => f.ruleId)).toEqual(fixed.result.findings.map((f) => f.ruleId));
    });
  }
});

describe('what a fix leaves alone', () => {
  it('changes only the lines with a problem in a draft with comments, odd quoting and block scalars', () => {
    const before = read('layout.before.yaml');
    const after = read('layout.after.yaml');
    expect(changedLines(before, after)).toEqual([6, 9, 18, 21, 27, 28, 33, 34, 35, 39]);
    const a = after.split('\n');
    // The quoting style of each value is kept, and so are the comments after them.
    expect(a[5]).toBe("title: 'پیش‌نویس بخشنامه ساماندهی درآمدهای پایدار شهرداری‌های مراکز استان‌ها'");
    expect(a[8]).toBe('  name: "حسین نوری"        # نام با ي عربی');
    expect(a[33]).toBe("  - '۱- سهم درآمدهای پایدار از کل منابع بودجه در لایحه بودجه هر سال تعیین می‌شود.'   # بند ۱");
    // A comment is not prose: its Arabic ي stays. The literal and folded blocks keep their lines.
    expect(a[0]).toContain('پیش‌نويس');
    expect(a[16]).toBe('  problem: |');
    expect(a[19]).toBe('  proposal: >');
    expect(a[21]).toBe('    و گزارش‌دهی یکسان را لازم بداند.');
    // An escape in a double-quoted string is not touched (the fix is not where the source spells it).
    expect(a[23]).toBe('  impact: "افزایش سهم درآمدهای پایدار در بودجه شهرداری\\u200cها و کاهش وابستگی به فروش تراکم"');
  });

  it('renumbers the articles and rewrites the references to them, never another instrument’s', () => {
    const before = read('renumber.before.yaml');
    const after = read('renumber.after.yaml');
    expect(changedLines(before, after)).toEqual([114, 115, 124, 127, 138, 143, 151, 153]);
    const numbers = [...after.matchAll(/^ {2}- number: (\d+)$/gm)].map((m) => Number(m[1]));
    expect(numbers).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
    // «ماده ۹» meant the old ninth article, now the eighth; «ماده ۱۰ همین دستورالعمل» the old tenth.
    expect(after).toContain('موضوع ماده ۸ درج می‌شود.');
    expect(after).toContain('با رعایت ماده ۵۵ قانون شهرداری و ماده ۹ همین دستورالعمل');
    // A number in words is rewritten in words.
    expect(after).toContain('گزارش موضوع ماده هفت،');
    // References to other instruments and to articles whose number did not change stay as written.
    expect(after).toContain('در اجرای ماده ۱۰۰ قانون شهرداری');
    expect(after).toContain('بند ت ماده ۲ بیش از مهلت');
    expect(after).toContain('موضوع ماده ۳؛');
    const result = validateText(after, options('renumber'));
    expect(result.findings).toEqual([]);
  });

  it('relabels a clause and rewrites the references to its label, never another instrument’s', () => {
    const before = read('relabel.before.yaml');
    const after = read('relabel.after.yaml');
    expect(changedLines(before, after)).toEqual([132, 138, 142]);
    // The author's decoration of the label stays.
    expect(after).toContain('      - label: (ب)\n');
    expect(after).toContain('موضوع بند ب این ماده با رعایت بند پ ماده ۵۵ قانون شهرداری');
    expect(after).toContain('موضوع بند «ب» ماده ۶ و بند پ ماده ۲');
    expect(validateText(after, options('relabel')).findings).toEqual([]);
  });

  it('writes a corrected count in the form it was written', () => {
    expect(read('counts-latin.after.yaml')).toContain('در (9) ماده و 7 تبصره');
    expect(read('counts-words.after.yaml')).toContain('در نه ماده و هفت تبصره');
    expect(read('closing-counts.after.yaml')).toContain('در نه ماده و هفت تبصره');
  });
});
