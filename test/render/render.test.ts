import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderDraft } from '../../src/core/render/index.js';
import { FONT_WEIGHTS, templatesDir } from '../../src/core/render/assets.js';
import { DIRECTIVE, ROOT, fixture, load, visibleText } from './helpers.js';

const directive = renderDraft(load(DIRECTIVE), { generator: 'pishnevis test' });
const circular = renderDraft(load(fixture('circular.yaml')), { generator: 'pishnevis test' });

describe('the rendered page', () => {
  it('is a right-to-left Persian HTML document', () => {
    expect(directive).toMatch(/^<!DOCTYPE html>\n<html lang="fa" dir="rtl">/);
    expect(directive).toContain('<meta charset="utf-8">');
  });

  it('is print-ready on A4: @page, margins, headings kept with their articles', () => {
    expect(directive).toMatch(/@page\s*{[^}]*size: A4;/);
    expect(directive).toMatch(/@page\s*{[^}]*margin: /);
    expect(directive).toMatch(/\.keep\s*{[^}]*break-inside: avoid/);
    expect(directive).toMatch(/h1, h2, h3\s*{[^}]*break-after: avoid-page/);
    expect(directive).toMatch(/\.end-block\s*{[^}]*break-inside: avoid/);
  });

  it('embeds Vazirmatn as base64 @font-face, only the weights it uses, and loads nothing from outside', () => {
    const faces = [...directive.matchAll(/@font-face\s*{([^}]*)}/g)].map((m) => m[1]!);
    expect(faces).toHaveLength(FONT_WEIGHTS.length);
    for (const face of faces) expect(face).toMatch(/src: url\('data:font\/woff2;base64,[A-Za-z0-9+/=]{1000,}'\) format\('woff2'\)/);
    expect(faces.map((f) => /font-weight: (\d+)/.exec(f)![1])).toEqual(['400', '700']);
    // Every weight the stylesheet asks for is one that is embedded.
    const css = readFileSync(join(templatesDir(), 'style.css'), 'utf8');
    for (const m of css.matchAll(/font-weight:\s*(\w+)/g)) expect(['400', '700']).toContain(m[1]);
    expect(directive).not.toMatch(/(?:src|href)\s*=\s*["']?(?:https?:)?\/\//i);
    expect(directive).not.toMatch(/url\((?!'data:)/);
    expect(directive).not.toMatch(/<script/i);
  });

  it('shows no Latin digit outside left-to-right machine text', () => {
    for (const html of [directive, circular]) {
      const text = visibleText(html.replace(/<bdi dir="ltr">[^<]*<\/bdi>/g, ' '));
      expect(text).not.toMatch(/[0-9]/);
    }
  });

  it('has the heading block, letterhead and Jalali date', () => {
    const text = visibleText(directive);
    expect(text).toContain('بسمه تعالی');
    expect(text).toContain('شهرداری قم');
    expect(text).toMatch(/شماره:/);
    expect(text).toContain('تاریخ: ۹ آذر ۱۴۰۵');
    expect(text).toContain('پیوست: دارد');
    expect(text).toContain('پیش‌نویس دستورالعمل');
  });

  it('writes articles, clauses, items and notes the way the ministry does', () => {
    const text = visibleText(directive);
    expect(text).toContain('ماده ۱ – تعاریف');
    expect(text).toContain('الف – سازمان: سازمان تأمین اجتماعی');
    expect(text).toContain('ماده ۲ – شناسایی و ثبت تعهدات');
    expect(text).toMatch(/الف – حق بیمه کارکنان/);
    expect(text).toMatch(/پ – جرایم/);
    expect(text).toMatch(/۱ – پرداخت حق بیمه جاری/);
    expect(text).toMatch(/ تبصره – فهرست تعهدات/);
    expect(text).toMatch(/ تبصره ۱ – جلسات کارگروه/);
    expect(text).toMatch(/ تبصره ۲ – دبیرخانه/);
    expect(text).toContain('این دستورالعمل در ۸ ماده و ۸ تبصره تنظیم شده است.');
    expect(text).toContain('۲٬۴۰۰٬۰۰۰٬۰۰۰٬۰۰۰ ریال (دو هزار و چهارصد میلیارد ریال)');
    expect(text).toMatch(/مسئول اجرا: معاونت مالی و اقتصادی شهرداری قم؛/);
    expect(text).toContain('تاریخ اجرا: ۱ دی ۱۴۰۵');
  });

  it('puts the signature block last, after the closing formula', () => {
    const closing = directive.indexOf('class="closing"');
    const signature = directive.indexOf('class="signature"');
    expect(closing).toBeGreaterThan(0);
    expect(signature).toBeGreaterThan(closing);
    expect(directive.slice(signature, directive.indexOf('</div>\n</div>', signature))).toContain('محمدرضا احمدی');
    expect(directive).toMatch(/\.signature\s*{[^}]*margin-inline-start: auto/);
  });

  it('lays out a circular: «پیش‌نویس بخشنامه», addressees, «موضوع:», body, signatory on the left, «رونوشت:»', () => {
    const text = visibleText(circular);
    const order = ['پیش‌نویس بخشنامه', 'گیرندگان:', 'شهرداری‌های مراکز استان‌ها', 'موضوع: جداسازی پسماند', 'با سلام و احترام،', 'به استناد ماده ۷', 'تاریخ اجرا: ۱ خرداد ۱۴۰۵', 'علی رضایی', 'معاون امور عمرانی وزیر کشور', 'رونوشت:', 'سازمان حفاظت محیط زیست، جهت اطلاع و هماهنگی'];
    let at = -1;
    for (const part of order) {
      const next = text.indexOf(part, at + 1);
      expect(next, part).toBeGreaterThan(at);
      at = next;
    }
    expect(text).toContain('۱۲٫۵٪');
    expect(circular).toContain('<bdi dir="ltr">GIS-Waste 2.0</bdi>');
    expect(text).toContain('پیوست: ندارد');
  });

  it('is the same string every time, whatever the time zone', () => {
    const before = process.env.TZ;
    try {
      process.env.TZ = 'Asia/Tehran';
      const a = renderDraft(load(DIRECTIVE), { generator: 'x' });
      process.env.TZ = 'America/Los_Angeles';
      const b = renderDraft(load(DIRECTIVE), { generator: 'x' });
      expect(a).toBe(b);
    } finally {
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    }
  });

  it('renders every valid example without throwing', () => {
    const dir = join(ROOT, 'examples', 'valid');
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.yaml'))) {
      const html = renderDraft(load(join(dir, f)));
      expect(html, f).toContain('</html>');
    }
  });
});

describe('user text is always escaped', () => {
  const html = renderDraft(load(fixture('hostile.yaml')));

  it('lets no markup from the draft through', () => {
    const body = html.slice(html.indexOf('<body'));
    expect(body).not.toMatch(/<script|<img|<svg|<iframe|<a |<b>|onerror=|onload=/i);
    expect(html.match(/<\/style>/g)).toHaveLength(1);
    expect(visibleText(html)).toContain("<script>alert('x')</script>");
    expect(visibleText(html)).toContain('{{{ raw }}}');
  });

  it('marks a draft that is not ready', () => {
    expect(visibleText(html)).toContain('این متن در دست تهیه است');
  });

  it('uses triple braces in the templates only for the tool\'s own stylesheet', () => {
    const dir = templatesDir();
    const files = [join(dir, 'document.hbs'), ...readdirSync(join(dir, 'partials')).map((f) => join(dir, 'partials', f))];
    for (const file of files) {
      const triples = [...readFileSync(file, 'utf8').matchAll(/{{{\s*([^}]*?)\s*}}}/g)].map((m) => m[1]);
      expect(triples.filter((t) => t !== 'styles'), file).toEqual([]);
    }
  });
});
