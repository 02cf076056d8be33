/**
 * Seeded fuzzing of the checker, the fixer and the renderer (issue 17, "Tests"): real drafts from
 * examples/valid, mutated the ways hostile or damaged files are (characters and lines inserted, deleted
 * and duplicated; control characters, RLM, ZWNJ, Arabic letters, tabs, lone CRs, BOMs, quotes, anchors,
 * deep nesting). Whatever comes in:
 *   - no exception escapes `validateText`, `fixText` or `renderDraft`;
 *   - every finding's position is inside the file: 1 ≤ line ≤ its line count, 1 ≤ column ≤ that line's
 *     length + 1 (the same for the end of its range);
 *   - the findings' JSON stays within a constant per input byte (linear output: a finding quoting a
 *     whole line per character made it quadratic once).
 * The seed is fixed, so a failure is reproducible; fast-check prints the shrunk counterexample.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateText } from '../../src/core/engine/validate.js';
import { fixText } from '../../src/core/engine/fix.js';
import { loadDraftData, renderDraft, type DraftData } from '../../src/core/render/index.js';
import type { Finding } from '../../src/core/engine/types.js';
import { ROOT } from '../helpers/cli.js';

const SEED = 17;
const VALID = join(ROOT, 'examples', 'valid');
const SEEDS = readdirSync(VALID).filter((f) => f.endsWith('.yaml')).sort().map((f) => readFileSync(join(VALID, f), 'utf8'));
/** Bytes of findings' JSON allowed per byte of input (plus a fixed allowance for short inputs). */
const PER_BYTE = 400;

const PIECES = [
  '\u0000', '\u0001', '\u0007', '\u0008', '\u000b', '\u000c', '\u001b[2K', '\u007f', '\u0085', '\u009b',
  '\u200f', '\u200c', '\u200d', '\u200e', '\u202e', '\u0640', 'ي', 'ك', '٣', '۳', 'می‌شود',
  '\t', '\r', '\r\n', '\n', '\uFEFF', '"', "'", '\\', ':', ': ', '- ', '#', ' #', '&a ', '*a', '!!str ', '!x ',
  '[', ']', '{', '}', ',', '|', '>-', '%', '@', '`', '?', ' ', '  ', '\ud800', '\udc00', '😀',
];

type Op =
  | { kind: 'insert'; at: number; piece: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'duplicate'; at: number; length: number }
  | { kind: 'line'; what: 'delete' | 'duplicate' | 'swap' | 'indent' | 'dedent'; at: number }
  | { kind: 'nest'; at: number; depth: number; flow: boolean };

const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), piece: fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 4, unit: 'binary' })) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 200 }) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('line' as const), what: fc.constantFrom('delete' as const, 'duplicate' as const, 'swap' as const, 'indent' as const, 'dedent' as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('nest' as const), at: fc.nat(), depth: fc.integer({ min: 1, max: 400 }), flow: fc.boolean() }) },
);

function apply(text: string, o: Op): string {
  const at = text.length === 0 ? 0 : o.at % (text.length + 1);
  switch (o.kind) {
    case 'insert':
      return text.slice(0, at) + o.piece + text.slice(at);
    case 'delete':
      return text.slice(0, at) + text.slice(at + o.length);
    case 'duplicate':
      return text.slice(0, at + o.length) + text.slice(at, at + o.length) + text.slice(at + o.length);
    case 'nest': {
      // Deep nesting where a value could start: flow brackets, or a ladder of block mappings.
      const inner = o.flow ? `${'['.repeat(o.depth)}x${']'.repeat(o.depth)}` : Array.from({ length: o.depth }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n');
      return `${text.slice(0, at)}${o.flow ? inner : `\n${inner} v\n`}${text.slice(at)}`;
    }
    case 'line': {
      const lines = text.split('\n');
      const n = o.at % lines.length;
      if (o.what === 'delete') lines.splice(n, 1);
      else if (o.what === 'duplicate') lines.splice(n, 0, lines[n]!);
      else if (o.what === 'swap' && n + 1 < lines.length) [lines[n], lines[n + 1]] = [lines[n + 1]!, lines[n]!];
      else if (o.what === 'indent') lines[n] = ` ${lines[n]}`;
      else if (o.what === 'dedent') lines[n] = lines[n]!.replace(/^ /, '');
      return lines.join('\n');
    }
  }
}

const draft = fc.record({ seed: fc.nat({ max: SEEDS.length - 1 }), ops: fc.array(op, { minLength: 1, maxLength: 8 }) })
  .map(({ seed, ops }) => ops.reduce(apply, SEEDS[seed]!));

/** The text's lines as findings count them: CR, LF and CRLF each end one; a leading BOM is not counted. */
function linesOf(text: string): string[] {
  return (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).split(/\r\n|\r|\n/);
}

function expectInside(text: string, findings: readonly Finding[]): void {
  const lines = linesOf(text);
  const inside = (line: number, column: number): boolean =>
    Number.isInteger(line) && Number.isInteger(column) && line >= 1 && line <= lines.length && column >= 1 && column <= lines[line - 1]!.length + 1;
  for (const f of findings) {
    expect(inside(f.line, f.column), `${f.ruleId} at ${f.line}:${f.column} (${lines.length} lines)`).toBe(true);
    if (f.endLine !== undefined) {
      expect(inside(f.endLine, f.endColumn ?? 1), `${f.ruleId} ends at ${f.endLine}:${f.endColumn}`).toBe(true);
    }
  }
  expect(JSON.stringify(findings).length).toBeLessThanOrEqual(PER_BYTE * text.length + 20_000);
}

describe('fuzz: mutated real drafts', () => {
  it('validateText: never throws, positions inside the file, output linear', () => {
    fc.assert(fc.property(draft, (text) => {
      expectInside(text, validateText(text, { lang: 'en' }).findings);
    }), { seed: SEED, numRuns: 300 });
  }, 60_000);

  it('fixText: never throws, and what remains is positioned inside the fixed text', () => {
    fc.assert(fc.property(draft, (text) => {
      const outcome = fixText(text, { lang: 'en' });
      expectInside(outcome.output, outcome.result.findings);
    }), { seed: SEED + 1, numRuns: 60 });
  }, 60_000);

  it('renderDraft: never throws on a mutated draft that still reads as one', () => {
    let rendered = 0;
    fc.assert(fc.property(draft, (text) => {
      const loaded = loadDraftData(text);
      if (!loaded.ok || (loaded.data.kind !== 'directive' && loaded.data.kind !== 'circular')) return;
      const html = renderDraft(loaded.data as DraftData);
      expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
      rendered++;
    }), { seed: SEED + 2, numRuns: 60 });
    // Most mutations leave a draft that still reads: the renderer is really exercised.
    expect(rendered).toBeGreaterThan(10);
  }, 60_000);
});
