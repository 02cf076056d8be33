import type { Command, Help, Option } from 'commander';
import type { Bilingual, Lang } from './core/engine/types.js';
import { toPersianDigits } from './persian/digits.js';

/**
 * The words of `draft --help` and of commander's own messages, in Persian and in English: one table,
 * so a run speaks one language whole. cli.ts declares the commands and options (with English
 * descriptions, for readers of the code); `localize` then replaces every description with this
 * table's text in the run's language, and `commanderMessage` says commander's usage errors in it.
 *
 * Only a run that shows help or a usage error loads this module (cli.ts): the table is as big as the
 * rest of the command line, and `draft validate one.yaml` has no use for it.
 *
 * A new option or command needs its line here: test/help/help.test.ts fails for one without it.
 */

type Entry = Bilingual;

interface CommandHelp {
  description: Entry;
  arguments?: Record<string, Entry>;
  /** By the option's long flag (`--format`), or its short one when it has no long one. */
  options: Record<string, Entry>;
}

const LANG_OPTION: Entry = { fa: 'زبان پیام‌ها و راهنما، فارسی (fa) یا انگلیسی (en)', en: 'language of messages and help, Persian (fa) or English (en)' };
const CONFIG_OPTION: Entry = { fa: 'این فایل draft.config.yaml به‌جای جست‌وجوی آن در پوشه‌های بالاتر', en: 'use this draft.config.yaml instead of searching for one' };
const PATHS: Entry = {
  fa: 'فایل‌ها، پوشه‌ها یا الگوها (پیش‌فرض: draftsDir در draft.config.yaml، یا پوشه کنونی)',
  en: 'files, folders or globs (default: draftsDir from draft.config.yaml, or .)',
};
const HELP_OPTION: Entry = { fa: 'نمایش این راهنما', en: 'show this help' };

export const COMMAND_HELP: Record<string, CommandHelp> = {
  draft: {
    description: {
      fa: 'پیش‌نویس (pishnevis): نوشتن، بررسی و بسته‌بندی دستورالعمل‌ها و پیش‌نویس بخشنامه‌های شهرداری در قالب وزارت کشور',
      en: 'pishnevis: write, check and package municipal directives and draft circulars in the Ministry of Interior format',
    },
    options: {
      '--version': { fa: 'نمایش شماره نسخه', en: 'show the version number' },
      '--help': HELP_OPTION,
    },
  },
  help: {
    description: { fa: 'راهنمای یک فرمان', en: 'show help for a command' },
    options: {},
  },
  new: {
    description: { fa: 'ساخت پیش‌نویس تازه (دستورالعمل یا بخشنامه)، با پرسش و پاسخ یا با گزینه‌ها', en: 'scaffold a directive or circular, interactively or from flags' },
    options: {
      '--kind': { fa: 'نوع سند: directive (دستورالعمل) یا circular (بخشنامه)', en: 'kind of document: directive or circular' },
      '--province': { fa: 'استان، به فارسی یا لاتین (قم، qom)', en: 'province, by its Persian or Latin name (e.g. qom)' },
      '--city': { fa: 'شهر (پیش‌فرض: مرکز استان)', en: 'city (default: the provincial capital)' },
      '--title': { fa: 'عنوان سند، به فارسی', en: 'title, in Persian' },
      '--category': { fa: 'دسته موضوعی: شناسه یا نام فارسی (social-security، …)', en: 'category id or Persian label (social-security, …)' },
      '--author-name': { fa: 'نام و نام خانوادگی تهیه‌کننده', en: "author's full name" },
      '--author-position': { fa: 'سمت تهیه‌کننده', en: "author's position" },
      '--date': { fa: 'تاریخ شمسی به شکل ۱۴۰۵/۰۹/۰۵ (پیش‌فرض: امروز)', en: 'Jalali date YYYY/MM/DD (default: today)' },
      '--articles': { fa: 'شمار ماده‌هایی که آماده می‌شود (دستورالعمل: ۳؛ بخشنامه: ۰ یعنی متن در چند بند ساده)', en: 'article skeletons to write (directive default 3; circular default 0 = paragraphs)' },
      '--chapters': { fa: 'ماده‌ها در n فصل (قالب ۱٫۱؛ پیش‌فرض ۰ یعنی بی‌فصل)', en: 'group the articles in n chapters (format 1.1; default 0 = none)' },
      '--labels': { fa: 'ترتیب برچسب بندها: alphabetical (الف، ب، پ) یا abjad (الف، ب، ج)؛ پیش‌فرض alphabetical', en: 'clause label order: alphabetical or abjad; default alphabetical' },
      '--legal-basis': { fa: 'یک مستند قانونی، «قانون|ماده» یا «قانون»؛ چند بار می‌شود داد', en: 'a legal basis entry, "law|article" or "law"; repeatable' },
      '--subject': { fa: 'بخشنامه: موضوع', en: 'circular: subject' },
      '--addressee': { fa: 'بخشنامه: یک گیرنده؛ چند بار می‌شود داد', en: 'circular: an addressee; repeatable' },
      '--signatory-name': { fa: 'بخشنامه: نام امضاکننده پیشنهادی', en: 'circular: proposed signatory' },
      '--signatory-position': { fa: 'بخشنامه: سمت امضاکننده پیشنهادی', en: "circular: proposed signatory's position" },
      '--id': { fa: 'شناسه، که نام فایل هم هست (پیش‌فرض: <استان>-<سال>-<عنوان>)', en: 'id (default: <province>-<year>-<title slug>)' },
      '--answers': { fa: 'خواندن پاسخ‌ها از یک فایل YAML (گزینه‌ها بر آن مقدم‌اند)', en: 'read answers from a YAML file (flags win)' },
      '--yes': { fa: 'پذیرفتن همه پیش‌فرض‌ها بی‌پرسش', en: 'accept every default without asking' },
      '--output': { fa: 'فایلی که نوشته می‌شود، یا پوشه‌ای برای آن (پیش‌فرض: <draftsDir>/<id>.yaml)', en: 'file to write, or a folder (default: <draftsDir>/<id>.yaml)' },
      '--force': { fa: 'جایگزینی فایلی که از پیش هست', en: 'replace an existing file' },
      '--dry-run': { fa: 'چاپ پیش‌نویس به‌جای نوشتن آن', en: 'print the draft instead of writing it' },
    },
  },
  validate: {
    description: { fa: 'بررسی پیش‌نویس‌ها با قالب وزارت کشور', en: 'check drafts against the ministry format' },
    arguments: { paths: PATHS },
    options: {
      '--format': {
        fa: 'قالب گزارش: stylish | json | junit | sarif | github؛ یا نام=مسیر برای نوشتن در فایل؛ چند بار می‌شود داد',
        en: 'report format: stylish | json | junit | sarif | github, or name=path to write a file; repeatable',
      },
      '--quiet': { fa: 'فقط خطاها، بی هشدارها', en: 'report errors only, not warnings' },
      '--max-warnings': { fa: 'کد خروج ۱ وقتی هشدارها بیش از این شمار باشند', en: 'exit 1 when there are more warnings than this' },
      '--cache': { fa: 'به‌کاربردن نتیجه پیشین برای پیش‌نویس‌هایی که تغییر نکرده‌اند (در .draftcache)', en: 'reuse results for drafts whose content has not changed (kept in .draftcache)' },
      '--cache-location': { fa: 'جای فایل حافظه نهان (--cache را هم روشن می‌کند)', en: 'where to keep the cache (implies --cache)' },
      '--changed-since': { fa: 'فقط پیش‌نویس‌هایی که از این commit، شاخه یا برچسب git تغییر کرده‌اند (قاعده‌های مخزن همه را می‌بینند)', en: 'only drafts changed since this git commit, branch or tag (repository rules still see all)' },
      '--shard': { fa: 'فقط بخش i از n بخش پایدار پیش‌نویس‌ها، برای اجرای موازی در CI', en: 'only the i-th of n stable parts of the drafts, for a CI matrix' },
      '--threads': { fa: 'شمار رشته‌های کاری برای دسته‌های بزرگ (پیش‌فرض: به اندازه کار و پردازنده‌های آزاد)', en: 'worker threads for large batches (default: chosen by the amount of work and the free CPUs)' },
      '--fix': { fa: 'اصلاح خودکار آنچه بی‌خطر اصلاح‌شدنی است (املا، شماره‌گذاری، شمارش‌ها) و گزارش آنچه می‌ماند', en: 'repair what can be repaired safely (orthography, numbering, counts), then report what remains' },
      '--fix-dry-run': { fa: 'نمایش اصلاح‌ها، خط به خط برای هر فایل، بی‌آنکه چیزی نوشته شود', en: 'show the repairs as a unified diff per file and write nothing' },
      '--fix-type': { fa: 'فقط این گونه‌های اصلاح: orthography، numbering، counts، format (با ویرگول جدا؛ چند بار می‌شود داد)', en: 'only these kinds of repairs: orthography, numbering, counts, format (comma-separated; repeatable)' },
    },
  },
  status: {
    description: { fa: 'گزارش آمادگی پیش‌نویس‌ها پیش از مهلت', en: 'deadline report: which drafts are ready and valid' },
    arguments: { paths: PATHS },
    options: {
      '--deadline': { fa: 'مهلت وزارت کشور، تاریخ شمسی مانند ۱۴۰۵/۱۲/۱۵ (پیش‌فرض: deadline در draft.config.yaml)', en: 'the ministry deadline as a Jalali date, e.g. 1405/12/15 (default: deadline in draft.config.yaml)' },
      '--format': { fa: 'قالب خروجی', en: 'output format' },
      '--cache': { fa: 'به‌کاربردن نتیجه پیشین برای پیش‌نویس‌هایی که تغییر نکرده‌اند', en: 'reuse results for drafts whose content has not changed' },
    },
  },
  render: {
    description: { fa: 'ساخت سند HTML (یا Word) پیش‌نویس', en: 'write the draft as an HTML (or Word) document' },
    arguments: { file: { fa: 'پیش‌نویس (*.yaml)', en: 'the draft (*.yaml)' } },
    options: {
      '--output': { fa: 'فایلی که نوشته می‌شود، یا پوشه‌ای برای آن (پیش‌فرض: <id>.html یا <id>.docx در پوشه کنونی)', en: 'the file to write, or a folder (default: <id>.html or <id>.docx in the current folder)' },
      '--format': { fa: 'قالب سند: html، یا docx برای فایل Word', en: 'html, or docx for a Word document' },
      '--force': { fa: 'جایگزینی فایلی که از پیش هست (سند HTML که خود draft render ساخته بی آن هم جایگزین می‌شود)', en: 'replace an existing file (an HTML page draft render wrote itself is replaced without it)' },
    },
  },
  import: {
    description: { fa: 'آوردن سند Word (.docx) به پیش‌نویس', en: 'read a Word document (.docx) into a draft' },
    arguments: { file: { fa: 'سند Word (*.docx)', en: 'the Word document (*.docx)' } },
    options: {
      '--kind': { fa: 'نوع سند: directive (دستورالعمل) یا circular (بخشنامه)؛ پیش‌فرض: آنچه سند می‌گوید', en: 'directive | circular (default: what the document says)' },
      '--province': { fa: 'استان، به فارسی یا لاتین (قم، qom)', en: 'province, by its Persian or Latin name (e.g. qom)' },
      '--city': { fa: 'شهر (پیش‌فرض: مرکز استان)', en: 'city (default: the provincial capital)' },
      '--title': { fa: 'عنوان سند، به فارسی (پیش‌فرض: عنوان خود سند)', en: "title, in Persian (default: the document's title)" },
      '--category': { fa: 'دسته موضوعی: شناسه یا نام فارسی (social-security، …)', en: 'category id or Persian label (social-security, …)' },
      '--author-name': { fa: 'نام و نام خانوادگی تهیه‌کننده', en: "author's full name" },
      '--author-position': { fa: 'سمت تهیه‌کننده', en: "author's position" },
      '--date': { fa: 'تاریخ شمسی به شکل ۱۴۰۵/۰۹/۰۵ (پیش‌فرض: امروز)', en: 'Jalali date YYYY/MM/DD (default: today)' },
      '--id': { fa: 'شناسه، که نام فایل هم هست (پیش‌فرض: <استان>-<سال>-<عنوان>)', en: 'id (default: <province>-<year>-<title slug>)' },
      '--legal-basis': { fa: 'یک مستند قانونی، «قانون|ماده» یا «قانون»؛ چند بار می‌شود داد', en: 'a legal basis entry, "law|article" or "law"; repeatable' },
      '--yes': { fa: 'پذیرفتن همه پیش‌فرض‌ها بی‌پرسش', en: 'accept every default without asking' },
      '--output': { fa: 'فایلی که نوشته می‌شود، یا پوشه‌ای برای آن (پیش‌فرض: <draftsDir>/<id>.yaml)', en: 'file to write, or a folder (default: <draftsDir>/<id>.yaml)' },
      '--force': { fa: 'جایگزینی فایلی که از پیش هست', en: 'replace an existing file' },
      '--dry-run': { fa: 'چاپ پیش‌نویس به‌جای نوشتن آن', en: 'print the draft instead of writing it' },
    },
  },
  package: {
    description: { fa: 'ساخت <id>.zip، بسته ارسالی BagIt یک پیش‌نویس آماده', en: 'build <id>.zip, the BagIt submission package of a ready draft' },
    arguments: { file: { fa: 'پیش‌نویس (*.yaml)، با status: ready و بی خطا', en: 'the draft (*.yaml), status: ready and without errors' } },
    options: {
      '--output': { fa: 'پوشه‌ای که <id>.zip در آن نوشته می‌شود (پیش‌فرض: پوشه کنونی)، یا مسیری که به .zip ختم شود', en: 'the folder to write <id>.zip in (default: the current folder), or a path ending in .zip' },
      '--with-docx': { fa: 'افزودن سند به‌صورت فایل Word (<id>.docx) به بسته', en: 'also put the document in the package as a Word file (<id>.docx)' },
      '--force': { fa: 'جایگزینی بسته‌ای که از پیش هست (بسته‌ای که خود draft package ساخته بی آن هم جایگزین می‌شود)', en: 'replace an existing package (a package draft package wrote itself is replaced without it)' },
    },
  },
  verify: {
    description: { fa: 'بررسی درستی بسته ارسالی یا هر بسته BagIt', en: 'check a package zip or any unpacked BagIt bag' },
    arguments: { path: { fa: 'بسته (<id>.zip) یا پوشه بازشده یک بسته', en: 'the package (<id>.zip) or an unpacked bag folder' } },
    options: {
      '--format': { fa: 'قالب خروجی', en: 'output format' },
    },
  },
  init: {
    description: { fa: 'راه‌اندازی مخزن پیش‌نویس‌ها: پیکربندی، CI، ویرایشگر و قلاب git', en: 'set up a drafts repository: configuration, CI, editor, git hook' },
    arguments: { folder: { fa: 'پوشه مخزن (پیش‌فرض: پوشه کنونی)', en: 'the repository folder (default: the current folder)' } },
    options: {
      '--province': { fa: 'استان پیش‌فرض، به فارسی یا لاتین (قم، qom)', en: 'default province, Persian or Latin name (قم, qom)' },
      '--city': { fa: 'شهر پیش‌فرض (پیش‌فرض: مرکز استان)', en: 'default city (default: the provincial capital)' },
      '--author-name': { fa: 'نام و نام خانوادگی پیش‌فرض تهیه‌کننده', en: "default author's full name" },
      '--author-position': { fa: 'سمت پیش‌فرض تهیه‌کننده', en: "default author's position" },
      '--yes': { fa: 'هیچ نپرس؛ گزینه‌ها را همان‌گونه که هست بپذیر', en: 'ask nothing; take the flags as they are' },
      '--force': { fa: 'جایگزینی فایل‌هایی که از پیش هست (و قلاب pre-commit دیگر)', en: 'replace files that exist (and another pre-commit hook)' },
      '--update': { fa: 'فقط تازه‌کردن ‎.draft/schemas/‎ و نسخه pishnevis در فایل‌های CI', en: "refresh .draft/schemas/ and the CI files' pishnevis version, nothing else" },
      '--no-git': { fa: 'نه git init و نه قلاب pre-commit', en: 'neither git init nor the pre-commit hook' },
    },
  },
  doctor: {
    description: { fa: 'بررسی راه‌اندازی مخزن: Node، پیکربندی، طرح‌ها، قلاب و CI', en: 'check the repository set-up: Node, configuration, schemas, hook, CI' },
    options: {},
  },
  hook: {
    description: { fa: 'نصب یا برداشتن قلاب git که پیش از هر commit پیش‌نویس‌های افزوده‌شده را بررسی می‌کند', en: 'install or remove the pre-commit hook that checks staged drafts' },
    arguments: {
      action: { fa: 'install (نصب) | uninstall (برداشتن) (run: آنچه قلاب فرا می‌خواند)', en: 'install | uninstall (run: what the hook calls)' },
      hook: { fa: 'با run: نام قلاب، pre-commit', en: 'with run: the hook, pre-commit' },
    },
    options: {
      '--force': { fa: 'جایگزینی قلاب pre-commit دیگر', en: 'replace another pre-commit hook' },
    },
  },
  digest: {
    description: { fa: 'گزارش یکپارچه همه پیشنهادها برای کمیته شهرداران', en: "the committee's consolidated report of every submission" },
    arguments: { paths: { fa: 'پیش‌نویس‌ها (فایل، پوشه یا الگو) و بسته‌ها (*.zip) (پیش‌فرض: draftsDir، یا پوشه کنونی)', en: 'drafts (files, folders, globs) and packages (*.zip) (default: draftsDir, or .)' } },
    options: {
      '--output': { fa: 'فایل گزارش: ‎.html (پیش‌فرض digest.html)، ‎.md، ‎.csv یا ‎.json؛ - برای خروجی استاندارد', en: 'the report: .html (default digest.html), .md, .csv or .json; - for standard output' },
      '--format': { fa: 'قالب گزارش (پیش‌فرض: از پسوند -o، وگرنه html؛ json بی -o چاپ می‌شود)', en: 'report format (default: from the -o extension, else html; json without -o prints)' },
      '--threshold': { fa: 'مرز همانندی (۰ تا ۱) برای گروه‌بندی دغدغه‌های مشترک (پیش‌فرض ۰٫۳)', en: 'similarity (0–1) for grouping common concerns (default 0.3)' },
      '--force': { fa: 'جایگزینی فایلی که خود digest ننوشته است', en: 'replace an existing file that digest did not write' },
      '--cache': { fa: 'به‌کاربردن نتیجه پیشین برای پیش‌نویس‌هایی که تغییر نکرده‌اند', en: 'reuse validation results of unchanged drafts' },
      '--threads': { fa: 'شمار رشته‌های کاری برای بررسی دسته‌های بزرگ', en: 'worker threads for validating large batches' },
    },
  },
  completion: {
    description: { fa: 'چاپ اسکریپت تکمیل خودکار برای پوسته', en: 'print a shell completion script' },
    arguments: { shell: { fa: 'bash | zsh | fish | powershell', en: 'bash | zsh | fish | powershell' } },
    options: {},
  },
};

/** Options every command takes. */
const SHARED_OPTIONS: Record<string, Entry> = { '--lang': LANG_OPTION, '--config': CONFIG_OPTION, '--help': HELP_OPTION };

const TITLES: Record<string, Entry> = {
  'Usage:': { fa: 'کاربرد:', en: 'Usage:' },
  'Options:': { fa: 'گزینه‌ها:', en: 'Options:' },
  'Arguments:': { fa: 'ورودی‌ها:', en: 'Arguments:' },
  'Commands:': { fa: 'فرمان‌ها:', en: 'Commands:' },
  'Global Options:': { fa: 'گزینه‌های همگانی:', en: 'Global Options:' },
};

/**
 * The names in `<…>` and `[…]`: the arguments' (`<file>`, `[paths...]`) and the options' values
 * (`--date <date>`). The code reads the English names, which commander parses by; help and usage
 * errors show these. Single letters (`<n>`, `<i/n>`) are the variables the descriptions speak of.
 */
export const PLACEHOLDERS: Record<string, Entry> = {
  paths: { fa: 'مسیرها', en: 'paths' },
  file: { fa: 'فایل', en: 'file' },
  path: { fa: 'مسیر', en: 'path' },
  folder: { fa: 'پوشه', en: 'folder' },
  action: { fa: 'کار', en: 'action' },
  hook: { fa: 'قلاب', en: 'hook' },
  shell: { fa: 'پوسته', en: 'shell' },
  command: { fa: 'فرمان', en: 'command' },
  lang: { fa: 'زبان', en: 'lang' },
  kind: { fa: 'نوع', en: 'kind' },
  name: { fa: 'نام', en: 'name' },
  text: { fa: 'متن', en: 'text' },
  id: { fa: 'شناسه', en: 'id' },
  date: { fa: 'تاریخ', en: 'date' },
  order: { fa: 'ترتیب', en: 'order' },
  'law|article': { fa: 'قانون|ماده', en: 'law|article' },
  format: { fa: 'قالب', en: 'format' },
  ref: { fa: 'نسخه', en: 'ref' },
  types: { fa: 'گونه‌ها', en: 'types' },
  n: { fa: 'n', en: 'n' },
  t: { fa: 't', en: 't' },
  'i/n': { fa: 'i/n', en: 'i/n' },
};

/** A placeholder's name in `lang` (as it is when the table does not have it). */
export const placeholder = (name: string, lang: Lang): string => PLACEHOLDERS[name]?.[lang] ?? name;

/** `<file>`, `[paths...]`: an argument as usage lines write it, in `lang`. */
function argumentUsage(argument: { name(): string; required: boolean; variadic: boolean }, lang: Lang): string {
  const name = `${placeholder(argument.name(), lang)}${argument.variadic ? '...' : ''}`;
  return argument.required ? `<${name}>` : `[${name}]`;
}

/** An option's flags with its value's name in `lang`: `--date <تاریخ>`. */
const optionFlags = (option: Option, lang: Lang): string =>
  option.flags.replace(/([<[])([^>\]]+?)(\.\.\.)?([>\]])/g, (_, open: string, name: string, dots = '', close: string) => `${open}${placeholder(name, lang)}${dots}${close}`);

/** A command's usage after its name: `[options] [command] <args>`, in `lang`. */
function usageOf(command: Command, lang: Lang): string {
  return [
    // Every command has options: --help at least.
    lang === 'fa' ? '[گزینه‌ها]' : '[options]',
    ...(command.commands.length > 0 ? [lang === 'fa' ? '[فرمان]' : '[command]'] : []),
    ...command.registeredArguments.map((a) => argumentUsage(a, lang)),
  ].join(' ');
}

/** An option's key in the table: its long flag, or its short one. */
const optionKey = (option: Option): string => option.long ?? option.short ?? option.flags;

/** The table's text for an option of a command (its own, then the shared ones), if any. */
export function optionHelp(command: string, option: Option): Entry | undefined {
  const key = optionKey(option);
  return COMMAND_HELP[command]?.options[key] ?? SHARED_OPTIONS[key];
}

/** Every command, the program first, with its path name (`draft`, `validate`, …). */
export function commandsOf(program: Command): Command[] {
  return [program, ...program.commands.flatMap((c) => commandsOf(c))];
}

const helpName = (command: Command): string => (command.parent ? command.name() : 'draft');

/** Words commander puts into a description: `(choices: …, default: …)`. */
function extras(option: Option, lang: Lang): string {
  const parts: string[] = [];
  if (option.argChoices && option.long !== '--lang') parts.push(`${lang === 'fa' ? 'یکی از' : 'choices:'} ${option.argChoices.join(lang === 'fa' ? '، ' : ', ')}`);
  if (option.defaultValue !== undefined && (option.required || option.optional)) {
    parts.push(`${lang === 'fa' ? 'پیش‌فرض:' : 'default:'} ${option.defaultValueDescription ?? String(option.defaultValue)}`);
  }
  return parts.length > 0 ? ` (${parts.join(lang === 'fa' ? '؛ ' : ', ')})` : '';
}

/** What cli.ts's commands carry: whether `localize` has put the run's words into them. */
export interface Localized {
  localized?: boolean;
}

/**
 * Puts the run's language into the program: every command's, argument's and option's description
 * from the table, the names in its usage lines, and the titles and words of the help page. Options
 * and commands missing from the table keep what cli.ts says (test/help/help.test.ts makes sure there
 * are none).
 */
export function localize(program: Command, lang: Lang): void {
  program.helpCommand('help [command]', COMMAND_HELP.help!.description[lang]);
  for (const command of commandsOf(program)) {
    const name = helpName(command);
    const table = COMMAND_HELP[name];
    if (table) command.description(table.description[lang]);
    for (const argument of command.registeredArguments) {
      const text = table?.arguments?.[argument.name()];
      if (text) argument.description = text[lang];
    }
    for (const option of command.options) {
      const text = optionHelp(name, option);
      if (text) option.description = text[lang];
    }
    command.helpOption('-h, --help', HELP_OPTION[lang]);
    command.usage(usageOf(command, lang));
    // Commands copy the help settings only when they are made, so each one gets them here.
    command.configureHelp(helpConfiguration(lang));
    (command as Command & Localized).localized = true;
  }
}

/** How the help page is laid out in `lang`: commander's layout, its few words in the language. */
export function helpConfiguration(lang: Lang): Partial<Help> {
  return {
    styleTitle: (title: string) => TITLES[title]?.[lang] ?? title,
    subcommandTerm: (cmd: Command) => {
      const args = cmd.registeredArguments.map((a) => argumentUsage(a, lang)).join(' ');
      const opts = cmd.options.length > 0 ? (lang === 'fa' ? ' [گزینه‌ها]' : ' [options]') : '';
      return `${cmd.name()}${opts}${args ? ` ${args}` : ''}`;
    },
    argumentTerm: (argument) => placeholder(argument.name(), lang),
    optionTerm: (option: Option) => optionFlags(option, lang),
    optionDescription: (option: Option) => `${option.description}${extras(option, lang)}`,
    argumentDescription: (argument) => argument.description,
  };
}

// ---------------------------------------------------------------------------------------------
// Commander's own messages (commander 14: lib/command.js, lib/option.js), said in the run's language.

const n = (value: string | number, lang: Lang): string => (lang === 'fa' ? toPersianDigits(value) : String(value));

/** `-f, --format <format>` → `--format`: the flag as typed. */
const flag = (flags: string): string => flags.split(/[ ,]+/).filter((f) => f.startsWith('-')).pop() ?? flags;

/** The reason our own argument parsers give (cli.ts `InvalidArgumentError`), and commander's choices. */
function reason(text: string, lang: Lang): string {
  let m = /^Allowed choices are (.*)\.$/.exec(text);
  if (m) return lang === 'fa' ? `یکی از این‌ها را بدهید: ${m[1]!.split(', ').join('، ')}.` : text;
  m = /^(--[\w-]+) takes a whole number ≥ (\d+)$/.exec(text);
  if (m) return lang === 'fa' ? `${m[1]} عددی صحیح و دست‌کم ${n(m[2]!, lang)} می‌گیرد.` : `${text}.`;
  return text;
}

const MESSAGES: Array<[RegExp, (m: RegExpExecArray, lang: Lang) => string]> = [
  [/^error: unknown command '(.*?)'(?:\n\(Did you mean (?:one of )?(.*)\?\))?$/s, (m, lang) => {
    const near = m[2]?.split(', ');
    if (lang === 'en') return `Unknown command "${m[1]}".${near ? ` Did you mean ${near.join(' or ')}?` : ''}`;
    return `فرمان «${m[1]}» نیست.${near ? ` منظورتان ${near.map((s) => `«${s}»`).join(' یا ')} بود؟` : ''}`;
  }],
  [/^error: unknown option '(.*?)'(?:\n\(Did you mean (?:one of )?(.*)\?\))?$/s, (m, lang) => {
    const near = m[2]?.split(', ');
    if (lang === 'en') return `Unknown option ${m[1]}.${near ? ` Did you mean ${near.join(' or ')}?` : ''}`;
    return `گزینه ${m[1]} نیست.${near ? ` منظورتان ${near.join(' یا ')} بود؟` : ''}`;
  }],
  [/^error: missing required argument '(.*)'$/, (m, lang) =>
    lang === 'fa' ? `ورودی <${placeholder(m[1]!, lang)}> داده نشده است.` : `The argument <${m[1]}> is missing.`],
  [/^error: option '(.*)' argument missing$/, (m, lang) =>
    lang === 'fa' ? `گزینه ${flag(m[1]!)} مقدار می‌خواهد.` : `The option ${flag(m[1]!)} needs a value.`],
  [/^error: option '(.*)' argument '(.*)' is invalid\. (.*)$/s, (m, lang) =>
    lang === 'fa' ? `مقدار «${m[2]}» برای ${flag(m[1]!)} درست نیست: ${reason(m[3]!, lang)}` : `The value "${m[2]}" is not valid for ${flag(m[1]!)}: ${reason(m[3]!, lang)}`],
  [/^error: command-argument value '(.*)' is invalid for argument '(.*)'\. (.*)$/s, (m, lang) =>
    lang === 'fa' ? `مقدار «${m[1]}» برای <${placeholder(m[2]!, lang)}> درست نیست: ${reason(m[3]!, lang)}` : `The value "${m[1]}" is not valid for <${m[2]}>: ${reason(m[3]!, lang)}`],
  [/^error: too many arguments(?: for '(.*)')?\. Expected (\d+) arguments? but got (\d+)\.$/, (m, lang) =>
    lang === 'fa'
      ? `ورودی بیش از اندازه${m[1] ? ` برای «${m[1]}»` : ''}: ${n(m[2]!, lang)} ورودی پذیرفته می‌شود و ${n(m[3]!, lang)} داده شد.`
      : `Too many arguments${m[1] ? ` for ${m[1]}` : ''}: ${m[2]} expected, ${m[3]} given.`],
  // cli.ts `sharedBefore`: a shared option typed before a command that does not take it.
  [/^error: the command '(.*)' does not take the option '(.*)'$/, (m, lang) =>
    lang === 'fa' ? `فرمان «${m[1]}» گزینه ${m[2]} را نمی‌گیرد.` : `The command ${m[1]} does not take the option ${m[2]}.`],
  [/^error: required option '(.*)' not specified$/, (m, lang) =>
    lang === 'fa' ? `گزینه ${flag(m[1]!)} لازم است.` : `The option ${flag(m[1]!)} is required.`],
];

const HINT: Entry = {
  fa: 'راهنما: «draft --help» یا «draft <فرمان> --help».',
  en: 'See "draft --help" or "draft <command> --help".',
};

/** One of commander's error messages (as it would print it, with a final newline), in `lang`, with a pointer to the help. */
export function commanderMessage(text: string, lang: Lang): string {
  const raw = text.replace(/\n$/, '');
  for (const [pattern, say] of MESSAGES) {
    const m = pattern.exec(raw);
    if (m) return `${say(m, lang)}\n${HINT[lang]}\n`;
  }
  // A message this table does not know (a newer commander): its words as they are, in one block.
  return `${lang === 'fa' ? 'خطای کاربرد' : 'Usage error'}: ${raw.replace(/^error: /, '')}\n${HINT[lang]}\n`;
}
