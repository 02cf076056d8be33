import type { Digest } from '../core/digest/types.js';

/**
 * One row per submission, for a spreadsheet: where it came from, what it is, whether it is ready and
 * valid, its amount, its text, and the common-concern group it belongs to (by number, as in the HTML
 * and Markdown reports). RFC 4180: comma-separated, CRLF, fields quoted when they need it, with a BOM
 * so that Excel reads the Persian as UTF-8.
 */
export const DIGEST_CSV_HEADER = [
  'id', 'file', 'source', 'province', 'city', 'category', 'category_fa', 'kind', 'status', 'ready', 'valid',
  'errors', 'financial_impact_rial', 'group', 'title', 'problem', 'proposal',
] as const;

function field(value: string | number | boolean): string {
  const s = String(value);
  return /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function digestCsv(digest: Digest): string {
  const groupOf = new Map<string, number>();
  digest.groups.forEach((g, i) => g.members.forEach((m) => groupOf.set(m.file, i + 1)));
  const errorsOf = new Map(digest.invalid.map((x) => [x.file, x.errorCount]));
  const labelOf = new Map(digest.byCategory.map((c) => [c.category, c.label]));
  const rows: Array<Array<string | number | boolean>> = [];
  const listed = new Set<string>();
  for (const c of digest.categories) {
    for (const e of c.entries) {
      listed.add(e.file);
      rows.push([e.id, e.file, e.source, e.province, e.city, e.category, labelOf.get(e.category) ?? '', e.kind, e.status, e.ready, e.valid,
        errorsOf.get(e.file) ?? 0, e.financialImpact ?? '', groupOf.get(e.file) ?? '', e.title, e.problem, e.proposal]);
    }
  }
  // Submissions with no text to show (unreadable drafts, packages that failed verification).
  for (const x of digest.invalid) {
    if (listed.has(x.file)) continue;
    const nr = digest.notReady.find((n) => n.file === x.file);
    rows.push([x.id, x.file, x.source, nr?.province ?? '', nr?.city ?? '', '', '', '', nr?.status ?? '', false, false, x.errorCount, '', '', nr?.title ?? '', '', '']);
  }
  return `\uFEFF${[[...DIGEST_CSV_HEADER], ...rows].map((r) => r.map(field).join(',')).join('\r\n')}\r\n`;
}
