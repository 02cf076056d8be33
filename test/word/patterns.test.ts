import { describe, expect, it } from 'vitest';
import { draftDate, isClosing, isInvocation, letterheadField, recognise } from '../../src/core/word/patterns.js';

const RLM = '\u200F';
const ZWNJ = '\u200C';

describe('recognise: how a paragraph announces itself', () => {
  it.each([
    ['ماده ۳- متن ماده', { kind: 'article', number: 3, rest: 'متن ماده' }],
    ['ماده 3 – متن ماده', { kind: 'article', number: 3, rest: 'متن ماده' }],
    ['ماده ٣ـ متن', { kind: 'article', number: 3, rest: 'متن' }],
    ['ماده (۱۲): متن', { kind: 'article', number: 12, rest: 'متن' }],
    ['ماده 1) در هر محل كه جمعيت آن حداقل بپنج هزار نفر بالغ باشد', { kind: 'article', number: 1, rest: 'در هر محل كه جمعيت آن حداقل بپنج هزار نفر بالغ باشد' }],
    ['ماده واحده – شهرداری موظف است', { kind: 'single-article', rest: 'شهرداری موظف است' }],
    ['الف- شهرداری: شهرداری قم', { kind: 'clause', label: 'الف', rest: 'شهرداری: شهرداری قم' }],
    ['ب) متن بند', { kind: 'clause', label: 'ب', rest: 'متن بند' }],
    ['(ج) متن بند', { kind: 'clause', label: 'ج', rest: 'متن بند' }],
    ['هـ- متن بند', { kind: 'clause', label: 'هـ', rest: 'متن بند' }],
    ['ه ـ متن بند', { kind: 'clause', label: 'ه', rest: 'متن بند' }],
    ['ي- بند با ی عربی', { kind: 'clause', label: 'ي', rest: 'بند با ی عربی' }],
    ['بند د: متن', { kind: 'clause', label: 'د', rest: 'متن' }],
    ['۲ـ جزء دوم', { kind: 'item', number: 2, rest: 'جزء دوم' }],
    ['٣- جزء سوم', { kind: 'item', number: 3, rest: 'جزء سوم' }],
    ['1 ـ ايجاد خيابانها', { kind: 'item', number: 1, rest: 'ايجاد خيابانها' }],
    ['تبصره- متن تبصره', { kind: 'note', rest: 'متن تبصره' }],
    ['تبصره ۱: متن تبصره', { kind: 'note', number: 1, rest: 'متن تبصره' }],
    [`تبصره${RLM}2 - متن`, { kind: 'note', number: 2, rest: 'متن' }],
    ['فصل اول – کلیات', { kind: 'chapter', number: 1, rest: 'کلیات' }],
    ['فصل ششم ـ در وظايف شهرداري', { kind: 'chapter', number: 6, rest: 'در وظايف شهرداري' }],
    ['فصل دوم', { kind: 'chapter', number: 2, rest: '' }],
    ['بخش سوم: مقررات مالی', { kind: 'section', number: 3, rest: 'مقررات مالی' }],
  ])('%s', (text, expected) => {
    expect(recognise(text)).toMatchObject(expected);
  });

  it.each([
    'بخش خصوصی موظف است گزارش دهد.',
    'فصل مشترک این دو قانون روشن است.',
    'به منظور ساماندهی پرداخت حق بیمه',
    'در اجرای ماده ۵۵ قانون شهرداری',
    'تبصرهٔ این ماده',
    'بر اساس توافقات صورتگرفته',
  ])('ordinary text: %s', (text) => {
    expect(recognise(text).kind).toBe('text');
  });

  it('an article number without a separator is reported as such, for the caller to weigh', () => {
    expect(recognise('ماده ۵۵ قانون شهرداری به شرح زیر اصلاح می‌شود:')).toMatchObject({ kind: 'article', number: 55, separated: false });
  });
});

describe('letterhead, invocation, closing', () => {
  it.each(['بسمه تعالی', 'بسمه تعالي', `بسمه${ZWNJ}تعالی`, 'باسمه تعالی', 'بسم الله الرحمن الرحیم'])('invocation: %s', (t) => {
    expect(isInvocation(t)).toBe(true);
  });
  it('a sentence is not an invocation', () => expect(isInvocation('به نام خدا سوگند یاد می‌کنم که')).toBe(false));
  it.each([['شماره:', 'number'], ['تاريخ: ۹ آذر ۱۴۰۵', 'date'], ['پیوست: ندارد', 'attachments'], ['شهرداری قم', 'organization'], ['جمهوری اسلامی ایران', 'organization']])('%s', (t, f) => {
    expect(letterheadField(t)).toBe(f);
  });
  it('closing formulas', () => {
    expect(isClosing('این دستورالعمل در ۸ ماده و ۱۰ تبصره تنظیم شده است.')).toBe(true);
    expect(isClosing('این آیین‌نامه در ۱۲ ماده و ۵ تبصره در تاریخ ۱۴۰۳/۰۲/۰۱ به تصویب رسید.')).toBe(true);
    expect(isClosing('این دستورالعمل از تاریخ ابلاغ اجرا می‌شود.')).toBe(false);
  });
  it('a rendered date back to the draft form, anything else kept', () => {
    expect(draftDate('۹ آذر ۱۴۰۵')).toBe('۱۴۰۵/۰۹/۰۹');
    expect(draftDate('1 فروردین 1404')).toBe('۱۴۰۴/۰۱/۰۱');
    expect(draftDate('1405/09/09')).toBe('1405/09/09');
    expect(draftDate('از ابتدای سال آینده')).toBe('از ابتدای سال آینده');
  });
});
