import { mkdtempSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Answers, Kind } from '../../src/core/scaffold/index.js';

export function tempDir(prefix = 'pishnevis-new-'): string {
  return realpathSync(mkdtempSync(join(tmpdir(), prefix)));
}

/** Answers that pass every check, for a kind; override what a test is about. */
export function sampleAnswers(kind: Kind, over: Partial<Answers> = {}): Answers {
  const base: Answers = {
    kind,
    province: 'قم',
    city: 'قم',
    title: 'دستورالعمل تسویه تعهدات شهرداری قم به سازمان تأمین اجتماعی',
    id: 'qom-1405-tasvie',
    category: 'social-security',
    authorName: 'محمدرضا احمدی',
    authorPosition: 'معاون حقوقی شهرداری قم',
    date: '1405/09/09',
    articles: kind === 'directive' ? 3 : 0,
    legalBasis: [{ law: 'قانون شهرداری', article: '۵۵' }],
  };
  if (kind === 'circular') {
    Object.assign(base, {
      subject: 'تسویه تعهدات شهرداری‌ها به سازمان تأمین اجتماعی',
      addressees: ['شهرداری‌های مراکز استان‌ها'],
      signatoryName: 'وزیر کشور',
      signatoryPosition: 'وزیر کشور',
    });
  }
  return { ...base, ...over };
}

/** Flags for a complete scripted run. */
export function scriptedArgs(kind: Kind, extra: string[] = []): string[] {
  const common = [
    'new', '--kind', kind, '--province', 'qom',
    '--title', kind === 'directive' ? 'دستورالعمل تسویه تعهدات شهرداری قم به سازمان تأمین اجتماعی' : 'پیش‌نویس بخشنامه ساماندهی تسویه تعهدات شهرداری‌ها',
    '--category', 'social-security', '--author-name', 'محمدرضا احمدی', '--author-position', 'معاون حقوقی شهرداری قم',
    '--date', '1405/09/09',
  ];
  const circular = kind === 'circular'
    ? ['--subject', 'تسویه تعهدات شهرداری‌ها', '--addressee', 'شهرداری‌های مراکز استان‌ها', '--addressee', 'سازمان شهرداری‌ها و دهیاری‌های کشور',
      '--signatory-name', 'وزیر کشور', '--signatory-position', 'وزیر کشور']
    : [];
  return [...common, ...circular, ...extra];
}
