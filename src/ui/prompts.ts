/**
 * The interactive side of `draft new`: one question at a time with @inquirer/prompts, in Persian by
 * default. Every answer is read and checked by the scaffold core exactly as a flag would be
 * (readAnswer), and a rejected answer's message is shown under the prompt until it is corrected.
 * This module decides only how to ask; what is asked, the defaults and the checks live in the core.
 */

import { styleText } from 'node:util';
import { Separator, input, search, select } from '@inquirer/prompts';
import type { ResolvedConfig } from '../core/config/types.js';
import { CITIES } from '../persian/cities.js';
import { toPersianDigits } from '../persian/digits.js';
import { padJalaliDate } from '../persian/jalali.js';
import { PROVINCES, findProvince } from '../persian/provinces.js';
import { normalizeForCompare } from '../persian/text.js';
import {
  CATEGORIES, KIND_LABELS, QUESTIONS, applies, citiesOf, defaultAnswer, readAnswer, readArticles, readLegalBasisEntry, readText,
  type PartialAnswers, type Question, type QuestionKey, type Reading,
} from '../core/scaffold/index.js';
import type { Bilingual, Lang } from '../core/engine/types.js';

export interface PromptSession {
  lang: Lang;
  config: ResolvedConfig;
  /** Answers given by flags or an answers file: not asked again. */
  given: PartialAnswers;
  /** `--yes`: take every default without asking; only questions without one are asked. */
  yes: boolean;
  now: Date;
  /** Where a draft with this id would be written (for display) and whether a file is there already. */
  target(id: string): { display: string; exists: boolean };
  /** `--force`: an existing file may be replaced, so an id that names one is fine. */
  force: boolean;
}

const say = (m: Bilingual, lang: Lang): string => m[lang];

/** The rejection, in the session's language, for inquirer's `validate` (shown under the prompt). */
const verdict = (r: Reading<unknown>, lang: Lang): true | string => (r.ok ? true : r.errors.map((e) => e[lang]).join(' '));

const KEY_WORDS: Record<string, Bilingual> = {
  navigate: { fa: 'جابه‌جایی', en: 'navigate' },
  select: { fa: 'انتخاب', en: 'select' },
};

/**
 * The look of every prompt: the key help in the session's language, and a message that, once answered,
 * shrinks to a short label (`done`) so the summary above the next question reads «برچسب: پاسخ».
 */
function theme(lang: Lang, done: string | undefined, opts: { searchable?: boolean } = {}) {
  return {
    style: {
      message: (text: string, status: string) => styleText('bold', status === 'done' && done !== undefined ? done : text),
      keysHelpTip: (keys: [string, string][]) =>
        keys.map(([key, action]) => `${key} ${KEY_WORDS[action]?.[lang] ?? action}`).join(' • ') +
        (opts.searchable ? (lang === 'fa' ? ' • برای جست‌وجو بنویسید' : ' • type to filter') : ''),
    },
    i18n: { disabledError: lang === 'fa' ? 'این گزینه در دسترس نیست.' : 'This option is disabled and cannot be selected.' },
    validationFailureMode: 'keep' as const,
  };
}

/** A label as asked and as shown once answered: it ends in a colon, as on a form, unless it is a question. */
function label(m: Bilingual, lang: Lang): string {
  const text = m[lang];
  return /[:؟?]$/.test(text) ? text : `${text}:`;
}

const MESSAGES: Record<string, Bilingual> = {
  kind: { fa: 'نوع سند', en: 'Kind of document' },
  province: { fa: 'استان', en: 'Province' },
  city: { fa: 'شهر', en: 'City' },
  title: { fa: 'عنوان سند', en: 'Title (in Persian)' },
  category: { fa: 'دسته موضوعی', en: 'Category' },
  authorName: { fa: 'نام و نام خانوادگی تهیه‌کننده', en: "Author's full name" },
  authorPosition: { fa: 'سمت تهیه‌کننده', en: "Author's position" },
  date: { fa: 'تاریخ شمسی', en: 'Date (Jalali, YYYY/MM/DD)' },
  id: { fa: 'شناسه (نام فایل)', en: 'Id (the file name)' },
  articlesDirective: { fa: 'چند ماده آماده شود؟', en: 'How many articles to scaffold?' },
  articlesCircular: { fa: 'چند ماده آماده شود (۰ یعنی متن در چند بند ساده)؟', en: 'How many articles to scaffold (0 means plain paragraphs)?' },
  articlesDone: { fa: 'شمار ماده‌ها', en: 'Articles' },
  subject: { fa: 'موضوع بخشنامه', en: 'Subject of the circular' },
  signatoryName: { fa: 'نام امضاکننده پیشنهادی', en: "Proposed signatory's name" },
  signatoryPosition: { fa: 'سمت امضاکننده پیشنهادی', en: "Proposed signatory's position" },
};

const numberText = (n: number, lang: Lang): string => (lang === 'fa' ? toPersianDigits(n) : String(n));

function provinceChoices(term: string | undefined, lang: Lang) {
  const key = term ? normalizeForCompare(term).toLowerCase() : '';
  const matches = PROVINCES.filter((p) =>
    !key || normalizeForCompare(p.name).includes(key) || p.slug.includes(key) || p.en.toLowerCase().includes(key) || normalizeForCompare(p.capital).includes(key));
  return matches.map((p) => ({
    value: p.name,
    name: lang === 'fa' ? p.name : `${p.en} (${p.name})`,
    short: lang === 'fa' ? p.name : `${p.en} (${p.name})`,
    description: lang === 'fa' ? `مرکز: ${p.capital}` : `capital: ${p.capitalEn} (${p.capital})`,
  }));
}

export async function askProvince(session: PromptSession, fallback: string | undefined): Promise<string> {
  const { lang } = session;
  const none = lang === 'fa' ? 'استانی با این نام نیست؛ بخشی از نام را بنویسید.' : 'No province matches; type part of its name.';
  return search<string>({
    message: label(MESSAGES.province!, lang),
    source: (term) => {
      const found = provinceChoices(term, lang);
      return found.length > 0 ? found : [new Separator(none)];
    },
    ...(fallback ? { default: fallback } : {}),
    pageSize: 8,
    validate: (value) => verdict(readAnswer('province', value, { config: session.config }), lang),
    theme: theme(lang, undefined, { searchable: true }),
  });
}

export async function askCity(session: PromptSession, province: string, fallback: string | undefined): Promise<string> {
  const { lang } = session;
  const p = findProvince(province);
  const cities = citiesOf(province, session.config, CITIES);
  const own = new Set(citiesOf(province, session.config).slice(1));
  return search<string>({
    message: label(MESSAGES.city!, lang),
    source: (term) => {
      const key = term ? normalizeForCompare(term) : '';
      const found = cities.filter((c) => !key || normalizeForCompare(c).includes(key)).map((c) => ({
        value: c,
        name: c,
        description: c === p?.capital ? (lang === 'fa' ? 'مرکز استان' : 'provincial capital') : own.has(c) ? (lang === 'fa' ? 'از draft.config.yaml' : 'from draft.config.yaml') : undefined,
      }));
      const typed = term?.trim();
      if (typed && !cities.some((c) => normalizeForCompare(c) === normalizeForCompare(typed))) {
        // The choice is named exactly as typed: when the answer is refused (a city of another province),
        // inquirer shows the refusal under the prompt only if the line already equals the choice's name;
        // any other name would be written into the line and then offered, and accepted, as a city.
        // What the check will say, said before Enter: another province's city, or one not in the list.
        const reading = readText('city', typed, { config: session.config, kind: session.given.kind, province });
        found.push({
          value: typed,
          name: typed,
          description: !reading.ok
            ? reading.errors.map((e) => e[lang]).join(' ')
            : lang === 'fa'
              ? `در فهرست شهرهای ${province} نیست و هشدار می‌گیرد؛ اگر نام درست است، آن را در draft.config.yaml زیر municipalities بیفزایید.`
              : `Not among the cities of ${p?.en ?? province}: a warning; if the name is right, add it under municipalities in draft.config.yaml.`,
        });
      }
      return found;
    },
    ...(fallback ? { default: fallback } : {}),
    pageSize: 8,
    validate: (value) => verdict(readText('city', value, { config: session.config, kind: session.given.kind, province }), lang),
    theme: theme(lang, undefined, { searchable: true }),
  });
}

async function askText(session: PromptSession, message: string, fallback: unknown, check: (v: string) => Reading<unknown>, opts: { editable?: boolean; done?: string; shown?: (answer: string) => string } = {}): Promise<string> {
  const { lang } = session;
  return input({
    message,
    ...(typeof fallback === 'string' && fallback !== '' ? { default: fallback, prefill: opts.editable ? 'editable' as const : 'tab' as const } : {}),
    validate: (value) => verdict(check(value), lang),
    ...(opts.shown ? { transformer: (value: string, { isFinal }: { isFinal: boolean }) => (isFinal ? styleText('cyan', opts.shown!(value)) : value) } : {}),
    theme: theme(lang, opts.done),
  });
}

/** Asks what is not yet known, in order; returns every answer (given, defaulted or typed). */
export async function askNewDraft(session: PromptSession): Promise<PartialAnswers> {
  const { lang, config } = session;
  const known: PartialAnswers = { ...session.given };
  const set = (key: QuestionKey, value: unknown): void => {
    (known as Record<string, unknown>)[key] = value;
  };
  const ctx = () => ({ config, kind: known.kind, province: known.province, articles: known.articles });

  for (const q of QUESTIONS) {
    if (!applies(q, known.kind) || (known as Record<string, unknown>)[q.key] !== undefined) continue;
    const fallback = defaultAnswer(q.key, known, config, session.now);
    // A circular body of paragraphs (no articles) has nothing to put in chapters: not asked.
    if (q.key === 'chapters' && known.articles === 0) {
      set(q.key, 0);
      continue;
    }
    if (session.yes && fallback !== undefined) {
      const accepted = check(q.key, fallback);
      if (accepted.ok) {
        set(q.key, accepted.value);
        continue;
      }
    }
    const reading = check(q.key, await ask(q, fallback));
    if (reading.ok) set(q.key, reading.value);
  }
  return known;

  /** The same reading a flag gets, plus, for the id, that it does not name an existing file. */
  function check(key: QuestionKey, value: unknown): Reading<unknown> {
    const r = readAnswer(key, value, ctx());
    if (key !== 'id' || !r.ok || session.force) return r;
    const target = session.target(r.value as string);
    if (!target.exists) return r;
    return {
      ok: false,
      errors: [{
        fa: `فایل ${target.display} از پیش هست و بازنویسی نمی‌شود؛ شناسه دیگری بنویسید (یا draft new را با --force اجرا کنید).`,
        en: `${target.display} already exists and is never overwritten; choose another id (or run draft new with --force).`,
      }],
    };
  }

  async function ask(q: Question, fallback: unknown): Promise<unknown> {
    switch (q.key) {
      case 'kind':
        return select({
          message: label(MESSAGES.kind!, lang),
          choices: (['directive', 'circular'] as const).map((k) => ({
            value: k,
            name: lang === 'fa' ? KIND_LABELS[k].fa : `${KIND_LABELS[k].en} (${KIND_LABELS[k].fa})`,
            description: k === 'directive'
              ? say({ fa: 'مقدمه، تعاریف، ماده‌ها و ضمانت اجرا', en: 'preamble, definitions, articles and enforcement' }, lang)
              : say({ fa: 'موضوع، گیرندگان، متن و امضاکننده', en: 'subject, addressees, body and signatory' }, lang),
          })),
          theme: theme(lang, undefined),
        });
      case 'province':
        return askProvince(session, typeof fallback === 'string' ? fallback : undefined);
      case 'city':
        return askCity(session, known.province!, typeof fallback === 'string' ? fallback : undefined);
      case 'category':
        return select({
          message: label(MESSAGES.category!, lang),
          // The id is what the file will say (`category: environment`): shown as that, not as a bare English word.
          choices: CATEGORIES.map((c) => ({ value: c.id, name: lang === 'fa' ? c.label.fa : `${c.label.en} (${c.label.fa})`, description: lang === 'fa' ? `در فایل: ${c.id}` : `in the file: ${c.id}` })),
          pageSize: 10,
          theme: theme(lang, undefined),
        });
      case 'articles': {
        const message = say(known.kind === 'circular' ? MESSAGES.articlesCircular! : MESSAGES.articlesDirective!, lang);
        const shown = typeof fallback === 'number' ? numberText(fallback, lang) : undefined;
        // The answer is echoed as a number in the session's digits, whichever digits were typed.
        const echo = (v: string): string => {
          const r = readArticles(v === '' ? shown ?? '' : v, ctx());
          return r.ok ? numberText(r.value, lang) : v;
        };
        return askText(session, message, shown, (v) => readArticles(v, ctx()), { done: label(MESSAGES.articlesDone!, lang), shown: echo });
      }
      // Format 1.1 choices (issue 11): chapters, and the clause label order.
      case 'chapters': {
        const shown = typeof fallback === 'number' ? numberText(fallback, lang) : undefined;
        return askText(session, say({ fa: 'چند فصل (۰: بی‌فصل)؟', en: 'How many chapters (0: none)?' }, lang), shown, (v) => readAnswer('chapters', v, ctx()), { done: say({ fa: 'شمار فصل‌ها:', en: 'Chapters:' }, lang) });
      }
      case 'labelOrder':
        return select<string>({
          message: say({ fa: 'ترتیب حرف بندها', en: 'Clause label order' }, lang),
          choices: [
            { value: 'alphabetical', name: say({ fa: 'الفبای فارسی: الف، ب، پ، ت …', en: 'Persian alphabet: الف، ب، پ، ت …' }, lang) },
            { value: 'abjad', name: say({ fa: 'ابجد: الف، ب، ج، د …', en: 'Abjad: الف، ب، ج، د …' }, lang) },
          ],
          ...(typeof fallback === 'string' ? { default: fallback } : {}),
          theme: theme(lang, undefined),
        });
      case 'id':
        return askText(session, label(MESSAGES.id!, lang), fallback, (v) => check('id', v), { editable: true });
      case 'legalBasis':
        return askLegalBasis();
      case 'addressees':
        return askAddressees();
      case 'date': {
        // Echoed as it is written (1405/9/5 → 1405/09/05), in the session's digits.
        const echo = (v: string): string => {
          const padded = padJalaliDate((v === '' && typeof fallback === 'string' ? fallback : v).trim());
          return lang === 'fa' ? toPersianDigits(padded) : padded;
        };
        return askText(session, label(MESSAGES.date!, lang), fallback, (v) => readAnswer('date', v, ctx()), { shown: echo });
      }
      default:
        return askText(session, label(MESSAGES[q.key]!, lang), fallback, (v) => readAnswer(q.key, v, ctx()));
    }
  }

  async function askLegalBasis(): Promise<unknown[]> {
    const entries: Array<{ law: string; article?: string }> = [];
    for (let i = 0; ; i++) {
      const n = numberText(i + 1, lang);
      const none = i > 0
        ? { fa: 'پایان', en: 'done' }
        : known.kind === 'directive'
          ? { fa: 'بعداً در فایل', en: 'later, in the file' }
          : { fa: 'ندارد', en: 'none' };
      const law = await input({
        message: say({ fa: `مستند قانونی ${n}، نام قانون یا مقرره (خالی: ${none.fa}):`, en: `Legal basis ${n}, law or regulation (empty: ${none.en}):` }, lang),
        validate: (v) => (v.trim() === '' ? true : verdict(readText('legalBasisLaw', v, ctx(), i), lang)),
        transformer: (v, { isFinal }) => (isFinal ? (v.trim() === '' ? styleText('dim', say(none, lang)) : styleText('cyan', v)) : v),
        theme: theme(lang, say({ fa: `مستند قانونی ${n}:`, en: `Legal basis ${n}:` }, lang)),
      });
      if (law.trim() === '') return entries;
      const article = await input({
        message: say({ fa: `شماره ماده «${law.trim()}» (اختیاری):`, en: `Article of "${law.trim()}" (optional):` }, lang),
        validate: (v) => (v.trim() === '' ? true : verdict(readLegalBasisEntry({ law, article: v }, ctx(), i), lang)),
        transformer: (v, { isFinal }) => (isFinal ? (v.trim() === '' ? styleText('dim', say({ fa: 'ندارد', en: 'none' }, lang)) : styleText('cyan', v)) : v),
        theme: theme(lang, say({ fa: '   ماده:', en: '   Article:' }, lang)),
      });
      entries.push(article.trim() === '' ? { law } : { law, article });
    }
  }

  async function askAddressees(): Promise<string[]> {
    const list: string[] = [];
    for (let i = 0; ; i++) {
      const n = numberText(i + 1, lang);
      const value = await input({
        message: i === 0
          ? say({ fa: `گیرنده ${n} (مانند شهرداری‌های مراکز استان‌ها):`, en: `Addressee ${n} (e.g. شهرداری‌های مراکز استان‌ها):` }, lang)
          : say({ fa: `گیرنده ${n} (خالی: پایان):`, en: `Addressee ${n} (empty: done):` }, lang),
        validate: (v) => (i > 0 && v.trim() === '' ? true : verdict(readText('addressee', v, ctx(), i), lang)),
        transformer: (v, { isFinal }) => (isFinal ? (v.trim() === '' ? styleText('dim', say({ fa: 'پایان', en: 'done' }, lang)) : styleText('cyan', v)) : v),
        theme: theme(lang, say({ fa: `گیرنده ${n}:`, en: `Addressee ${n}:` }, lang)),
      });
      if (value.trim() === '') return list;
      list.push(value);
    }
  }
}
