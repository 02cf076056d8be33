/**
 * The digest's charts as inline SVG, drawn here rather than by a charting library: three simple
 * pictures (bars, a tile map, a stacked bar) need a few dozen lines each, render in any browser and
 * in print with no script, and take their Persian text shaping and font from the page. Every text
 * is escaped; every number shown is in Persian digits.
 *
 * The SVG's direction is rtl: text-anchor `start` is a text's right end, `end` its left end.
 */

import type { Digest } from '../core/digest/types.js';
import { fa } from './digest-text.js';

export const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const INK = '#1f2937';
const MUTED = '#6b7280';
const ACCENT = '#0f766e';

/** Submissions by category: horizontal bars growing leftwards from the labels on the right. */
export function categoryChart(d: Digest): string {
  const rows = d.byCategory;
  const width = 720;
  const labelWidth = 230;
  const rowHeight = 30;
  const top = 10;
  const height = top + rows.length * rowHeight + 10;
  const max = Math.max(1, ...rows.map((r) => r.count));
  const barMax = width - labelWidth - 70;
  const parts: string[] = [];
  rows.forEach((r, i) => {
    const y = top + i * rowHeight;
    const w = (r.count / max) * barMax;
    const rw = (r.ready / max) * barMax;
    const right = width - labelWidth;
    parts.push(`<text x="${width - 4}" y="${y + 19}" text-anchor="start" font-size="13" fill="${INK}">${esc(r.label)}</text>`);
    parts.push(`<rect x="${(right - w).toFixed(1)}" y="${y + 6}" width="${w.toFixed(1)}" height="18" rx="3" fill="#99d5cf"><title>${esc(`${r.label}: ${fa(r.count)}`)}</title></rect>`);
    if (rw > 0) parts.push(`<rect x="${(right - rw).toFixed(1)}" y="${y + 6}" width="${rw.toFixed(1)}" height="18" rx="3" fill="${ACCENT}"/>`);
    parts.push(`<text x="${(right - w - 6).toFixed(1)}" y="${y + 20}" text-anchor="start" font-size="13" fill="${r.count ? INK : MUTED}">${fa(r.count)}</text>`);
  });
  return svg(width, height, 'شمار پیشنهادها به تفکیک موضوع', parts.join(''));
}

/** Where each province sits on the tile map: column from the west, row from the north. */
const TILES: ReadonlyArray<readonly [string, number, number]> = [
  ['آذربایجان شرقی', 1, 0], ['اردبیل', 2, 0], ['گیلان', 3, 0], ['مازندران', 4, 0], ['گلستان', 5, 0], ['خراسان شمالی', 6, 0],
  ['آذربایجان غربی', 0, 1], ['زنجان', 1, 1], ['قزوین', 2, 1], ['البرز', 3, 1], ['تهران', 4, 1], ['سمنان', 5, 1], ['خراسان رضوی', 6, 1],
  ['کردستان', 0, 2], ['همدان', 1, 2], ['مرکزی', 2, 2], ['قم', 3, 2], ['اصفهان', 4, 2], ['یزد', 5, 2], ['خراسان جنوبی', 6, 2],
  ['کرمانشاه', 0, 3], ['لرستان', 1, 3], ['چهارمحال و بختیاری', 2, 3], ['کهگیلویه و بویراحمد', 3, 3], ['فارس', 4, 3], ['کرمان', 5, 3], ['سیستان و بلوچستان', 6, 3],
  ['ایلام', 0, 4], ['خوزستان', 2, 4], ['بوشهر', 3, 4], ['هرمزگان', 5, 4],
];
export const TILE_PROVINCES = TILES.map(([name]) => name);

/** Light to dark teal by count; 0 is grey, so a province that sent nothing stands out. */
function shade(count: number, max: number): { fill: string; text: string } {
  if (count === 0) return { fill: '#eef0f3', text: MUTED };
  const t = Math.sqrt(count / max);
  const mix = (a: number, b: number): number => Math.round(a + (b - a) * t);
  const fill = `rgb(${mix(204, 17)},${mix(235, 94)},${mix(232, 89)})`;
  return { fill, text: t > 0.55 ? '#ffffff' : INK };
}

/** The 31 provinces as tiles placed roughly as on a map, shaded by their submissions. */
export function provinceTiles(d: Digest): string {
  const counts = new Map(d.byProvince.map((p) => [p.province, p]));
  const max = Math.max(1, ...d.byProvince.map((p) => p.count));
  const cols = 7;
  const tw = 100;
  const th = 66;
  const gap = 5;
  const width = cols * (tw + gap) + gap;
  const height = 5 * (th + gap) + gap + 28;
  const parts: string[] = [];
  for (const [name, col, row] of TILES) {
    const p = counts.get(name);
    const count = p?.count ?? 0;
    const { fill, text } = shade(count, max);
    const x = gap + col * (tw + gap);
    const y = gap + row * (th + gap);
    // Long names on two lines, broken at « و » or the last space.
    const cut = name.includes(' و ') ? name.indexOf(' و ') : name.lastIndexOf(' ');
    const lines = name.length > 11 && cut > 0 ? [name.slice(0, cut), name.slice(cut + 1)] : [name];
    const title = `${name}: ${fa(count)} پیشنهاد${p && p.count > 0 ? `، ${fa(p.municipalities)} شهرداری` : ''}`;
    parts.push(`<g><title>${esc(title)}</title><rect x="${x}" y="${y}" width="${tw}" height="${th}" rx="6" fill="${fill}" stroke="#d1d5db" stroke-width="0.6"/>`);
    lines.forEach((line, k) => {
      const ly = y + (lines.length === 1 ? 24 : 18 + k * 15);
      parts.push(`<text x="${x + tw / 2}" y="${ly}" text-anchor="middle" font-size="${lines.length === 1 ? 12.5 : 11}" fill="${text}">${esc(line)}</text>`);
    });
    parts.push(`<text x="${x + tw / 2}" y="${y + th - 10}" text-anchor="middle" font-size="16" font-weight="700" fill="${text}">${count === 0 ? '—' : fa(count)}</text></g>`);
  }
  // Legend: the scale from none to the most.
  const ly = height - 20;
  const steps = 5;
  for (let s = 0; s <= steps; s++) {
    const value = s === 0 ? 0 : Math.max(1, Math.round((max * s * s) / (steps * steps)));
    const { fill } = shade(value, max);
    const x = width - gap - (s + 1) * 34;
    parts.push(`<rect x="${x}" y="${ly}" width="30" height="12" rx="2" fill="${fill}" stroke="#d1d5db" stroke-width="0.6"/>`);
  }
  parts.push(`<text x="${width - gap - (steps + 1) * 34 - 8}" y="${ly + 11}" text-anchor="start" font-size="11" fill="${MUTED}">${esc(`از هیچ تا ${fa(max)} پیشنهاد`)}</text>`);
  return svg(width, height, 'نقشه کاشی استان‌ها بر پایه شمار پیشنهادها', parts.join(''));
}

/** Readiness as one stacked bar: ready and valid, ready with errors, not ready yet. */
export function readinessChart(d: Digest): string {
  const t = d.totals;
  const parts: Array<[string, number, string]> = [
    ['آماده و بی‌خطا', t.readyAndValid, ACCENT],
    ['آماده ولی دارای خطا', t.ready - t.readyAndValid, '#d97706'],
    ['در دست تهیه یا بی‌وضعیت', t.submissions - t.ready, '#9ca3af'],
  ];
  const width = 720;
  const height = 78;
  const total = Math.max(1, t.submissions);
  const out: string[] = [];
  let x = width;
  for (const [label, value, color] of parts) {
    if (value <= 0) continue;
    const w = (value / total) * width;
    x -= w;
    out.push(`<rect x="${x.toFixed(1)}" y="4" width="${w.toFixed(1)}" height="28" fill="${color}"><title>${esc(`${label}: ${fa(value)}`)}</title></rect>`);
    if (w > 40) out.push(`<text x="${(x + w / 2).toFixed(1)}" y="23" text-anchor="middle" font-size="13" font-weight="700" fill="#fff">${fa(value)}</text>`);
  }
  if (t.submissions === 0) out.push(`<rect x="0" y="4" width="${width}" height="28" fill="#eef0f3"/>`);
  let lx = width;
  for (const [label, value, color] of parts) {
    out.push(`<rect x="${lx - 14}" y="50" width="14" height="14" rx="2" fill="${color}"/>`);
    const text = `${label}: ${fa(value)}`;
    out.push(`<text x="${lx - 20}" y="62" text-anchor="start" font-size="12.5" fill="${INK}">${esc(text)}</text>`);
    lx -= 40 + text.length * 7.2;
  }
  return svg(width, height, 'آمادگی پیشنهادها', out.join(''));
}

function svg(width: number, height: number, title: string, body: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-label="${esc(title)}" direction="rtl" font-family="Vazirmatn, Tahoma, sans-serif"><title>${esc(title)}</title>${body}</svg>`;
}
