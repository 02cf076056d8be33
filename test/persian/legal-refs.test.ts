import { describe, expect, it } from 'vitest';
import { findReferences, quotedFrom, type LegalReference } from '../../src/persian/legal-refs/index.js';

/** A reference as a table row: what it names and how it is scoped. */
const row = (r: LegalReference): Record<string, unknown> => ({
  text: r.text,
  articles: r.articles,
  ...(r.notes !== undefined ? { notes: r.notes } : {}),
  ...(r.clauses !== undefined ? { clauses: r.clauses } : {}),
  ...(r.items !== undefined ? { items: r.items } : {}),
  scope: r.scope,
  ...(r.quoted ? { quoted: true } : {}),
});

/** Sentence → the references read in it (most sentences from real directives, bylaws and acts). */
const TABLE: Array<[string, Array<Record<string, unknown>>]> = [
  ['در اجرای ماده ۱۲', [{ text: 'ماده ۱۲', articles: [12], scope: 'plain' }]],
  ['به استناد ماده ۵۵ قانون شهرداری', [{ text: 'ماده ۵۵', articles: [55], scope: 'external' }]],
  ['تبصره ۲ ماده ۸ قانون استخدام کشوری', [{ text: 'تبصره ۲ ماده ۸', articles: [8], notes: [2], scope: 'external' }]],
  ['طبق تبصره ۲ این ماده', [{ text: 'تبصره ۲ این ماده', articles: 'this', notes: [2], scope: 'internal' }]],
  ['بند «الف» ماده (۶)', [{ text: 'بند «الف» ماده (۶)', articles: [6], clauses: ['الف'], scope: 'plain' }]],
  ['بندهای «الف» و «ج» ماده (۶) این آیین‌نامه', [{ text: 'بندهای «الف» و «ج» ماده (۶)', articles: [6], clauses: ['الف', 'ج'], scope: 'internal' }]],
  ['جزء ۲ بند ب ماده ۶', [{ text: 'جزء ۲ بند ب ماده ۶', articles: [6], clauses: ['ب'], items: [2], scope: 'plain' }]],
  ['مواد ۳ تا ۵ این دستورالعمل', [{ text: 'مواد ۳ تا ۵', articles: [3, 4, 5], scope: 'internal' }]],
  // FORMAT.md 1.1: every word that names the draft itself after «این».
  ['تبصره ماده(۴۰) این آیین‌نامه', [{ text: 'تبصره ماده(۴۰)', articles: [40], notes: 'any', scope: 'internal' }]],
  ['مواد (1) و (20) اين قانون', [{ text: 'مواد (1) و (20)', articles: [1, 20], scope: 'internal' }]],
  ['ماده ۳ این شیوه‌نامه', [{ text: 'ماده ۳', articles: [3], scope: 'internal' }]],
  ['ماده ۳ این مصوبه', [{ text: 'ماده ۳', articles: [3], scope: 'internal' }]],
  ['ماده ۳ این تصویب‌نامه', [{ text: 'ماده ۳', articles: [3], scope: 'internal' }]],
  ['ماده ۳ این بخشنامه', [{ text: 'ماده ۳', articles: [3], scope: 'internal' }]],
  ['ماده ۳ آیین‌نامه حاضر', [{ text: 'ماده ۳', articles: [3], scope: 'internal' }]],
  ['ماده ۲ آیین‌نامه مالی شهرداری‌ها', [{ text: 'ماده ۲', articles: [2], scope: 'external' }]],
  ['ماده ۹ آیین‌نامه اجرایی همین قانون', [{ text: 'ماده ۹', articles: [9], scope: 'external' }]],
  // Numbers in words up to «صد» and beyond, and a number word joined by half-spaces.
  ['ماده نه', [{ text: 'ماده نه', articles: [9], scope: 'plain' }]],
  ['مواد یک و نه', [{ text: 'مواد یک و نه', articles: [1, 9], scope: 'plain' }]],
  ['ماده صد', [{ text: 'ماده صد', articles: [100], scope: 'plain' }]],
  ['ماده بیست‌ویک', [{ text: 'ماده بیست‌ویک', articles: [21], scope: 'plain' }]],
  ['ماده چهل و هفتم', [{ text: 'ماده چهل و هفتم', articles: [47], scope: 'plain' }]],
  ['ماده نه تنها شامل حال کارکنان است', []],
  ['کمیسیون ماده ۱۰۰ قانون شهرداری', [{ text: 'ماده ۱۰۰', articles: [100], scope: 'external' }]],
  ['کمیسیون ماده صد', [{ text: 'ماده صد', articles: [100], scope: 'external' }]],
  ['ماده ۵۵ قانون شهرداری و ماده ۱۰۰', [
    { text: 'ماده ۵۵', articles: [55], scope: 'external' },
    { text: 'ماده ۱۰۰', articles: [100], scope: 'external' },
  ]],
  ['این ماده ۵ روز مهلت می‌دهد', []],
  ['ماده ۱۵ روز', []],
  // Quoted new wording kept inline after the amending sentence.
  ['ماده ۱۰۱ قانون شهرداری به شرح زیر اصلاح می‌شود: «ماده ۱۰۱ – … موضوع تبصره ۲ ماده ۱۰۰ …»', [
    { text: 'ماده ۱۰۱', articles: [101], scope: 'external' },
    { text: 'ماده ۱۰۱', articles: [101], scope: 'plain', quoted: true },
    { text: 'تبصره ۲ ماده ۱۰۰', articles: [100], notes: [2], scope: 'plain', quoted: true },
  ]],
];

describe('findReferences: sentence → references', () => {
  for (const [sentence, expected] of TABLE) {
    it(sentence, () => {
      expect(findReferences(sentence).map(row)).toEqual(expected);
    });
  }
});

describe('findReferences: ranges and parts', () => {
  it('locates the reference and every number it writes, in the caller\'s text', () => {
    const text = 'مطابق تبصره ۲ ماده (۱۴) و مواد ۳ تا ۵ این دستورالعمل';
    const refs = findReferences(text);
    expect(refs.map((r) => text.slice(r.index, r.index + r.length))).toEqual(['تبصره ۲ ماده (۱۴)', 'مواد ۳ تا ۵']);
    expect(refs[0]!.parts.map((p) => [p.kind, p.value, text.slice(p.index, p.index + p.length)])).toEqual([
      ['note', 2, '۲'],
      ['article', 14, '۱۴'],
    ]);
    // A range gives its two written ends; the middle is in `articles` only.
    expect(refs[1]!.parts.map((p) => [p.kind, p.value, text.slice(p.index, p.index + p.length)])).toEqual([
      ['article', 3, '۳'],
      ['article', 5, '۵'],
    ]);
    expect(refs[1]!.articles).toEqual([3, 4, 5]);
  });

  it('gives a number written in words as its words, and a label without its guillemets', () => {
    const text = 'طبق بند «ج» ماده بیست و یک';
    const [ref] = findReferences(text);
    expect(ref!.parts.map((p) => [p.kind, p.value, text.slice(p.index, p.index + p.length)])).toEqual([
      ['clause', 'ج', 'ج'],
      ['article', 21, 'بیست و یک'],
    ]);
  });

  it('keeps offsets right when the text has Arabic letters and several sentences', () => {
    const text = 'مقدمه. سپس طبق ماده ٣ اين دستورالعمل عمل شود؛ و ماده ۴.';
    const refs = findReferences(text);
    expect(refs.map((r) => [text.slice(r.index, r.index + r.length), r.scope])).toEqual([['ماده ٣', 'internal'], ['ماده ۴', 'plain']]);
  });

  it('reads a bare own name only for the kind given', () => {
    expect(findReferences('ماده ۳ بخشنامه.', { ownNames: new Set(['بخشنامه']) })[0]!.scope).toBe('internal');
    expect(findReferences('ماده ۳ بخشنامه.', { ownNames: new Set(['دستورالعمل']) })[0]!.scope).toBe('external');
  });
});

describe('quotedFrom', () => {
  it.each([
    ['ماده ۱۰۱ به شرح زیر اصلاح می‌شود: «ماده ۱۰۱ –', 'ماده ۱۰۱ به شرح زیر اصلاح می‌شود:'.length],
    ['یک تبصره به شرح زیر به ماده ۵ الحاق می‌گردد:', 'یک تبصره به شرح زیر به ماده ۵ الحاق می‌گردد:'.length],
    ['متن زیر جایگزین ماده ۸ مي شود: …', 'متن زیر جایگزین ماده ۸ مي شود:'.length],
    ['در اجرای ماده ۵: شهرداری موظف است', -1],
  ])('%s', (text, at) => {
    expect(quotedFrom(text)).toBe(at);
  });
});

describe('performance', () => {
  it('reads a long text of references in linear time', () => {
    const sentence = 'طبق تبصره ۲ ماده ۱۴ و بند الف ماده ۳ قانون شهرداری و مواد ۳ تا ۵ این دستورالعمل عمل شود. ';
    const small = sentence.repeat(500);
    const large = sentence.repeat(4000);
    // The best of three runs each, after a warm-up: the machine is shared.
    const time = (text: string): number => {
      let best = Infinity;
      for (let k = 0; k < 5; k++) {
        const start = performance.now();
        findReferences(text);
        best = Math.min(best, performance.now() - start);
      }
      return best;
    };
    time(large);
    const ratio = time(large) / Math.max(time(small), 0.5);
    expect(findReferences(large)).toHaveLength(12000);
    // Eight times the text, about eight times the time; a quadratic reading would take 64 times.
    // (A generous bound: the machine is shared and timings are noisy.)
    expect(ratio).toBeLessThan(32);
  });
});

describe('quotedFrom: a text that opens with an article heading is that article\'s wording', () => {
  it.each([
    ['ماده ۲۸- بیمه مرکزی ایران مجاز خواهد بود', 0],
    ['الف- ماده ۲۸- بیمه مرکزی ایران مجاز خواهد بود', 0],
    ['ماده ۱۱ -شرکتها و موسسات مسافربری مکلفند', 0],
    ['ماده (۱۰۱) – اراضی', 0],
    ['ماده ۱۱ مکرر – متن', 0],
    ['ماده ۵ قانون شهرداری را ببینید', -1],
    ['در اجرای ماده ۵- شهرداری', -1],
  ])('%s', (text, at) => {
    expect(quotedFrom(text)).toBe(at);
  });
});
