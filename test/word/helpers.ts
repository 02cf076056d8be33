import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { validateText } from '../../src/core/engine/validate.js';
import type { FileResult } from '../../src/core/engine/types.js';

export const FIXTURES = fileURLToPath(new URL('../fixtures/word/', import.meta.url));
export const fixture = (name: string): Buffer => readFileSync(`${FIXTURES}${name}`);

/** Whether the schemas know format 1.1 yet (helper structures adds it; until merged, 1.1 keys are schema errors). */
export const SCHEMA_KNOWS_1_1 = readFileSync(fileURLToPath(new URL('../../schemas/draft.schema.json', import.meta.url)), 'utf8').includes('"chapters"');

/**
 * What `draft validate --fix` does, done here with the fixes the rules offer: apply every fix that
 * does not overlap another, validate again, until none is left (at most ten rounds).
 */
export function applyFixes(text: string): { text: string; result: FileResult; applied: number } {
  let applied = 0;
  let result = validateText(text, { file: 'imported.yaml', lang: 'en' });
  for (let round = 0; round < 10; round++) {
    const fixes = result.findings.flatMap((f) => (f.fix ? [f.fix] : [])).sort((a, b) => b.range[0] - a.range[0]);
    if (fixes.length === 0) break;
    let end = Infinity;
    for (const fix of fixes) {
      if (fix.range[1] > end) continue;
      text = text.slice(0, fix.range[0]) + fix.text + text.slice(fix.range[1]);
      end = fix.range[0];
      applied++;
    }
    result = validateText(text, { file: 'imported.yaml', lang: 'en' });
  }
  return { text, result, applied };
}
