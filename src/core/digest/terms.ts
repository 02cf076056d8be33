/**
 * Persian text into the terms the digest compares drafts by. Two texts that a reader takes for the
 * same words give the same terms, whatever the keyboard: Arabic ي/ى/ك and Persian ی/ک, a half-space
 * (ZWNJ) or a space or nothing between a word and its affix («شهرداری‌ها», «شهرداری ها», «شهرداریها»),
 * Persian, Arabic-Indic or Latin digits, diacritics, tatweel, hamza forms («تأمین», «تامین»).
 *
 * Then the words that say nothing about a concern are dropped: Persian function words, common verbs,
 * the vocabulary every draft shares («شهرداری», «دستورالعمل», «شهر», «ماده» …) and the names of the
 * provinces and cities (a title «… در شهرداری قم» must not make two Qom drafts look alike). What
 * remains is stemmed lightly: plural and verb affixes come off («ها», «های», «ات», «ان», «ین», «می»,
 * «نمی» …), so «مطالبات» and «مطالبه», «بدهی‌ها» and «بدهی» meet.
 *
 * Light stemming is deliberately crude: it must map the forms of one word together far more often than
 * it maps two words together, and TF-IDF makes the rare mistake cheap (a wrongly merged stem is just a
 * slightly commoner term).
 */

import { CITIES } from '../../persian/cities.js';
import { toPersianLetters } from '../../persian/text.js';
import { PROVINCES } from '../../persian/provinces.js';

/** Function words, pronouns, auxiliaries and common verbs of administrative Persian, already normalised. */
const FUNCTION_WORDS = `
از به با در بر برای تا که و یا را این آن همین همان هر هیچ نیز هم چون چه چرا اگر مگر اما ولی لیکن زیرا
پس پیش بین میان درون بیرون روی زیر باید نباید شاید بی بدون جز غیر طی ضمن طبق وفق توسط جهت مورد موارد
است نیست هست بود باشد باشند بوده شد شده شود شوند گردد گردند گردید نماید نمایند نموده کند کنند کرد
کرده کردن دارد دارند داشته داشت شدن نمودن گرفته گیرد گیرند داده دهد دهند یک دو سه چند برخی بعضی همه
کلیه تمام تمامی دیگر دیگری سایر خود خویش ما شما ایشان او وی آنها اینها ها های هایی ای ی ان ات می نمی
ن الف ب پ ج د ه هـ اول دوم سوم نخست فوق ذیل مذکور یادشده مربوط ذیربط ذی ربط لازم شامل اساس حسب نحوه
نحوی بنابراین لذا همچنین چنین چنان آنکه اینکه وجود عدم بیش کم کمتر بیشتر بسیار حداقل حداکثر نسبت
عنوان منظور عهده اجرای اجرا رعایت صورت صورتی ترتیب طریق
`;

/**
 * What every submission says because of what it is, not what it asks: its kind, its sender, the
 * legal furniture. Sharing these is sharing nothing («شهرداری», «دستورالعمل», «شهر» must not group).
 */
const DOMAIN_WORDS = `
شهرداری شهرداریها شهر شهری شهرها دستورالعمل دستورالعملها بخشنامه بخشنامهها پیشنویس ماده مواد تبصره بند
قانون قوانین مقررات آییننامه آییننامهها وزارت کشور استانداری استان استانها سازمان سازمانها اداره کل
شورای شورا اسلامی مصوب مصوبه پیشنهاد پیشنهادی مسئله مشکل مشکلات موضوع لزوم ضرورت تدوین تهیه ابلاغ
محترم جناب سرکار کشوری ملی سال سالانه جاری امور کار کارها
`;

const words = (list: string): string[] => list.split(/\s+/).filter(Boolean);

/** Normalises one character code; 0 drops it (diacritics, tatweel, invisible marks). */
function mapCode(c: number): number {
  if (c === 0x064a || c === 0x0649 || c === 0x06d2 || c === 0x0626) return 0x06cc; // ي ى ے ئ → ی
  if (c === 0x0643) return 0x06a9; // ك → ک
  if (c === 0x0629 || c === 0x06c0 || c === 0x06d5) return 0x0647; // ة ۀ ە → ه
  if (c === 0x0623 || c === 0x0625 || c === 0x0671 || c === 0x0622) return 0x0627; // أ إ ٱ آ → ا
  if (c === 0x0624) return 0x0648; // ؤ → و
  if (c >= 0x06f0 && c <= 0x06f9) return c - 0x06f0 + 0x30;
  if (c >= 0x0660 && c <= 0x0669) return c - 0x0660 + 0x30;
  if ((c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640 || c === 0x0621) return 0; // harakat, tatweel, lone hamza
  if (c >= 0x41 && c <= 0x5a) return c + 32;
  return c;
}

/** Whether a (normalised) code is part of a word; everything else, ZWNJ included, separates words. */
function isWordCode(c: number): boolean {
  return (c >= 0x0620 && c <= 0x064a) || (c >= 0x066e && c <= 0x06d3) || (c >= 0x06fa && c <= 0x06ff)
    || (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a);
}

/**
 * Normalised words of a text, ZWNJ treated as a break: «می‌شود» and «می شود» both give «می», «شود»,
 * and «بدهی‌های» and «بدهی های» both give «بدهی», «های».
 */
export function normalizedWords(text: string): string[] {
  return scan(text).map((w) => w.word);
}

interface Word {
  word: string;
  /** Where the word starts and ends in the text. */
  start: number;
  end: number;
}

function scan(text: string): Word[] {
  const out: Word[] = [];
  let word = '';
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = mapCode(text.charCodeAt(i));
    if (c === 0) continue;
    if (isWordCode(c)) {
      if (word === '') start = i;
      word += String.fromCharCode(c);
    } else if (word !== '') {
      out.push({ word, start, end: i });
      word = '';
    }
  }
  if (word !== '') out.push({ word, start, end: text.length });
  return out;
}

/** A word as written, for showing: Persian letters, no diacritics or tatweel, the rest kept («تأمین»). */
function shown(raw: string): string {
  return toPersianLetters(raw).replace(/[\u064B-\u065F\u0670\u0640]/g, '');
}

const normalizeWord = (w: string): string => normalizedWords(w).join('');

const STOP = new Set<string>([...words(FUNCTION_WORDS), ...words(DOMAIN_WORDS)].map(normalizeWord));
/** Place names: every word of every province and known city (their stems too, see isStop). */
const PLACES = new Set<string>();
for (const p of PROVINCES) for (const w of normalizedWords(`${p.name} ${p.capital}`)) PLACES.add(w);
for (const list of Object.values(CITIES)) for (const city of list) for (const w of normalizedWords(city)) PLACES.add(w);
// Words of place names that are also ordinary words keep their meaning («آباد» in «خرم‌آباد»).
for (const w of ['آباد', 'اباد', 'شهر', 'جنوبی', 'شمالی', 'شرقی', 'غربی', 'رضوی', 'مرکزی', 'دره', 'چشمه', 'دشت', 'باغ', 'سد', 'بندر', 'جم', 'دیر', 'خور']) PLACES.delete(normalizeWord(w));

// Longest first. A final «ه» goes too, so the singular meets its plural in «ات» (مطالبه، مطالبات).
// Each needs a stem of at least `min` letters left, so short words keep their endings.
const SUFFIXES: ReadonlyArray<readonly [string, number]> = [
  ['هایی', 2], ['های', 2], ['ها', 2], ['ترین', 3], ['ات', 3], ['ان', 4], ['ین', 4],
  ['ی', 4], ['ه', 4],
];
// Personal endings of verbs («ند», «ید», «یم») are not cut: too many nouns end so (پسماند، فرایند، سند،
// پیوند، خداوند) and the verbs drafts repeat are in the stop list anyway.
// «می»/«نمی» written without a half-space; words that merely begin so keep their letters.
const VERB_PREFIXES = ['نمی', 'می'];
const NOT_PREFIXED = new Set(['میدان', 'میز', 'میراث', 'میزان', 'میوه', 'میل', 'میلیون', 'میلیارد', 'میانگین', 'میان', 'میانه', 'میهن', 'مینی', 'میاندواب'].map(normalizeWord));

/** The light stem of a normalised word. */
export function stem(word: string): string {
  let w = word;
  if (!NOT_PREFIXED.has(w)) {
    for (const p of VERB_PREFIXES) {
      if (w.length - p.length >= 3 && w.startsWith(p)) {
        w = w.slice(p.length);
        break;
      }
    }
  }
  // Up to two suffixes: «بدهیهای» → «بدهی» + «های»; «شهروندانی» → «شهروندان» → «شهروند».
  for (let round = 0; round < 2; round++) {
    let cut = false;
    for (const [s, min] of SUFFIXES) {
      if (w.length - s.length >= min && w.endsWith(s)) {
        w = w.slice(0, -s.length);
        cut = true;
        break;
      }
    }
    if (!cut) break;
  }
  return w;
}

function isStop(word: string): boolean {
  return word.length < 2 || STOP.has(word) || PLACES.has(word) || /^[0-9]+$/.test(word);
}

export interface Term {
  /** The stem, the unit of comparison. */
  stem: string;
  /** The word as written (Persian letters, no diacritics), for showing a group's shared terms. */
  word: string;
}

/** The informative terms of a text, in order, with repeats. */
export function terms(text: string): Term[] {
  const out: Term[] = [];
  for (const { word, start, end } of scan(text)) {
    if (isStop(word)) continue;
    const s = stem(word);
    // A word whose stem is a stop word or a place («شهرداریها» → «شهرداری») says no more than it.
    if (isStop(s)) continue;
    out.push({ stem: s, word: shown(text.slice(start, end)) });
  }
  return out;
}
