import type { Finding } from '../core/engine/types.js';
import { toPersianDigits } from '../persian/digits.js';
import { printable } from './printable.js';
import { cellWidth } from './width.js';
import type { Palette, Reporter } from './types.js';

function frame(lineOf: (line: number) => string | undefined, f: Finding, palette: Palette): string {
  const first = Math.max(1, f.line - 1);
  let last = f.line + 1;
  while (last >= first && lineOf(last) === undefined) last--;
  const width = String(last).length;
  const out: string[] = [];
  for (let n = first; n <= last; n++) {
    const source = (lineOf(n) ?? '').replace(/\t/g, ' ');
    const text = printable(source);
    const gutter = `${n === f.line ? '>' : ' '} ${String(n).padStart(width)} | `;
    out.push(n === f.line ? palette.bold(gutter) + text : palette.dim(gutter + text));
    if (n === f.line) {
      // Columns count UTF-16 units; the caret goes under the same text on screen, so count cells.
      const start = Math.max(0, f.column - 1);
      const end = f.endLine === f.line && f.endColumn !== undefined ? Math.max(start, f.endColumn - 1) : start;
      const before = cellWidth(printable(source.slice(0, start)));
      const span = Math.max(1, cellWidth(printable(source.slice(start, end))));
      out.push(palette.dim(`  ${' '.repeat(width)} | `) + ' '.repeat(before) + palette.red('^'.repeat(Math.min(span, 80))));
    }
  }
  return out.map((l) => `    ${l}`).join('\n');
}

/** The lines of one file: made outside the loop over results, which then captures nothing (no context for each of 10,000). */
function linesOfFile(sourceLine: (file: string, line: number) => string | undefined, file: string): (line: number) => string | undefined {
  return (line) => sourceLine(file, line);
}

/**
 * Grouped by file, one line per finding (line:column, severity, message, rule id), a code frame under
 * each, then a summary. The layout follows eslint's stylish formatter, which CI logs and people read.
 */
export const stylish: Reporter = (results, { lang, palette, sourceLine, hiddenWarnings = 0 }) => {
  const num = (n: number): string => (lang === 'fa' ? toPersianDigits(n) : String(n));
  const out: string[] = [];
  let errors = 0;
  let warnings = 0;
  let fixable = 0;
  let filesWithProblems = 0;
  for (const result of results) {
    if (result.findings.length === 0) continue;
    filesWithProblems++;
    out.push('', palette.underline(printable(result.file)));
    const lineOf = sourceLine ? linesOfFile(sourceLine, result.file) : undefined;
    for (const f of result.findings) {
      if (f.severity === 'error') errors++;
      else warnings++;
      if (f.fix) fixable++;
      const sev = f.severity === 'error'
        ? palette.red(lang === 'fa' ? 'خطا ' : 'error  ')
        : palette.yellow(lang === 'fa' ? 'هشدار' : 'warning');
      // One finding, one line: a message quoting text across a line break shows the break as a space.
      const message = printable(f.message.replace(/\r?\n/g, ' '));
      out.push(`  ${palette.dim(`${f.line}:${f.column}`.padEnd(7))} ${sev}  ${message}  ${palette.dim(f.ruleId)}`);
      if (lineOf !== undefined && f.line > 0 && lineOf(f.line) !== undefined) out.push(frame(lineOf, f, palette));
      for (const r of f.related ?? []) out.push(palette.dim(printable(`      ↳ ${r.file}:${r.line}:${r.column} ${r.message}`)));
    }
  }
  const total = errors + warnings;
  const checked = results.length;
  // With --quiet the warnings are not in the results: the summary says they were left out, not "none".
  const hidden = hiddenWarnings > 0
    ? lang === 'fa'
      ? `${num(hiddenWarnings)} هشدار نشان داده نشد (بی --quiet دیده می‌شود)`
      : `${hiddenWarnings} warning${hiddenWarnings === 1 ? '' : 's'} not shown (run without --quiet to see ${hiddenWarnings === 1 ? 'it' : 'them'})`
    : undefined;
  if (total === 0 && hidden) {
    out.push(palette.green(lang === 'fa'
      ? `✔ ${num(checked)} پیش‌نویس بررسی شد؛ خطایی پیدا نشد؛ ${hidden}.`
      : `✔ ${checked} draft${checked === 1 ? '' : 's'} checked, no errors found; ${hidden}.`));
  } else if (total === 0) {
    out.push(palette.green(lang === 'fa'
      ? `✔ ${num(checked)} پیش‌نویس بررسی شد؛ ایرادی پیدا نشد.`
      : `✔ ${checked} draft${checked === 1 ? '' : 's'} checked, no problems found.`));
  } else if (hidden) {
    // Only errors are shown: counted as errors, the warnings as left out.
    out.push('', palette.red(palette.bold(lang === 'fa'
      ? `✖ ${num(errors)} خطا در ${num(filesWithProblems)} از ${num(checked)} پیش‌نویس؛ ${hidden}`
      : `✖ ${errors} error${errors === 1 ? '' : 's'} in ${filesWithProblems} of ${checked} draft${checked === 1 ? '' : 's'}; ${hidden}`)));
  } else {
    const mark = errors > 0 ? palette.red : palette.yellow;
    out.push('', mark(palette.bold(lang === 'fa'
      ? `✖ ${num(total)} مورد (${num(errors)} خطا، ${num(warnings)} هشدار) در ${num(filesWithProblems)} از ${num(checked)} پیش‌نویس`
      : `✖ ${total} problem${total === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}) in ${filesWithProblems} of ${checked} draft${checked === 1 ? '' : 's'}`)));
  }
  if (fixable > 0) {
    out.push(palette.dim(lang === 'fa'
      ? `  ${num(fixable)} مورد با «draft validate --fix» به‌طور خودکار اصلاح می‌شود («--fix-dry-run» اصلاح‌ها را فقط نشان می‌دهد).`
      : `  ${fixable} of them can be fixed automatically with \`draft validate --fix\` (\`--fix-dry-run\` only shows the changes).`));
  }
  return out.join('\n') + '\n';
};
