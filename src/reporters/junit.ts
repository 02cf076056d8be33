import type { Finding, Lang } from '../core/engine/types.js';
import type { Reporter } from './types.js';
import { xmlAttr, xmlText } from './xml.js';

function where(f: Finding): string {
  return `${f.file}:${f.line}:${f.column}`;
}

/** The body of a failure or of a warning's output: what stylish would print for the finding. */
function details(f: Finding, lang: Lang): string {
  const severity = lang === 'fa' ? (f.severity === 'error' ? 'خطا' : 'هشدار') : f.severity;
  const lines = [`${where(f)} ${severity} ${f.message} (${f.ruleId})`];
  for (const r of f.related ?? []) lines.push(`  ↳ ${r.file}:${r.line}:${r.column} ${r.message}`);
  return lines.join('\n');
}

/**
 * JUnit XML as GitLab (`artifacts:reports:junit`) and Jenkins (`junit` step) read it: one
 * <testsuite> per draft, one <testcase> per finding, named "<rule id> <line>:<column>".
 *
 * - An error is a <failure type="<rule id>" message="…">, so the draft's suite fails.
 * - A warning is a passing <testcase> whose <system-out> carries the finding: a draft with only
 *   warnings passes, as `draft validate` exits 0 for it.
 * - A draft with no findings gets one passing <testcase name="draft">, so every draft checked is
 *   counted.
 *
 * `errors` is always 0: every problem is reported as a failure of the draft, none as a crash of the
 * check. Attributes and text are escaped; characters XML 1.0 cannot carry are dropped.
 */
export const junit: Reporter = (results, { lang }) => {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  for (const result of results) {
    const file = xmlAttr(result.file);
    const cases: string[] = [];
    let suiteFailures = 0;
    for (const f of result.findings) {
      const open = `    <testcase classname="${file}" name="${xmlAttr(`${f.ruleId} ${f.line}:${f.column}`)}" file="${file}">`;
      if (f.severity === 'error') {
        suiteFailures++;
        cases.push(`${open}\n      <failure type="${xmlAttr(f.ruleId)}" message="${xmlAttr(f.message)}">${xmlText(details(f, lang))}</failure>\n    </testcase>`);
      } else {
        cases.push(`${open}\n      <system-out>${xmlText(details(f, lang))}</system-out>\n    </testcase>`);
      }
    }
    if (cases.length === 0) cases.push(`    <testcase classname="${file}" name="draft" file="${file}"/>`);
    tests += cases.length;
    failures += suiteFailures;
    suites.push(
      `  <testsuite name="${file}" tests="${cases.length}" failures="${suiteFailures}" errors="0" skipped="0">\n${cases.join('\n')}\n  </testsuite>`,
    );
  }
  const head = `<testsuites name="pishnevis" tests="${tests}" failures="${failures}" errors="0">`;
  return ['<?xml version="1.0" encoding="UTF-8"?>', ...(suites.length > 0 ? [head, ...suites, '</testsuites>'] : [head.replace(/>$/, '/>')])].join('\n') + '\n';
};
