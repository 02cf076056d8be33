import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fixText } from '../../src/core/engine/fix.js';
import { validateText } from '../../src/core/engine/validate.js';

/*
 * Properties of --fix over drafts damaged at random: the repository's valid examples with pieces of
 * trouble dropped into random places (prose and machine fields alike): the orthography slips the
 * rules fix, and characters that mean something to YAML or to a reference («:», «#», quotes, «ماده ۹»).
 */
const EXAMPLES = join(import.meta.dirname, '../../examples/valid');
const DRAFTS = ['shiraz-building-permits', 'qom-social-security', 'mashhad-sustainable-revenue'].map((n) => readFileSync(join(EXAMPLES, `${n}.yaml`), 'utf8'));
const options = { file: 'p.yaml', dir: EXAMPLES };

const NOISE = [
  'ي', 'ك', 'ى', '٣', '٤٥', '\u200F', '\u200E', '\u00AD', ' می ', ' ها', ',', ';', ', ', 'ﯾﮑﯽ', 'مي شود', 'نمي كند',
  ':', ' #', '"', "'", '\\', 'ماده ۹', 'ماده ۵۵ قانون شهرداری', 'بند ج ماده ۶', 'A,B', '1,000', '…', 'x',
];

/** A random place in a random line of the text, after the line's indentation and key. */
const damage = fc.record({
  draft: fc.integer({ min: 0, max: DRAFTS.length - 1 }),
  hits: fc.array(fc.record({ line: fc.nat(), at: fc.nat(), noise: fc.constantFrom(...NOISE) }), { minLength: 1, maxLength: 8 }),
});

function apply(d: { draft: number; hits: Array<{ line: number; at: number; noise: string }> }): string {
  const lines = DRAFTS[d.draft]!.split('\n');
  for (const h of d.hits) {
    const n = h.line % lines.length;
    const line = lines[n]!;
    const body = line.search(/[^\s-]/) + (/^\s*-?\s*[A-Za-z]+:\s/.exec(line)?.[0].length ?? 0);
    const from = Math.min(line.length, Math.max(0, body));
    const at = from + (h.at % (line.length - from + 1));
    lines[n] = line.slice(0, at) + h.noise + line.slice(at);
  }
  return lines.join('\n');
}

const MACHINE = ['schemaVersion', 'kind', 'id', 'status', 'category'];
function machineFields(text: string): unknown {
  let data: Record<string, unknown>;
  try {
    data = parse(text) as Record<string, unknown>;
  } catch {
    return 'unparsable';
  }
  if (data === null || typeof data !== 'object') return 'not a mapping';
  const author = (data.author ?? {}) as Record<string, unknown>;
  const municipality = (data.municipality ?? {}) as Record<string, unknown>;
  const attachments = Array.isArray(data.attachments) ? data.attachments.map((a) => (a as Record<string, unknown>)?.path) : undefined;
  return [...MACHINE.map((k) => data[k]), author.email, author.phone, municipality.code, attachments];
}

const errors = (text: string): number => validateText(text, options).errorCount;

describe('--fix, property-based', () => {
  it('never turns a draft without errors into one with errors, and never changes a machine field', () => {
    let fixed = 0;
    // Only warnings-level damage keeps a draft free of errors: the slips a rule only warns about.
    const warnings = fc.record({
      draft: fc.integer({ min: 0, max: DRAFTS.length - 1 }),
      hits: fc.array(fc.record({ line: fc.nat(), at: fc.nat(), noise: fc.constantFrom('\u200F', ' ها', ',', ';', ', ', ' می ', ':', ' #', "'", 'A,B', '1,000') }), { minLength: 1, maxLength: 8 }),
    });
    fc.assert(fc.property(warnings, (d) => {
      const text = apply(d);
      fc.pre(errors(text) === 0);
      const out = fixText(text, options);
      if (out.applied > 0) fixed++;
      expect(out.result.errorCount).toBe(0);
      expect(errors(out.output)).toBe(0);
      expect(machineFields(out.output)).toEqual(machineFields(text));
    }), { numRuns: 50, seed: 1405 });
    // The property was tried on drafts that --fix did change, not only on untouched ones.
    expect(fixed).toBeGreaterThan(10);
  });

  it('on any damaged draft: no more errors than before, machine fields as they were, and a second run changes nothing', () => {
    let fixed = 0;
    fc.assert(fc.property(damage, (d) => {
      const text = apply(d);
      const out = fixText(text, options);
      if (out.applied > 0) fixed++;
      expect(out.result.errorCount).toBeLessThanOrEqual(errors(text));
      expect(machineFields(out.output)).toEqual(machineFields(text));
      expect(out.output.split('\n')).toHaveLength(text.split('\n').length);
      const again = fixText(out.output, options);
      expect(again.output).toBe(out.output);
    }), { numRuns: 80, seed: 6219 });
    expect(fixed).toBeGreaterThan(20);
  });
});
