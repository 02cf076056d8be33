import type { Digest } from '../core/digest/types.js';
import { errorLine, fa, groupHeadline, KIND_NAMES, membersByProvince, percent, place, STATUS_NAMES, SUBTITLE, TITLE } from './digest-text.js';

/** The first line of a Markdown digest: how `draft digest` knows a file it may replace. */
export const markdownMark = (generator: string): string => `<!-- generator: ${generator} digest -->`;

/** Text inside a table cell or a list item: one line, no table breaks, no HTML. */
function inline(s: string): string {
  return s.replace(/\s+/g, ' ').replace(/[|\\`*_<>[\]]/g, (c) => `\\${c}`).trim();
}

/** The digest as Markdown, for a wiki, an e-mail or a pull request; the same sections as the HTML. */
export function digestMarkdown(d: Digest): string {
  const t = d.totals;
  const out: string[] = [markdownMark(d.generator), '', `# ${TITLE}`, '', SUBTITLE, ''];
  out.push('## خلاصه', '');
  out.push('| شاخص | مقدار |', '| --- | ---: |');
  out.push(`| پیشنهادهای رسیده | ${fa(t.submissions)} |`);
  out.push(`| شهرداری‌ها | ${fa(t.municipalities)} |`);
  out.push(`| استان‌ها | ${fa(t.provinces)} از ${fa(31)} |`);
  out.push(`| آماده | ${fa(t.ready)} (${percent(t.ready, t.submissions)}) |`);
  out.push(`| بی‌خطا | ${fa(t.valid)} (${percent(t.valid, t.submissions)}) |`);
  out.push(`| آماده و بی‌خطا | ${fa(t.readyAndValid)} |`);
  out.push(`| بسته‌های ارسالی | ${fa(t.packages)} |`);
  out.push(`| جمع بار مالی | ${t.financialImpact.digits} ریال (${t.financialImpact.words} ریال)، از ${fa(t.financialImpact.stated)} پیشنهاد |`);
  out.push('');
  out.push('## بر پایه موضوع', '', '| موضوع | تعداد | آماده |', '| --- | ---: | ---: |');
  for (const c of d.byCategory) out.push(`| ${inline(c.label)} | ${fa(c.count)} | ${fa(c.ready)} |`);
  out.push('');
  out.push('## بر پایه استان', '', '| استان | تعداد | آماده | شهرداری‌ها |', '| --- | ---: | ---: | ---: |');
  for (const p of d.byProvince) out.push(`| ${p.province} | ${p.count === 0 ? '— (هنوز چیزی نفرستاده)' : fa(p.count)} | ${fa(p.ready)} | ${fa(p.count === 0 ? 0 : p.municipalities)} |`);
  out.push('');
  out.push('## دغدغه‌های مشترک', '');
  if (d.groups.length === 0) out.push('گروهی از پیشنهادهای هم‌موضوع پیدا نشد.', '');
  d.groups.forEach((g, i) => {
    out.push(`### ${fa(i + 1)}. ${inline(groupHeadline(g))}`, '');
    out.push(`واژه‌های مشترک: ${g.terms.map(inline).join('، ') || '—'}`, '');
    for (const p of membersByProvince(g.members)) out.push(`- **${inline(p.province)}**: ${p.cities.map(inline).join('، ')}`);
    out.push('');
  });
  out.push('## مسائل و پیشنهادها به تفکیک موضوع', '');
  for (const c of d.categories) {
    out.push(`### ${inline(c.label)} (${fa(c.entries.length)})`, '');
    out.push('| شهرداری | عنوان | مسئله | پیشنهاد |', '| --- | --- | --- | --- |');
    for (const e of c.entries) out.push(`| ${inline(place(e))} | ${inline(e.title)} (${KIND_NAMES[e.kind] ?? inline(e.kind)}) | ${inline(e.problem)} | ${inline(e.proposal)} |`);
    out.push('');
  }
  out.push('## هنوز آماده نیست', '');
  if (d.notReady.length === 0) out.push('همه پیشنهادها آماده‌اند.', '');
  else {
    for (const n of d.notReady) out.push(`- ${inline(place(n))}: ${inline(n.title || n.id)} — ${STATUS_NAMES[n.status] ?? (inline(n.status) || 'بدون وضعیت')} (\`${n.file}\`)`);
    out.push('');
  }
  out.push('## دارای خطا', '');
  if (d.invalid.length === 0) out.push('هیچ پیشنهادی خطا ندارد.', '');
  else {
    for (const x of d.invalid) {
      out.push(`- \`${x.file}\`${x.source === 'package' ? ' (بسته ارسالی؛ بررسی درستی آن ناموفق بود)' : ''}: ${fa(x.errorCount)} خطا`);
      for (const e of x.errors) out.push(`  - ${inline(errorLine(e))}`);
    }
    out.push('');
  }
  out.push(`---`, '', `ساخته‌شده با ${d.generator}؛ آستانه گروه‌بندی ${fa(String(d.threshold).replace('.', '٫'))}.`, '');
  return out.join('\n');
}
