// A reproducible corpus of realistic drafts for `npm run bench`: Persian text, 5–25 articles with
// clauses and notes, about 3% with a defect of one of several kinds. The same seed gives the same
// files byte for byte.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mulberry32 } from './random.mjs';


const PLACES = [
  ['قم', 'قم', 'qom'], ['تهران', 'تهران', 'tehran'], ['فارس', 'شیراز', 'shiraz'], ['خراسان رضوی', 'مشهد', 'mashhad'],
  ['اصفهان', 'اصفهان', 'isfahan'], ['آذربایجان شرقی', 'تبریز', 'tabriz'], ['گیلان', 'رشت', 'rasht'], ['خوزستان', 'اهواز', 'ahvaz'],
  ['کرمان', 'کرمان', 'kerman'], ['یزد', 'یزد', 'yazd'], ['همدان', 'همدان', 'hamedan'], ['لرستان', 'خرم‌آباد', 'khorramabad'],
  ['مازندران', 'ساری', 'sari'], ['سیستان و بلوچستان', 'زاهدان', 'zahedan'], ['هرمزگان', 'بندرعباس', 'bandarabbas'], ['البرز', 'کرج', 'karaj'],
];
const CATEGORIES = ['social-security', 'process-standardization', 'finance-revenue', 'urban-development', 'urban-services', 'transport', 'environment', 'human-resources', 'legal', 'other'];
const SUBJECTS = ['تعهدات شهرداری به سازمان تأمین اجتماعی', 'صدور پروانه ساختمانی', 'درآمد پایدار شهرداری', 'مدیریت پسماند شهری', 'نگهداری فضای سبز', 'حمل‌ونقل عمومی', 'وصول عوارض نوسازی', 'ساماندهی مشاغل مزاحم', 'ایمنی ساختمان‌های عمومی', 'خدمات الکترونیک شهروندی'];
const NOUNS = ['شهرداری', 'معاونت مالی', 'سازمان تأمین اجتماعی', 'شورای اسلامی شهر', 'واحد حقوقی', 'کارگروه استانی', 'سامانه یکپارچه', 'دفتر خدمات الکترونیک', 'اداره درآمد', 'کمیسیون ماده صد', 'واحد حسابرسی داخلی', 'پیمانکار طرف قرارداد'];
const VERBS = ['موظف است', 'مکلف است', 'اختیار دارد', 'باید'];
const ACTS = ['گزارش عملکرد را هر سه ماه یک بار به استانداری ارسال کند', 'فهرست بدهی‌های قطعی را با سازمان تطبیق دهد', 'مدارک لازم را تنها از طریق سامانه دریافت کند', 'مهلت رسیدگی را حداکثر پانزده روز کاری تعیین کند', 'نتیجه بررسی را به‌صورت مکتوب به متقاضی اعلام کند', 'اعتبار لازم را در بودجه سالانه پیش‌بینی کند', 'از دریافت مدارک تکراری خودداری کند', 'سوابق پرداخت را در سامانه ثبت و نگهداری کند', 'نمایندگان تام‌الاختیار خود را معرفی کند', 'دستورالعمل‌های داخلی را با این مقررات هماهنگ کند'];
const TAILS = ['و گزارش آن را به شورای اسلامی شهر ارائه کند', 'به‌نحوی که حقوق شهروندان رعایت شود', 'با رعایت قوانین و مقررات مالی شهرداری‌ها', 'و هرگونه تأخیر را با ذکر دلیل اعلام کند', 'در چارچوب اعتبارات مصوب سال جاری', 'با همکاری دستگاه‌های اجرایی ذی‌ربط'];
const LABELS = ['الف', 'ب', 'پ', 'ت', 'ث', 'ج', 'چ', 'ح', 'خ', 'د'];
const FA = (n) => String(n).replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[d]);

function draftText(rand, i) {
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const sentence = () => `${pick(NOUNS)} ${pick(VERBS)} ${pick(ACTS)} ${pick(TAILS)}.`;
  const para = (n) => Array.from({ length: n }, sentence).join(' ');
  const [province, city, slug] = pick(PLACES);
  const subject = pick(SUBJECTS);
  const circular = rand() < 0.25;
  const n = 5 + Math.floor(rand() * 21);
  const lines = [];
  const push = (...l) => lines.push(...l);
  push('schemaVersion: 1', `kind: ${circular ? 'circular' : 'directive'}`, `id: ${slug}-1405-${String(i).padStart(5, '0')}`, 'status: ready');
  push(`title: ${circular ? 'پیش‌نویس بخشنامه' : 'دستورالعمل'} ${subject} در شهرداری ${city} شماره ${FA(i)}`);
  push('municipality:', `  province: ${province}`, `  city: ${city}`);
  push('author:', '  name: مریم احمدی', `  position: معاون حقوقی شهرداری ${city}`);
  push('date: 1405/09/09', `category: ${pick(CATEGORIES)}`);
  push('rationale:', `  problem: >-\n    ${para(3)}`, `  proposal: >-\n    ${para(3)}`, `  impact: ${sentence()}`);
  push('  financialImpact:', `    amount: ${1 + Math.floor(rand() * 9)}${'0'.repeat(9 + Math.floor(rand() * 4))}`, '    unit: rial');
  push('legalBasis:', '  - law: قانون شهرداری', '    article: ماده ۵۵', '  - law: قانون تأمین اجتماعی');
  if (circular) {
    push(`subject: ${subject}`, 'addressees:', '  - شهرداری‌های مراکز استان‌ها', '  - سازمان شهرداری‌ها و دهیاری‌های کشور');
  } else {
    push(`preamble: به‌منظور ساماندهی ${subject} و در اجرای ماده ۵۵ قانون شهرداری، این دستورالعمل تدوین می‌شود.`);
  }
  push('articles:');
  let notes = 0;
  for (let a = 1; a <= n; a++) {
    push(`  - number: ${a}`, `    title: ${pick(ACTS).split(' ').slice(0, 3).join(' ')}`, `    text: >-\n      ${para(5)}${a > 1 ? ` موضوع ماده ${FA(a - 1)} این دستورالعمل رعایت می‌شود.` : ''}`);
    const clauses = Math.floor(rand() * 5);
    if (clauses > 0) {
      push('    clauses:');
      for (let c = 0; c < clauses; c++) push(`      - label: ${LABELS[c]}`, `        text: ${sentence()} ${sentence()}`);
    }
    const k = rand() < 0.4 ? 1 + Math.floor(rand() * 2) : 0;
    if (k > 0) {
      push('    notes:');
      for (let t = 0; t < k; t++) push(`      - text: ${sentence()}`);
      notes += k;
    }
  }
  if (circular) {
    push('signatory:', '  name: علی رضایی', '  position: معاون عمران و توسعه امور شهری و روستایی وزارت کشور');
  } else {
    push('enforcement:', '  responsible:', `    - شهرداری ${city}`, '  supervisor: استانداری', '  effectiveDate: 1405/10/01');
    push(`closing: این دستورالعمل در ${FA(n)} ماده و ${FA(notes)} تبصره تنظیم شده است.`);
  }
  return { text: lines.join('\n') + '\n', circular };
}

/** Defects of different kinds; each keeps the rest of the file as it was. */
const DEFECTS = [
  ['arabic-letters', (t) => t.replace('شهرداری', 'شهرداري')],
  ['article-numbering', (t) => t.replace('  - number: 2\n', '  - number: 3\n')],
  ['cross-references', (t) => t.replace(/title: (.*)\n/, 'title: $1\nscope: در چارچوب ماده ۹۹ همین مقررات و ماده ۴۰ قانون شهرداری.\n')],
  ['jalali-date', (t) => t.replace('date: 1405/09/09', 'date: 1405/12/30')],
  ['schema-unknown-key', (t) => t.replace('category:', 'catgory:')],
  ['placeholders', (t) => t.replace('  problem: >-\n', '  problem: >-\n    TODO …\n')],
  ['zwnj', (t) => t.replace('می‌شود', 'می شود')],
  ['yaml-syntax', (t) => t.replace('municipality:\n  province:', 'municipality:\n province:')],
];

export function generateCorpus(dir, { count = 10000, defectRate = 0.03, seed = 1405 } = {}) {
  const rand = mulberry32(seed);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'broken'), { recursive: true });
  const defects = {};
  let bytes = 0;
  for (let i = 1; i <= count; i++) {
    let { text } = draftText(rand, i);
    let sub = '';
    if (rand() < defectRate) {
      const [kind, apply] = DEFECTS[Math.floor(rand() * DEFECTS.length)];
      text = apply(text);
      defects[kind] = (defects[kind] ?? 0) + 1;
      // ajv-cli stops the whole run at a YAML syntax error, so those files live apart for it.
      if (kind === 'yaml-syntax') sub = 'broken';
    }
    bytes += Buffer.byteLength(text);
    writeFileSync(join(dir, sub, `draft-${String(i).padStart(5, '0')}.yaml`), text);
  }
  return { count, bytes, defects };
}
