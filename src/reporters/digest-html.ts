/**
 * The digest as one self-contained HTML page for the committee: right-to-left Persian, the font
 * embedded (given by the caller, see render/assets.ts), the charts as inline SVG, no script and no
 * network. It prints on A4: sections do not split their headings from their content, tables repeat
 * their header on each page, and the colours survive printing.
 */

import type { Digest } from '../core/digest/types.js';
import { categoryChart, esc, provinceTiles, readinessChart } from './digest-charts.js';
import { errorLine, fa, groupHeadline, KIND_NAMES, membersByProvince, percent, place, STATUS_NAMES, SUBTITLE, TITLE } from './digest-text.js';

export interface DigestHtmlOptions {
  /** @font-face rules (Vazirmatn embedded); the page falls back to system fonts without them. */
  fontFaces?: string;
  /** A date to print under the title, e.g. «۱۲ آذر ۱۴۰۵». */
  date?: string;
}

/** The generator mark of a digest page: how `draft digest` knows a file it may replace. */
export const htmlMark = (generator: string): string => `<meta name="generator" content="${esc(generator)} digest">`;

const CSS = `
:root { --ink: #1f2937; --muted: #6b7280; --line: #e5e7eb; --accent: #0f766e; --soft: #f0fdfa; --warn: #b45309; --bad: #b91c1c; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font-family: Vazirmatn, Tahoma, sans-serif; color: var(--ink); margin: 0 auto; max-width: 210mm; padding: 12mm 14mm; line-height: 1.75; font-size: 10.5pt; background: #fff; }
h1 { font-size: 18pt; margin: 0 0 2pt; color: var(--accent); line-height: 1.4; }
h2 { font-size: 13.5pt; margin: 18pt 0 6pt; padding-bottom: 3pt; border-bottom: 2px solid var(--accent); break-after: avoid; page-break-after: avoid; }
h3 { font-size: 11.5pt; margin: 12pt 0 4pt; break-after: avoid; page-break-after: avoid; }
.sub { color: var(--muted); margin: 0 0 10pt; }
.cards { display: grid; grid-template-columns: repeat(3, 1fr); gap: 6pt; }
.card { border: 1px solid var(--line); border-radius: 6pt; padding: 6pt 9pt; background: var(--soft); break-inside: avoid; }
.card b { display: block; font-size: 17pt; color: var(--accent); line-height: 1.3; }
.card span { color: var(--muted); font-size: 9.5pt; }
.money { grid-column: 1 / -1; background: #fff; }
.money b { font-size: 14pt; }
.figure { break-inside: avoid; page-break-inside: avoid; margin: 4pt 0 8pt; }
.figure svg { display: block; max-width: 100%; height: auto; }
table { width: 100%; border-collapse: collapse; margin: 4pt 0 8pt; font-size: 9.5pt; }
thead { display: table-header-group; }
th, td { border: 1px solid var(--line); padding: 3pt 5pt; text-align: right; vertical-align: top; }
th { background: #f3f4f6; font-weight: 700; }
td.n { text-align: center; white-space: nowrap; }
tr { break-inside: avoid; page-break-inside: avoid; }
.group { border: 1px solid var(--line); border-right: 4px solid var(--accent); border-radius: 4pt; padding: 5pt 9pt; margin: 6pt 0; break-inside: avoid; page-break-inside: avoid; }
.group h3 { margin: 0 0 2pt; }
.terms { margin: 2pt 0; }
.term { display: inline-block; background: var(--soft); border: 1px solid #99d5cf; border-radius: 10pt; padding: 0 6pt; margin: 1pt 0 1pt 3pt; font-size: 9pt; }
.members { margin: 2pt 0 0; font-size: 9.5pt; }
.members b { color: var(--accent); }
.id { direction: ltr; unicode-bidi: isolate; font-family: ui-monospace, Consolas, monospace; font-size: 8.5pt; color: var(--muted); }
.none { color: var(--muted); }
.pair { display: grid; grid-template-columns: 1fr 1fr; gap: 8pt; align-items: start; }
.pair table { margin: 0; }
.pair td, .pair th { padding: 1pt 5pt; }
.bad { color: var(--bad); }
.warn { color: var(--warn); }
ul.errors { margin: 0; padding-right: 16pt; font-size: 9pt; }
footer { margin-top: 18pt; color: var(--muted); font-size: 8.5pt; border-top: 1px solid var(--line); padding-top: 4pt; }
@page { size: A4; margin: 14mm 12mm; }
@media print { body { padding: 0; max-width: none; font-size: 10pt; } h2 { margin-top: 14pt; } }
`;

const cell = (s: string): string => esc(s.replace(/\s+/g, ' ').trim());

function totals(d: Digest): string {
  const t = d.totals;
  const card = (key: string, value: string, label: string): string => `<div class="card"><b data-total="${key}">${value}</b><span>${label}</span></div>`;
  return `<div class="cards" id="totals">
${card('submissions', fa(t.submissions), 'پیشنهادهای رسیده')}
${card('municipalities', fa(t.municipalities), 'شهرداری')}
${card('provinces', `${fa(t.provinces)} <small>از ${fa(31)}</small>`, 'استان')}
${card('ready', `${fa(t.ready)} <small>(${percent(t.ready, t.submissions)})</small>`, 'آماده')}
${card('valid', `${fa(t.valid)} <small>(${percent(t.valid, t.submissions)})</small>`, 'بی‌خطا')}
${card('packages', fa(t.packages), 'بسته ارسالی')}
<div class="card money"><b data-total="financialImpact" data-rials="${t.financialImpact.amount}">${t.financialImpact.digits} ریال</b><span>جمع بار مالی (${esc(t.financialImpact.words)} ریال)، از ${fa(t.financialImpact.stated)} پیشنهاد</span></div>
</div>`;
}

function groups(d: Digest): string {
  if (d.groups.length === 0) return '<p class="none">گروهی از پیشنهادهای هم‌موضوع از چند شهرداری پیدا نشد.</p>';
  return d.groups.map((g, i) => `<div class="group" id="group-${i + 1}">
<h3>${fa(i + 1)}. ${esc(groupHeadline(g))}</h3>
<div class="terms">واژه‌های مشترک: ${g.terms.map((w) => `<span class="term">${esc(w)}</span>`).join('') || '<span class="none">—</span>'}</div>
<p class="members">${membersByProvince(g.members).map((p) => `<b>${esc(p.province)}:</b> ${p.cities.map(esc).join('، ')}`).join(' · ')}</p>
</div>`).join('\n');
}

function byProvinceTable(d: Digest): string {
  const row = (p: Digest['byProvince'][number]): string => `<tr><td>${esc(p.province)}</td><td class="n">${p.count ? fa(p.count) : '<span class="none">—</span>'}</td><td class="n">${fa(p.ready)}</td><td class="n">${p.count ? fa(p.municipalities) : '<span class="none">هیچ</span>'}</td></tr>`;
  const head = '<thead><tr><th>استان</th><th>پیشنهاد</th><th>آماده</th><th>شهرداری</th></tr></thead>';
  // Two tables side by side: 31 rows in one column would take a page of their own.
  const half = Math.ceil(d.byProvince.length / 2);
  const [first, second] = [d.byProvince.slice(0, half), d.byProvince.slice(half)];
  return `<div class="pair" id="by-province"><table>${head}<tbody>${first.map(row).join('')}</tbody></table><table>${head}<tbody>${second.map(row).join('')}</tbody></table></div>
<p class="none">استان‌هایی که هنوز پیشنهادی نفرستاده‌اند: ${d.byProvince.filter((p) => p.count === 0).map((p) => esc(p.province)).join('، ') || 'هیچ'}.</p>`;
}

function categorySections(d: Digest): string {
  return d.categories.map((c) => `<h3>${esc(c.label)} <small class="none">(${fa(c.entries.length)})</small></h3>
<table><thead><tr><th style="width:15%">شهرداری</th><th style="width:21%">عنوان</th><th>مسئله</th><th>پیشنهاد</th></tr></thead><tbody>
${c.entries.map((e) => `<tr><td>${esc(place(e))}${e.ready ? '' : '<br><small class="warn">در دست تهیه</small>'}${e.valid ? '' : '<br><small class="bad">دارای خطا</small>'}</td><td>${cell(e.title)}<br><small class="none">${esc(KIND_NAMES[e.kind] ?? e.kind)}${e.financialImpact ? ` · ${fa(BigInt(e.financialImpact).toLocaleString('en').replace(/,/g, '٬'))} ریال` : ''}</small></td><td>${cell(e.problem)}</td><td>${cell(e.proposal)}</td></tr>`).join('\n')}
</tbody></table>`).join('\n');
}

function notReady(d: Digest): string {
  if (d.notReady.length === 0) return '<p class="none">همه پیشنهادها آماده‌اند.</p>';
  return `<table id="not-ready"><thead><tr><th>شهرداری</th><th>عنوان</th><th>وضعیت</th><th>فایل</th></tr></thead><tbody>${d.notReady.map((n) =>
    `<tr><td>${esc(place(n))}</td><td>${cell(n.title)}</td><td>${esc(STATUS_NAMES[n.status] ?? (n.status || 'بی‌وضعیت'))}</td><td><span class="id">${esc(n.file)}</span></td></tr>`).join('')}</tbody></table>`;
}

function invalid(d: Digest): string {
  if (d.invalid.length === 0) return '<p class="none">هیچ پیشنهادی خطا ندارد.</p>';
  return `<table id="invalid"><thead><tr><th style="width:28%">فایل</th><th>خطاها</th></tr></thead><tbody>${d.invalid.map((x) =>
    `<tr><td><span class="id">${esc(x.file)}</span>${x.source === 'package' ? '<br><small class="bad">بسته ارسالی ناسالم</small>' : ''}<br><small>${fa(x.errorCount)} خطا</small></td><td><ul class="errors">${x.errors.map((e) => `<li>${esc(errorLine(e))}</li>`).join('')}${x.errorCount > x.errors.length ? `<li class="none">و ${fa(x.errorCount - x.errors.length)} خطای دیگر</li>` : ''}</ul></td></tr>`).join('')}</tbody></table>`;
}

export function digestHtml(d: Digest, options: DigestHtmlOptions = {}): string {
  return `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
${htmlMark(d.generator)}
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(TITLE)}</title>
<style>
${options.fontFaces ?? ''}
${CSS}
</style>
</head>
<body>
<header>
<h1>${esc(TITLE)}</h1>
<p class="sub">${esc(SUBTITLE)}${options.date ? ` — ${esc(options.date)}` : ''}</p>
</header>
<section>
<h2>خلاصه</h2>
${totals(d)}
<div class="figure">${readinessChart(d)}</div>
</section>
<section>
<h2>پیشنهادها به تفکیک موضوع</h2>
<div class="figure">${categoryChart(d)}</div>
</section>
<section>
<h2>پیشنهادها به تفکیک استان</h2>
<div class="figure">${provinceTiles(d)}</div>
${byProvinceTable(d)}
</section>
<section>
<h2>دغدغه‌های مشترک</h2>
${groups(d)}
</section>
<section>
<h2>مسائل و پیشنهادها به تفکیک موضوع</h2>
${categorySections(d) || '<p class="none">پیشنهادی برای نمایش نیست.</p>'}
</section>
<section>
<h2>هنوز آماده نیست</h2>
${notReady(d)}
</section>
<section>
<h2>دارای خطا</h2>
${invalid(d)}
</section>
<footer>ساخته‌شده با ${esc(d.generator)}؛ گروه‌بندی با شباهت کسینوسی TF-IDF و آستانه ${fa(String(d.threshold).replace('.', '٫'))}.</footer>
</body>
</html>
`;
}
