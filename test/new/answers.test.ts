import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/core/config/types.js';
import {
  checkField, completeAnswers, defaultAnswer, fillDefaults, missingQuestions, readAnswer, readAnswersFile, readGiven, AnswersFileError,
} from '../../src/core/scaffold/index.js';

const config = { ...defaultConfig('/repo'), municipalities: { قم: ['کهک'] } };

describe('answers are checked as draft validate checks them', () => {
  it('uses the schema fragment and its Persian message for the title', () => {
    const r = checkField('title', 'کوتاه');
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]!.fa).toContain('«عنوان»');
    expect(r.errors[0]!.fa).toContain('دست‌کم ۱۰ نویسه');
    expect(r.errors[0]!.en).toContain('at least 10 characters');
    expect(checkField('title', 'Municipal waste management plan').errors[0]!.fa).toContain('یک سطر به فارسی');
    expect(checkField('title', 'دستورالعمل\nدو سطری برای آزمون').errors).not.toEqual([]);
    expect(checkField('title', 'دستورالعمل ساماندهی پسماند شهری').errors).toEqual([]);
  });

  it('rejects a date that does not exist with the date rule’s message', () => {
    const r = readAnswer('date', '1405/12/30');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors[0]!.fa).toContain('اسفند');
    expect(readAnswer('date', '۱۴۰۳/۱۲/۳۰').ok).toBe(true); // 1403 is a leap year
    const shape = readAnswer('date', '1405-09-09');
    expect(!shape.ok && shape.errors[0]!.en).toContain('Jalali date');
  });

  it('rejects Arabic letters as the orthography rule does, and accepts placeholders', () => {
    const r = readAnswer('authorName', 'علي كريمي');
    expect(r.ok).toBe(false);
    const placeholder = readAnswer('authorPosition', '…');
    expect(placeholder.ok).toBe(true);
    expect(placeholder.ok && placeholder.warnings.length).toBeGreaterThan(0);
  });

  it('reads a province by its Persian name, a loose spelling, its slug or its English name', () => {
    for (const raw of ['قم', 'qom', 'Qom', ' قم ']) expect(readAnswer('province', raw)).toMatchObject({ ok: true, value: 'قم' });
    expect(readAnswer('province', 'khorasan-razavi')).toMatchObject({ ok: true, value: 'خراسان رضوی' });
    expect(readAnswer('province', 'Razavi Khorasan')).toMatchObject({ ok: true, value: 'خراسان رضوی' });
    expect(readAnswer('province', 'كرمان')).toMatchObject({ ok: true, value: 'کرمان' });
    const wrong = readAnswer('province', 'Atlantis');
    expect(!wrong.ok && wrong.errors[0]!.fa).toContain('«استان»');
  });

  it('reads the kind and the category by id or label', () => {
    expect(readAnswer('kind', 'بخشنامه')).toMatchObject({ ok: true, value: 'circular' });
    expect(readAnswer('kind', 'Directive')).toMatchObject({ ok: true, value: 'directive' });
    expect(readAnswer('category', 'حمل‌ونقل و ترافیک')).toMatchObject({ ok: true, value: 'transport' });
    expect(readAnswer('category', 'social-security')).toMatchObject({ ok: true, value: 'social-security' });
    const wrong = readAnswer('category', 'social-securty');
    expect(!wrong.ok && wrong.errors[0]!.en).toContain('Did you mean "social-security"');
  });

  it('checks the city against the province: another province’s city is an error, an unknown one a warning', () => {
    expect(readAnswer('city', 'کهک', { config, province: 'قم' })).toMatchObject({ ok: true, warnings: [] });
    expect(readAnswer('city', 'کاشان', { config, province: 'اصفهان' })).toMatchObject({ ok: true });
    const other = readAnswer('city', 'کاشان', { config, province: 'قم' });
    expect(other.ok).toBe(false);
    const unknown = readAnswer('city', 'شهر ناشناخته', { config, province: 'قم' });
    expect(unknown.ok && unknown.warnings.length).toBe(1);
  });

  it('reads the number of chapters: 0 to the number of articles, in any digits', () => {
    expect(readAnswer('chapters', '۲', { kind: 'directive', articles: 5 })).toMatchObject({ ok: true, value: 2 });
    expect(readAnswer('chapters', 0, { kind: 'circular', articles: 0 })).toMatchObject({ ok: true, value: 0 });
    const tooMany = readAnswer('chapters', '6', { kind: 'directive', articles: 5 });
    expect(tooMany.ok).toBe(false);
    if (!tooMany.ok) expect(tooMany.errors[0]!.en).toBe('The number of chapters must be a whole number from 0 (none) to 5; each chapter holds one article at least, and the draft has 5.');
    expect(readAnswer('chapters', '-1', { kind: 'directive', articles: 5 }).ok).toBe(false);
    expect(readAnswer('chapters', 'دو', { kind: 'directive', articles: 5 }).ok).toBe(false);
  });

  it('reads the clause label order in English or Persian', () => {
    for (const v of ['abjad', 'ABJAD', 'ابجد', 'ابجدی']) expect(readAnswer('labelOrder', v)).toMatchObject({ ok: true, value: 'abjad' });
    for (const v of ['alphabetical', 'alphabet', 'الفبایی', 'الفبای فارسی']) expect(readAnswer('labelOrder', v)).toMatchObject({ ok: true, value: 'alphabetical' });
    const wrong = readAnswer('labelOrder', 'hiragana');
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) expect(wrong.errors[0]!.fa).toContain('alphabetical (الفبای فارسی: الف، ب، پ، ت …) یا abjad (ابجد: الف، ب، ج، د …)');
  });

  it('reads the number of articles in any digits, within range', () => {
    expect(readAnswer('articles', '۵', { kind: 'directive' })).toMatchObject({ ok: true, value: 5 });
    expect(readAnswer('articles', '0', { kind: 'directive' }).ok).toBe(false);
    expect(readAnswer('articles', '0', { kind: 'circular' })).toMatchObject({ ok: true, value: 0 });
    expect(readAnswer('articles', '51', { kind: 'directive' }).ok).toBe(false);
    expect(readAnswer('articles', 'سه', { kind: 'directive' }).ok).toBe(false);
  });

  it('reads legal basis entries as law|article or as mappings', () => {
    expect(readAnswer('legalBasis', ['قانون شهرداری|۵۵', 'قانون تأمین اجتماعی'])).toMatchObject({
      ok: true, value: [{ law: 'قانون شهرداری', article: '۵۵' }, { law: 'قانون تأمین اجتماعی' }],
    });
    expect(readAnswer('legalBasis', [{ law: 'قانون شهرداری', article: 55 }])).toMatchObject({ ok: true, value: [{ law: 'قانون شهرداری', article: '55' }] });
    expect(readAnswer('legalBasis', ['|۵۵']).ok).toBe(false);
  });

  it('needs at least one addressee', () => {
    expect(readAnswer('addressees', []).ok).toBe(false);
    expect(readAnswer('addressees', 'شهرداری‌های مراکز استان‌ها')).toMatchObject({ ok: true, value: ['شهرداری‌های مراکز استان‌ها'] });
  });

  it('refuses text that is not valid Unicode', () => {
    expect(readAnswer('title', 'دستورالعمل \uD800 آزمایشی').ok).toBe(false);
  });
});

describe('defaults and missing answers', () => {
  const withDefaults = {
    ...config,
    defaults: { municipality: { province: 'قم', city: 'کهک', code: '0251' }, author: { name: 'محمدرضا احمدی', position: 'معاون حقوقی شهرداری قم', email: 'legal@qom.ir' } },
  };

  it('takes the city from the configuration for its province, else the capital', () => {
    expect(defaultAnswer('city', { province: 'قم' }, withDefaults)).toBe('کهک');
    expect(defaultAnswer('city', { province: 'فارس' }, withDefaults)).toBe('شیراز');
    expect(defaultAnswer('province', {}, withDefaults)).toBe('قم');
  });

  it('defaults the date to today in the Jalali calendar, in Persian digits', () => {
    expect(defaultAnswer('date', {}, undefined, new Date(2026, 10, 30))).toBe('۱۴۰۵/۰۹/۰۹');
  });

  it('lists every required answer that is missing, for the kind chosen', () => {
    expect(missingQuestions({}).map((q) => q.flag)).toEqual(['--kind', '--province', '--title', '--category', '--author-name', '--author-position']);
    expect(missingQuestions({ kind: 'circular' }).map((q) => q.flag)).toEqual([
      '--province', '--title', '--category', '--author-name', '--author-position', '--subject', '--addressee', '--signatory-name', '--signatory-position',
    ]);
  });

  it('completes a directive from a few answers and the configuration', () => {
    const given = readGiven({ kind: 'directive', title: 'دستورالعمل ساماندهی پسماند شهری', category: 'environment' }, withDefaults);
    expect(given.problems).toEqual([]);
    const filled = fillDefaults(given, withDefaults, new Date(2026, 10, 30));
    expect(filled.problems).toEqual([]);
    expect(missingQuestions(filled.answers)).toEqual([]);
    const answers = completeAnswers(filled.answers, withDefaults);
    expect(answers).toMatchObject({
      province: 'قم', city: 'کهک', code: '0251', authorName: 'محمدرضا احمدی', authorEmail: 'legal@qom.ir', date: '۱۴۰۵/۰۹/۰۹', articles: 3, legalBasis: [],
    });
    expect(answers.id).toMatch(/^qom-1405-/);
  });
});

describe('answers file', () => {
  it('takes question names and flag names', () => {
    expect(readAnswersFile('kind: circular\nauthor-name: علی\naddressee: [الف, ب]\nlegalBasis:\n  - law: قانون شهرداری\n')).toEqual({
      kind: 'circular', authorName: 'علی', addressees: ['الف', 'ب'], legalBasis: [{ law: 'قانون شهرداری' }],
    });
  });
  it('names unknown keys', () => {
    expect(() => readAnswersFile('titel: x\n')).toThrow(AnswersFileError);
    expect(() => readAnswersFile('- a\n')).toThrow(AnswersFileError);
    expect(() => readAnswersFile('a: [\n')).toThrow(AnswersFileError);
  });
});
