/**
 * Submissions whose right grouping is known, written the way municipalities write: the same concern
 * with Persian or Arabic letters, half-spaces or spaces, Persian or Latin digits, diacritics and
 * tatweel, or in other words; and unrelated proposals that share only the words every draft shares.
 */

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface FixtureDraft {
  id: string;
  province: string;
  city: string;
  title: string;
  category: string;
  problem: string;
  proposal: string;
  amount?: number;
  status?: 'draft' | 'ready';
  /** The group it belongs in ('' for none). */
  group: string;
}

const indent = (s: string): string => s.replace(/\n/g, '\n    ');

/** A complete, valid directive around the fields the digest reads. */
export function draftYaml(d: FixtureDraft): string {
  return `schemaVersion: 1
kind: directive
id: ${d.id}
status: ${d.status ?? 'ready'}
title: ${d.title}
municipality:
  province: ${d.province}
  city: ${d.city}
author:
  name: مریم احمدی
  position: معاون حقوقی شهرداری ${d.city}
date: 1405/09/09
category: ${d.category}
rationale:
  problem: >-
    ${indent(d.problem)}
  proposal: >-
    ${indent(d.proposal)}
${d.amount !== undefined ? `  financialImpact:\n    amount: ${d.amount}\n    unit: rial\n` : ''}legalBasis:
  - law: قانون شهرداری
    article: ماده ۵۵
preamble: به‌منظور اجرای ماده ۵۵ قانون شهرداری، این دستورالعمل تدوین می‌شود.
articles:
  - text: شهرداری مکلف است مفاد این دستورالعمل را از ابتدای سال آینده اجرا کند.
enforcement:
  responsible:
    - شهرداری ${d.city}
  supervisor: استانداری ${d.province}
`;
}

export const FIXTURES: FixtureDraft[] = [
  // A: settling the social-security debt, four ways of writing it.
  {
    id: 'qom-social-security', province: 'قم', city: 'قم', category: 'social-security', group: 'A', amount: 2400000000000,
    title: 'دستورالعمل تسویه بدهی‌های شهرداری قم به سازمان تأمین اجتماعی',
    problem: 'بدهی شهرداری به سازمان تأمین اجتماعی بابت حق بیمه کارکنان و پیمانکاران و جرایم تأخیر هر سال افزایش می‌یابد.',
    proposal: 'تسویه بدهی‌ها با تقسیط، تهاتر مطالبات و واگذاری املاک مازاد و پرداخت منظم حق بیمه کارکنان.',
  },
  {
    id: 'tabriz-social-security', province: 'آذربایجان شرقی', city: 'تبریز', category: 'social-security', group: 'A', amount: 1500000000000,
    // Arabic ي and ك, spaces where half-spaces belong.
    title: 'دستورالعمل تسويه بدهي ها به سازمان تأمين اجتماعي در شهرداري تبريز',
    problem: 'بدهي شهرداري به سازمان تأمين اجتماعي بابت حق بيمه كاركنان و پيمانكاران و جرايم تأخير هر سال افزايش مي يابد.',
    proposal: 'تسويه بدهي ها با تقسيط و تهاتر مطالبات و واگذاري املاك مازاد و پرداخت منظم حق بيمه كاركنان.',
  },
  {
    id: 'ahvaz-social-security', province: 'خوزستان', city: 'اهواز', category: 'social-security', group: 'A', amount: 900000000000,
    // Other wording of the same concern.
    title: 'دستورالعمل تقسیط و تهاتر مطالبات سازمان تأمین اجتماعی از شهرداری اهواز',
    problem: 'مطالبات سازمان تأمین اجتماعی از شهرداری بابت حق بیمه نیروهای پیمانکار و جریمه‌های دیرکرد انباشته شده و حساب‌های شهرداری را مسدود کرده است.',
    proposal: 'بدهی حق بیمه به‌صورت اقساط ماهانه پرداخت شود و مطالبات شهرداری از دستگاه‌ها با بدهی تأمین اجتماعی تهاتر شود و جرایم تأخیر بخشوده شود.',
  },
  {
    id: 'rasht-social-security', province: 'گیلان', city: 'رشت', category: 'social-security', group: 'A',
    // Persian and Latin digits, diacritics and tatweel.
    title: 'دستورالعمل تسویهٔ بـدهی شهرداری رشت به سازمان تأمین اجتماعی تا سال 1406',
    problem: 'بـدهیِ شهرداری به سازمانِ تأمین اجتماعی بابت حق بیمهٔ کارکنان و پیمانکاران از سال ۱۴۰۰ تاکنون افزایش یافته و جرایم تأخیر به آن افزوده شده است.',
    proposal: 'تسویهٔ بدهی با تقسیط ۳۶ ماهه، تهاتر مطالبات شهرداری و پرداخت منظم حق بیمهٔ کارکنان از محل ردیف مستقل بودجه.',
  },
  // B: waste separation at source.
  {
    id: 'isfahan-waste', province: 'اصفهان', city: 'اصفهان', category: 'environment', group: 'B', amount: 300000000000,
    title: 'دستورالعمل تفکیک پسماند از مبدأ و بازیافت در شهرداری اصفهان',
    problem: 'حجم پسماند خانگی دفن‌شده زیاد است و تفکیک از مبدأ انجام نمی‌شود و بازیافت پسماند خشک ناچیز است.',
    proposal: 'تفکیک پسماند خشک و تر از مبدأ با مخازن جداگانه، خرید پسماند خشک از شهروندان و کاهش دفن پسماند.',
  },
  {
    id: 'yazd-waste', province: 'یزد', city: 'یزد', category: 'environment', group: 'B',
    title: 'دستورالعمل ساماندهی بازیافت و تفکیک پسماندهای خانگی شهر یزد',
    problem: 'بیشتر پسماندهای خانگی بدون تفکیک دفن می‌شوند و ظرفیت محل دفن پسماند رو به پایان است.',
    proposal: 'استقرار مخازن تفکیک پسماند خشک و تر در محله‌ها و آموزش شهروندان برای تفکیک از مبدأ و افزایش بازیافت.',
  },
  {
    id: 'sari-waste', province: 'مازندران', city: 'ساری', category: 'environment', group: 'B', status: 'draft',
    title: 'دستورالعمل کاهش دفن پسماند با تفکیک از مبدأ در شهرداری ساری',
    problem: 'دفن پسماند تفکیک‌نشده در جنگل‌ها محیط زیست را آلوده کرده است و بازیافت کم است.',
    proposal: 'تفکیک پسماند تر و خشک از مبدأ، ساخت مرکز بازیافت و کمپوست و کاهش پسماند دفنی.',
  },
  // C: electronic building permits.
  {
    id: 'shiraz-permits', province: 'فارس', city: 'شیراز', category: 'process-standardization', group: 'C',
    title: 'دستورالعمل صدور الکترونیکی پروانه ساختمانی در شهرداری شیراز',
    problem: 'صدور پروانه ساختمانی ماه‌ها طول می‌کشد و متقاضیان برای هر مرحله مراجعه حضوری دارند.',
    proposal: 'صدور پروانه ساختمانی به‌صورت الکترونیکی در سامانه یکپارچه شهرسازی با مهلت پانزده روزه و بدون مراجعه حضوری.',
  },
  {
    id: 'kerman-permits', province: 'کرمان', city: 'کرمان', category: 'process-standardization', group: 'C',
    title: 'دستورالعمل کاهش زمان صدور پروانه‌های ساختمانی از راه سامانه شهرسازی الکترونیک',
    problem: 'فرایند صدور پروانه‌های ساختمانی طولانی است و مراجعه‌های حضوری متقاضیان زیاد است.',
    proposal: 'دریافت مدارک و صدور پروانه ساختمانی تنها از طریق سامانه الکترونیک شهرسازی و حذف مراجعه حضوری.',
  },
  // Unrelated, sharing only «شهرداری», «دستورالعمل», «شهر» and other common words.
  {
    id: 'tehran-street-names', province: 'تهران', city: 'تهران', category: 'urban-services', group: '',
    title: 'دستورالعمل نام‌گذاری معابر و میادین شهر تهران',
    problem: 'نام‌گذاری معابر و میادین شهر بدون ضابطه انجام می‌شود و نام‌های تکراری نشانی‌یابی را دشوار کرده است.',
    proposal: 'تشکیل کمیته نام‌گذاری معابر با ضوابط روشن و ثبت نام‌ها در سامانه نشانی ملی.',
  },
  {
    id: 'mashhad-vendors', province: 'خراسان رضوی', city: 'مشهد', category: 'urban-services', group: '',
    title: 'دستورالعمل ساماندهی دستفروشان در شهرداری مشهد',
    problem: 'دستفروشان در پیاده‌روهای مرکز شهر سد معبر می‌کنند و عبور عابران دشوار شده است.',
    proposal: 'ایجاد بازارچه‌های موقت برای دستفروشان و صدور مجوز فعالیت با زمان‌بندی مشخص.',
  },
  {
    id: 'karaj-training', province: 'البرز', city: 'کرج', category: 'human-resources', group: '',
    title: 'دستورالعمل آموزش ضمن خدمت کارکنان شهرداری کرج',
    problem: 'کارکنان شهرداری آموزش تخصصی کافی نمی‌بینند و مهارت‌های دیجیتال آنان کم است.',
    proposal: 'برگزاری دوره‌های آموزش ضمن خدمت و سنجش مهارت کارکنان هر سال.',
  },
  {
    id: 'hamedan-trees', province: 'همدان', city: 'همدان', category: 'environment', group: '', status: 'draft',
    title: 'دستورالعمل حفاظت از درختان کهنسال شهر همدان',
    problem: 'درختان کهنسال شهر در پروژه‌های عمرانی قطع می‌شوند و شناسنامه ندارند.',
    proposal: 'تهیه شناسنامه برای درختان کهنسال و ممنوعیت قطع آنها بدون مجوز کمیسیون فضای سبز.',
  },
];

/** Writes the fixtures as drafts in `dir`, one file each; returns their paths. */
export function writeFixtures(dir: string, drafts: readonly FixtureDraft[] = FIXTURES): string[] {
  mkdirSync(dir, { recursive: true });
  return drafts.map((d) => {
    const path = join(dir, `${d.id}.yaml`);
    writeFileSync(path, draftYaml(d));
    return path;
  });
}
