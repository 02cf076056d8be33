import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runRule } from '../helpers/rule-tester.js';
import placeholders from '../../src/rules/placeholders.js';
import latinPunctuation from '../../src/rules/latin-punctuation.js';

/*
 * Real Persian prose (test/fixtures/prose/, sources named there): ellipses that mean "and so on" or
 * elide a quotation, foreign runs with their own commas. The placeholder and Latin-punctuation rules
 * must be silent on every kept sentence, in a ready draft, where a placeholder is an error.
 * `node scripts/prose-check.mjs` prints the rates per 1,000 words for every text rule.
 */
const DIR = join(import.meta.dirname, '..', 'fixtures', 'prose');
const kept = readFileSync(join(DIR, 'sentences.tsv'), 'utf8')
  .split('\n')
  .filter((l) => l.includes('\t') && !l.startsWith('#'))
  .map((l) => l.split('\t') as [string, string]);
const draft = (text: string): string => `status: ready\nrationale:\n  problem: ${JSON.stringify(text)}\n`;

describe('kept sentences of real prose are silent', () => {
  it('keeps at least two dozen', () => {
    expect(kept.length).toBeGreaterThanOrEqual(27);
  });
  for (const [source, sentence] of kept) {
    it(`${sentence} — ${source}`, () => {
      // A fragment is read between Persian words, as it stood in its prose.
      const code = draft(`متن ${sentence} متن`);
      expect(runRule(placeholders, code).map((f) => f.message)).toEqual([]);
      expect(runRule(latinPunctuation, code).map((f) => f.message)).toEqual([]);
    });
  }
});

describe('running prose', () => {
  it('the Mehr News report gives no placeholder or Latin-punctuation finding', () => {
    const text = readFileSync(join(DIR, 'mehr-news-qom.txt'), 'utf8').split('\n').filter((l) => !l.startsWith('# source:')).join('\n');
    const code = draft(text);
    expect(runRule(placeholders, code)).toEqual([]);
    expect(runRule(latinPunctuation, code)).toEqual([]);
  });

  it('a real blank slot in a published closing is still caught («در تاریخ… به تایید»)', () => {
    const found = runRule(placeholders, draft('این آیین‌نامه در تاریخ… به تایید رسید.'));
    expect(found.map((f) => f.severity)).toEqual(['error']);
  });
});

describe('more running prose: web pages and a real bylaw', () => {
  const running = (path: string): string => readFileSync(path, 'utf8').split('\n').filter((l) => !l.startsWith('# source:')).join('\n');

  it('the municipal web excerpts: no Latin-punctuation finding («3,000», «prolog , ops5», «A-0 System،آ+») and no placeholder («و…», «و.....»)', () => {
    const code = draft(running(join(DIR, 'web-municipal-excerpts.txt')));
    expect(runRule(latinPunctuation, code)).toEqual([]);
    expect(runRule(placeholders, code)).toEqual([]);
  });

  it('the regulation of 1386 (test/fixtures/real/sources/): no Latin-punctuation finding («PVC،», «500ppm», «(6log10)») and no placeholder («و...», «و....»)', () => {
    const code = draft(running(join(DIR, '..', 'real', 'sources', 'medical-waste-rules-1386.txt')));
    expect(runRule(latinPunctuation, code)).toEqual([]);
    expect(runRule(placeholders, code)).toEqual([]);
  });

  it('the bylaw of 1390 with tables (test/fixtures/real/sources/, 12,000 words): no placeholder («(سازمان انتقال خون و ...)») and no Latin-punctuation finding («Ph.D،», «EDC  و EDO»)', () => {
    const code = draft(running(join(DIR, '..', 'real', 'sources', 'faculty-employment-bylaw-1390.txt')));
    expect(code).toContain('(سازمان انتقال خون و ...)');
    expect(runRule(placeholders, code)).toEqual([]);
    expect(runRule(latinPunctuation, code)).toEqual([]);
  });

  it('the chaptered bylaw of 1358 (test/fixtures/real/sources/) gives no placeholder or Latin-punctuation finding', () => {
    const code = draft(running(join(DIR, '..', 'real', 'sources', 'mavat-urban-land-bylaw-1358.txt')));
    expect(runRule(placeholders, code)).toEqual([]);
    expect(runRule(latinPunctuation, code)).toEqual([]);
  });
});
