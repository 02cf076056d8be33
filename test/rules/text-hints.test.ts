import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readSimple } from '../../src/core/parse/fast-yaml.js';
import { sourceText } from '../../src/core/engine/rule-context.js';
import { ANY_HINT, hasHint as hasHintIn, scanHints } from '../../src/rules/text-scan.js';

/** The quick test over the reader's copy of `text` (what the rules get for a draft it read). */
const hasHint = (text: string): boolean => hasHintIn(sourceText(text, readSimple(text).scan));
/** The same over the string itself (a draft the fast reader did not read). */
const hasHintInString = (text: string): boolean => hasHintIn(sourceText(text));

/*
 * The text rules skip a draft at once when none of the characters they look for occurs in it. That
 * test runs over the fast reader's copy of the text; it must answer exactly what the regex it stands
 * for answers, or a rule would miss a finding.
 */
const EXAMPLES = join(import.meta.dirname, '..', '..', 'examples');

describe('the text rules’ quick test over the reader’s copy', () => {
  it('agrees with the regex on every example, read or not', () => {
    for (const dir of ['valid', 'invalid']) {
      for (const name of readdirSync(join(EXAMPLES, dir)).filter((f) => f.endsWith('.yaml'))) {
        const text = readFileSync(join(EXAMPLES, dir, name), 'utf8');
        expect(hasHint(text), name).toBe(ANY_HINT.test(text));
      }
    }
  });

  it('agrees on drafts with a hint anywhere: a key, a value, a comment, a block scalar, the last character', () => {
    const hints = ['ي', 'ى', 'ك', '٣', '\u200F', ',', ';', '…', '{', '}', '...', 'TODO', 'FIXME', 'XXX', '..', 'TOD', 'FIXM', 'XX', '.', 'T', '--', '-', '–', '—', '_', 'F', 'X'];
    const slot = fc.constantFrom('key', 'value', 'comment', 'block', 'end');
    fc.assert(
      fc.property(fc.constantFrom(...hints), slot, fc.boolean(), (hint, where, odd) => {
        const pad = odd ? 'ا' : '';
        const parts = {
          key: `title${pad}: عنوان\n${where === 'key' ? hint : ''}x: 1\n`,
          value: `title: عنوان ${pad}${where === 'value' ? hint : ''} است\n`,
          comment: `# ${pad}${where === 'comment' ? hint : ''}\ntitle: عنوان\n`,
          block: `text: >-\n  سطر ${pad}${where === 'block' ? hint : ''}\n  سطر دوم\n`,
          end: `title: عنوان${pad}${where === 'end' ? hint : ''}`,
        };
        const text = parts[where];
        expect(hasHint(text)).toBe(ANY_HINT.test(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('gives the same answer over the string when there is no copy', () => {
    expect(hasHintInString('b: ي\n')).toBe(true);
    expect(hasHintInString('b: ی\n')).toBe(false);
    expect(hasHintInString('b: TODO\n')).toBe(true);
    expect(hasHintInString('b: TOD\n')).toBe(false);
  });

  it('agrees on random text, read or not', () => {
    const char = fc.constantFrom('a', ':', ' ', '\n', '-', 'ی', 'ي', '.', 'T', 'O', 'D', 'X', 'F', 'I', 'M', 'E', ',', '#', '>', '\u200F', '٣', '{', '–', '—', '_');
    fc.assert(
      fc.property(fc.array(char, { maxLength: 40 }).map((a) => a.join('')), (text) => {
        return hasHint(text) === ANY_HINT.test(text) && hasHintInString(text) === ANY_HINT.test(text);
      }),
      { numRuns: 20000 },
    );
  });

  it('also tells whether the draft has an en or em dash (for the placeholders rule), or that it stopped before knowing', () => {
    const char = fc.constantFrom('a', ' ', '\n', '-', 'ی', '.', ',', '–', '—', 'T', ':');
    fc.assert(
      fc.property(fc.array(char, { maxLength: 40 }).map((a) => a.join('')), (text) => {
        for (const found of [scanHints(sourceText(text, readSimple(text).scan)), scanHints(sourceText(text))]) {
          expect(found.hint).toBe(ANY_HINT.test(text));
          // With no hint the scan read everything, so it knows; with one it may have stopped first.
          if (!found.hint) expect(found.dash).toBe(/[–—]/.test(text));
          else if (found.dash !== undefined) expect(found.dash).toBe(true);
        }
      }),
      { numRuns: 20000 },
    );
  });
});
