import type { Finding } from '../core/engine/types.js';
import { toPersianDigits } from '../persian/digits.js';
import { printable } from './printable.js';
import type { Reporter } from './types.js';

/**
 * Escapes a workflow command's message, as the runner unescapes it. Other control characters (ESC…)
 * are shown as visible escapes first: the runner's log is a terminal too.
 */
export function escapeData(s: string): string {
  return printable(s.replace(/%/g, '%25').replace(/\r/g, '%0D')).replace(/\n/g, '%0A');
}

/** Escapes a workflow command's property value: the message escapes plus the separators ':' and ','. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function command(f: Finding): string {
  const props: Array<[string, string | number]> = [['file', f.file]];
  if (f.line >= 1) {
    props.push(['line', f.line]);
    if (f.column >= 1) props.push(['col', f.column]);
    if (f.endLine !== undefined && f.endLine >= f.line) props.push(['endLine', f.endLine]);
    if (f.endColumn !== undefined && f.endColumn >= 1) props.push(['endColumn', f.endColumn]);
  }
  props.push(['title', f.ruleId]);
  let message = f.message;
  for (const r of f.related ?? []) message += `\n↳ ${r.file}:${r.line}:${r.column} ${r.message}`;
  const list = props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',');
  return `::${f.severity} ${list}::${escapeData(message)}`;
}

/**
 * GitHub Actions workflow commands: one `::error` or `::warning` line per finding, which the runner
 * turns into an annotation on the file and line (titled with the rule id), then one plain summary
 * line for the log. Related places are appended to the message, one per line.
 */
export const github: Reporter = (results, { lang }) => {
  const num = (n: number): string => (lang === 'fa' ? toPersianDigits(n) : String(n));
  const out: string[] = [];
  let errors = 0;
  let warnings = 0;
  let files = 0;
  for (const result of results) {
    if (result.findings.length > 0) files++;
    for (const f of result.findings) {
      if (f.severity === 'error') errors++;
      else warnings++;
      out.push(command(f));
    }
  }
  const total = errors + warnings;
  const checked = results.length;
  if (total === 0) {
    out.push(lang === 'fa'
      ? `✔ ${num(checked)} پیش‌نویس بررسی شد؛ ایرادی پیدا نشد.`
      : `✔ ${checked} draft${checked === 1 ? '' : 's'} checked, no problems found.`);
  } else {
    out.push(lang === 'fa'
      ? `✖ ${num(total)} مورد (${num(errors)} خطا، ${num(warnings)} هشدار) در ${num(files)} از ${num(checked)} پیش‌نویس`
      : `✖ ${total} problem${total === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}) in ${files} of ${checked} draft${checked === 1 ? '' : 's'}`);
  }
  return out.join('\n') + '\n';
};
