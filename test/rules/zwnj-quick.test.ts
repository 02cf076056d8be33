import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mayMatch, QUICK } from '../../src/rules/zwnj.js';

const EXAMPLES = join(import.meta.dirname, '..', '..', 'examples');

/*
 * mayMatch is the zwnj rule's filter: a text it turns away is never scanned, so it must accept every
 * text the pattern it stands for (QUICK) accepts, and to be worth anything reject the others too.
 */
describe('zwnj: the indexOf filter answers exactly what its regex does', () => {
  it.each([
    ['می شود', true], ['نمی شود', true], ['(می شود', true], ['«نمی دانم', true], ['\u200Cمی رود', true],
    ['اسلامی شهر', false], ['ننمی شود', false], ['می 1', false], ['کتاب ها', true], ['کتاب های', true],
    ['کتاب هایی.', true], ['کتاب هاییی', false], ['کتاب هادی', false], ['کتاب ها»', true], ['ها', false], ['', false],
  ])('%j → %s', (text, expected) => {
    expect(QUICK.test(text)).toBe(expected);
    expect(mayMatch(text)).toBe(expected);
  });

  it('on every line of the examples', () => {
    for (const dir of ['valid', 'invalid']) {
      for (const name of readdirSync(join(EXAMPLES, dir)).filter((f) => f.endsWith('.yaml'))) {
        for (const line of readFileSync(join(EXAMPLES, dir, name), 'utf8').split('\n')) expect(mayMatch(line), line).toBe(QUICK.test(line));
      }
    }
  });

  it('on random text made of the characters that matter', () => {
    const char = fc.constantFrom('م', 'ی', 'ن', 'ه', 'ا', ' ', '\n', '\t', '«', '»', '(', ')', '.', '،', '؛', ':', '!', '؟', '\u200C', 'ك', 'پ', 'a', '1', '\u00A0');
    fc.assert(fc.property(fc.array(char, { maxLength: 14 }).map((a) => a.join('')), (text) => mayMatch(text) === QUICK.test(text)), { numRuns: 20000 });
  });
});
