import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixText } from '../../src/core/engine/fix.js';
import { validateText } from '../../src/core/engine/validate.js';
import { wordCopy } from './word-copy.js';

const EXAMPLES = join(import.meta.dirname, '../../examples/valid');
const options = { file: 'pasted.yaml', dir: EXAMPLES };

const cases = [
  { name: 'shiraz-building-permits', gapAfter: 4, lastArticle: 9, closing: ['در ۹ ماده و ۷ تبصره', 'در ۸ ماده و ۵ تبصره'] as [string, string] },
  { name: 'qom-social-security', gapAfter: 99, lastArticle: 99, closing: ['', ''] as [string, string] },
  // Chapters and sections (format 1.1): numbers run on across them; «ماده ۹ شیوه‌نامه …» and the quoted
  // «ماده ۹ –» are another instrument's and stay; the preamble's count statement is corrected.
  { name: 'isfahan-outdoor-advertising', gapAfter: 4, lastArticle: 8, closing: ['مشتمل بر ۸ ماده', 'مشتمل بر ۷ ماده'] as [string, string] },
];

describe('a directive pasted from an old Word copy', () => {
  for (const c of cases) {
    const clean = readFileSync(join(EXAMPLES, `${c.name}.yaml`), 'utf8');
    const dirty = wordCopy(clean, c);

    it(`${c.name}: has every kind of damage`, () => {
      const rules = new Set(validateText(dirty, options).findings.map((f) => f.ruleId));
      for (const rule of ['arabic-letters', 'arabic-digits', 'rlm-half-space', 'latin-punctuation']) expect(rules).toContain(rule);
      if (c.gapAfter < 99) for (const rule of ['article-numbering', 'closing-counts']) expect(rules).toContain(rule);
      if (c.name.startsWith('isfahan')) expect(dirty).toContain('          - number: 6\n');
      // «مي شود» (Arabic ي and a space) is damage too; the zwnj rule sees it once the letter is Persian.
      expect(dirty).toMatch(/مي [^\s]/);
    });

    it(`${c.name}: comes out of --fix as the author wrote it, byte for byte`, () => {
      const fixed = fixText(dirty, options);
      expect(fixed.output).toBe(clean);
      expect(fixed.result.findings).toEqual([]);
      expect(fixed.passes).toBeLessThanOrEqual(10);
    });

    it(`${c.name}: the same with a BOM and CRLF line breaks, which stay`, () => {
      const crlf = (s: string): string => '\uFEFF' + s.replace(/\n/g, '\r\n');
      const fixed = fixText(crlf(dirty), options);
      expect(fixed.output).toBe(crlf(clean));
    });
  }
});
