import { fastParse } from '../parse/parse.js';
import { validateText, type ValidateOptions } from './validate.js';
import { applyFixes, compareFixes, fixesOf } from './fix-apply.js';
import { fixTypesOf } from './fix-types.js';
import { rules as builtinRules } from '../../rules/index.js';
import { isRecord } from './rule.js';
import type { FileResult, Finding, Fix, FixType } from './types.js';

/**
 * `draft validate --fix` on a text: eslint's loop (linter.js verifyAndFix) over our findings. Each pass
 * applies every fix that does not overlap another (fix-apply.ts), the text is validated again, and
 * the loop goes on while a pass changes something, at most MAX_PASSES times. A pass is refused, and
 * its fixes tried one by one, when it would make the draft worse: a new `yaml-syntax`, `schema` or
 * `unreadable` finding, more errors of any rule than before, or a changed machine field (id, kind,
 * status, category, e-mail, phone, codes, attachment paths). So a fix never turns a valid draft into an invalid one.
 */

export const MAX_PASSES = 10;
/** How many fixes of a refused pass are tried one at a time before the rest are given up. */
const MAX_SINGLE_TRIES = 64;
const STRUCTURAL = new Set(['yaml-syntax', 'schema', 'unreadable']);

export interface FixOptions {
  /** Only fixes of these kinds (`--fix-type`); all kinds when absent. */
  types?: ReadonlySet<FixType>;
  maxPasses?: number;
}

export interface FixOutcome {
  /** The fixed text, with the BOM the input had. Equal to the input when nothing was fixed. */
  output: string;
  /** How many fixes were applied, over all passes. */
  applied: number;
  passes: number;
  /** Fixes left unapplied because applying them would have made the draft worse. */
  refused: number;
  /** The validation of `output`: what remains. */
  result: FileResult;
}

/** The values of the fields a fix must never change, as one comparable string. */
function machineFields(text: string): string | undefined {
  const parsed = fastParse(text);
  if (!parsed.ok || !isRecord(parsed.data)) return undefined;
  const d = parsed.data;
  const pick = (o: unknown, k: string): unknown => (isRecord(o) ? o[k] : undefined);
  const attachments = Array.isArray(d.attachments) ? d.attachments.map((a) => pick(a, 'path')) : undefined;
  // schemaVersion is not among them: the schema-version rule's fix raises it to 1.1 on purpose.
  return JSON.stringify([
    d.kind, d.id, d.status, d.category, pick(d.municipality, 'code'),
    pick(d.author, 'email'), pick(d.author, 'phone'), pick(pick(d.rationale, 'financialImpact'), 'unit'), attachments,
  ]);
}

function errorsByRule(result: FileResult): Map<string, number> {
  const out = new Map<string, number>();
  for (const f of result.findings) if (f.severity === 'error') out.set(f.ruleId, (out.get(f.ruleId) ?? 0) + 1);
  return out;
}

/**
 * The structural findings by rule and line. Fixes never add or remove a line, so a finding on a line
 * that had none of its kind is a new one; its message is no key, since it may quote the very text
 * a fix corrects («"قم" is not one of …»).
 */
function structural(result: FileResult): Map<string, number> {
  const out = new Map<string, number>();
  for (const f of result.findings) {
    if (!STRUCTURAL.has(f.ruleId)) continue;
    const key = `${f.ruleId}\0${f.line}`;
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/** Whether `after` (the validation of `text`) is no worse than `before`. */
function acceptable(before: FileResult, after: FileResult, machine: string | undefined, text: string): boolean {
  const had = structural(before);
  for (const [key, n] of structural(after)) if (n > (had.get(key) ?? 0)) return false;
  const was = errorsByRule(before);
  for (const [rule, n] of errorsByRule(after)) if (n > (was.get(rule) ?? 0)) return false;
  return machineFields(text) === machine;
}

/** A refused fix, recognised again in a later pass by its text and what surrounds it. */
function keyOf(text: string, fix: Fix): string {
  return `${fix.text}\0${text.slice(Math.max(0, fix.range[0] - 24), fix.range[1] + 24)}`;
}

export function fixText(input: string, options: ValidateOptions = {}, fix: FixOptions = {}): FixOutcome {
  const bom = input.charCodeAt(0) === 0xfeff ? '\uFEFF' : '';
  let text = bom ? input.slice(1) : input;
  let result = validateText(text, options);
  const types = fix.types;
  const typeOf = types ? fixTypesOf(options.rules ?? builtinRules) : undefined;
  const refusedKeys = new Set<string>();
  const allowed = (f: Finding): boolean => !typeOf || types!.has(typeOf.get(f.ruleId) ?? ('' as FixType));
  const machine = machineFields(text);
  let applied = 0;
  let refused = 0;
  let passes = 0;
  while (passes < (fix.maxPasses ?? MAX_PASSES)) {
    const fixes = fixesOf(result.findings, allowed).filter((f) => !refusedKeys.has(keyOf(text, f)));
    if (fixes.length === 0) break;
    const pass = applyFixes(text, fixes);
    if (pass.applied.length === 0) break;
    passes++;
    const next = validateText(pass.output, options);
    if (acceptable(result, next, machine, pass.output)) {
      text = pass.output;
      result = next;
      applied += pass.applied.length;
      continue;
    }
    // Some fix of the pass makes things worse: try them one at a time, last first, so the offsets of
    // those still to try stay right, and keep each that leaves the draft no worse.
    let accepted = 0;
    const tries = [...pass.applied].sort(compareFixes).reverse();
    for (const [n, one] of tries.entries()) {
      if (n >= MAX_SINGLE_TRIES) {
        for (const rest of tries.slice(n)) refusedKeys.add(keyOf(text, rest));
        refused += tries.length - n;
        break;
      }
      const candidate = applyFixes(text, [one]).output;
      const checked = validateText(candidate, options);
      if (acceptable(result, checked, machine, candidate)) {
        text = candidate;
        result = checked;
        accepted++;
      } else {
        refusedKeys.add(keyOf(text, one));
        refused++;
      }
    }
    applied += accepted;
    if (accepted === 0) break;
  }
  return { output: bom + text, applied, passes, refused, result };
}
