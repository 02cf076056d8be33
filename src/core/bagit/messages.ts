/**
 * Every problem the BagIt verifier can report, with its Persian and English text. Codes are stable
 * (tools and tests match on them); the texts name the file and say what is wrong.
 */
import type { Bilingual } from '../engine/types.js';
import { toPersianDigits } from '../../persian/digits.js';
import type { OutOfScopeReason } from './paths.js';

const q = (s: string | number): string => `«${s}»`;
/** A count or a line number in Persian text: Persian digits. */
const fa = (n: number): string => toPersianDigits(n);
const faList = (items: readonly string[]): string => items.map(q).join('، ');
const enList = (items: readonly string[]): string => items.join(', ');

const SCOPE_REASON: Record<OutOfScopeReason, Bilingual> = {
  absolute: { fa: 'مسیر مطلق', en: 'absolute path' },
  drive: { fa: 'مسیر ویندوز با حرف درایو', en: 'Windows drive path' },
  unc: { fa: 'مسیر شبکه‌ای یا ریشه‌دار ویندوز', en: 'Windows UNC or rooted path' },
  home: { fa: 'میان‌بر پوشهٔ خانگی «~»', en: 'home-folder shortcut "~"' },
  env: { fa: 'متغیر محیطی', en: 'environment variable' },
  parent: { fa: 'بالا رفتن با «..»', en: 'climbs out with ".."' },
};

export type ZipPathReason = 'absolute' | 'traversal' | 'backslash' | 'empty-segment' | 'control-character';

const ZIP_PATH_REASON: Record<ZipPathReason, Bilingual> = {
  absolute: { fa: 'مسیر مطلق', en: 'absolute path' },
  traversal: { fa: 'بالا رفتن با «..»', en: 'climbs out with ".."' },
  backslash: { fa: 'دارای «\\»، که در ویندوز جداکنندهٔ پوشه است', en: 'contains "\\", a folder separator on Windows' },
  'empty-segment': { fa: 'بخش خالی یا «.» در مسیر', en: 'empty or "." segment' },
  'control-character': { fa: 'نویسهٔ کنترلی در نام', en: 'control character in the name' },
};

/**
 * Why a file or a zip could not be read, in words: the raw reason comes from Node (`EACCES: permission
 * denied, open …`), yauzl (`End of central directory record signature not found…`) or zlib, all in
 * English. The known ones are said in both languages; an unknown one keeps its words in the English
 * text only, and the Persian says what is sure: the file could not be read as it should.
 */
const REASONS: Array<[RegExp, Bilingual]> = [
  [/central directory record signature not found|not a zip/i, { fa: 'این فایل zip نیست یا ناقص است (پایانِ فهرست zip پیدا نشد)', en: 'this is not a zip file, or it is cut short (no end of central directory record)' }],
  [/unexpected EOF|truncated|overflows file bounds|unexpected end/i, { fa: 'فایل ناقص است و پیش از پایان بریده شده', en: 'the file is cut short' }],
  [/signature/i, { fa: 'ساختار zip آسیب دیده است', en: 'the zip structure is damaged' }],
  [/encrypt/i, { fa: 'رمزگذاری شده است', en: 'it is encrypted' }],
  [/multi-disk/i, { fa: 'zip چندبخشی پشتیبانی نمی‌شود', en: 'multi-part zip files are not supported' }],
  [/compression method/i, { fa: 'روش فشرده‌سازی پشتیبانی نمی‌شود', en: 'the compression method is not supported' }],
  [/too large|zip64/i, { fa: 'اندازهٔ zip بیش از حدی است که خوانده می‌شود', en: 'the zip is larger than can be read' }],
  [/invalid (stored block|distance|code|block type)|incorrect (header|data)|invalid literal/i, { fa: 'دادهٔ فشرده آسیب دیده است', en: 'the compressed data is damaged' }],
  [/^EACCES|permission denied/i, { fa: 'اجازهٔ خواندن نیست', en: 'permission denied' }],
  [/^ENOENT|no such file/i, { fa: 'پیدا نشد', en: 'not found' }],
  [/^EISDIR/i, { fa: 'پوشه است، نه فایل', en: 'it is a folder, not a file' }],
  [/^ELOOP/i, { fa: 'پیوندهای نمادین دور خود می‌چرخند', en: 'a loop of symbolic links' }],
  [/^EIO/i, { fa: 'خطای ورودی/خروجی دیسک', en: 'a disk input/output error' }],
];

export function reasonText(raw: string): Bilingual {
  for (const [pattern, text] of REASONS) if (pattern.test(raw)) return text;
  return { fa: 'خوانده نشد', en: raw };
}

interface Oxum {
  bytes: number;
  files: number;
}

const catalog = {
  bag_not_found: (p: { path: string }): Bilingual => ({
    fa: `پوشهٔ ${q(p.path)} پیدا نشد یا پوشه نیست.`,
    en: `Bag folder "${p.path}" does not exist or is not a folder.`,
  }),
  read_failed: (p: { file: string; reason: string }): Bilingual => ({
    fa: `خواندن ${q(p.file)} ممکن نشد: ${reasonText(p.reason).fa}.`,
    en: `Could not read ${p.file}: ${reasonText(p.reason).en}.`,
  }),
  not_regular_file: (p: { file: string }): Bilingual => ({
    fa: `${q(p.file)} فایل معمولی نیست (پیوند نمادین یا فایل ویژه است)؛ بسته فقط فایل معمولی می‌پذیرد.`,
    en: `${p.file} is not a regular file (it is a symbolic link or special file); a bag holds regular files only.`,
  }),

  bagit_txt_missing: (): Bilingual => ({
    fa: 'فایل «bagit.txt» در ریشهٔ بسته نیست؛ بدون آن این پوشه بستهٔ BagIt نیست.',
    en: 'bagit.txt is missing from the top of the bag; without it this is not a BagIt bag.',
  }),
  bagit_txt_bom: (): Bilingual => ({
    fa: '«bagit.txt» با نشانهٔ ترتیب بایت (BOM) شروع می‌شود؛ این فایل باید UTF-8 بدون BOM باشد.',
    en: 'bagit.txt starts with a byte-order mark (BOM); it must be UTF-8 without one.',
  }),
  bagit_txt_not_utf8: (): Bilingual => ({
    fa: '«bagit.txt» متن UTF-8 معتبر نیست.',
    en: 'bagit.txt is not valid UTF-8.',
  }),
  bagit_txt_line_invalid: (p: { line: number; text: string }): Bilingual => ({
    fa: `سطر ${fa(p.line)} فایل «bagit.txt» به شکل «برچسب: مقدار» نیست (بی‌فاصله پیش از «:» و یک فاصله پس از آن): ${q(p.text)}`,
    en: `Line ${p.line} of bagit.txt is not "Label: value" with no space before the colon and one after it: "${p.text}"`,
  }),
  bagit_txt_value_whitespace: (p: { label: string }): Bilingual => ({
    fa: `مقدار ${q(p.label)} در «bagit.txt» در آغاز یا پایان فاصلهٔ اضافه دارد.`,
    en: `The value of ${p.label} in bagit.txt has extra whitespace at its start or end.`,
  }),
  bagit_txt_unknown_label: (p: { label: string }): Bilingual => ({
    fa: `برچسب ناشناختهٔ ${q(p.label)} در «bagit.txt»؛ این فایل فقط BagIt-Version و Tag-File-Character-Encoding را دارد.`,
    en: `Unknown label "${p.label}" in bagit.txt; it holds only BagIt-Version and Tag-File-Character-Encoding.`,
  }),
  bagit_txt_duplicate_label: (p: { label: string }): Bilingual => ({
    fa: `برچسب ${q(p.label)} در «bagit.txt» بیش از یک بار آمده است.`,
    en: `${p.label} appears more than once in bagit.txt.`,
  }),
  version_missing: (): Bilingual => ({
    fa: '«bagit.txt» نسخهٔ BagIt را اعلام نمی‌کند (BagIt-Version).',
    en: 'bagit.txt does not declare BagIt-Version.',
  }),
  version_invalid: (p: { value: string }): Bilingual => ({
    fa: `نسخهٔ ${q(p.value)} در «bagit.txt» نامعتبر است؛ باید به شکل «عدد.عدد» باشد، مانند 1.0 یا 0.97.`,
    en: `BagIt-Version "${p.value}" in bagit.txt is invalid; it must be MAJOR.MINOR, e.g. 1.0 or 0.97.`,
  }),
  version_unsupported: (p: { value: string }): Bilingual => ({
    fa: `نسخهٔ BagIt ${q(p.value)} پشتیبانی نمی‌شود (پشتیبانی‌شده: 0.93 تا 0.97 و 1.x).`,
    en: `BagIt-Version ${p.value} is not supported (supported: 0.93 to 0.97 and 1.x).`,
  }),
  version_old: (p: { value: string }): Bilingual => ({
    fa: `نسخهٔ BagIt ${q(p.value)} پیش‌نویسی قدیمی است؛ بسته با قواعد نسخهٔ 0.97 بررسی شد.`,
    en: `BagIt-Version ${p.value} is an old draft; the bag was checked by the 0.97 rules.`,
  }),
  version_unknown: (p: { value: string }): Bilingual => ({
    fa: `نسخهٔ BagIt ${q(p.value)} شناخته نیست؛ بسته با قواعد نسخهٔ 1.0 بررسی شد.`,
    en: `BagIt-Version ${p.value} is not a known version; the bag was checked by the 1.0 rules.`,
  }),
  encoding_missing: (): Bilingual => ({
    fa: '«bagit.txt» رمزگذاری نویسه‌های فایل‌های برچسب (Tag-File-Character-Encoding) را اعلام نمی‌کند.',
    en: 'bagit.txt does not declare Tag-File-Character-Encoding.',
  }),
  encoding_unsupported: (p: { value: string }): Bilingual => ({
    fa: `رمزگذاری ${q(p.value)} که «bagit.txt» اعلام کرده شناخته نیست؛ فایل‌های برچسب UTF-8 فرض شدند.`,
    en: `The encoding "${p.value}" declared in bagit.txt is not known; tag files were read as UTF-8.`,
  }),
  tag_file_bom: (p: { file: string }): Bilingual => ({
    fa: `${q(p.file)} با نشانهٔ ترتیب بایت (BOM) شروع می‌شود که BagIt به کار نمی‌برد؛ نادیده گرفته شد.`,
    en: `${p.file} starts with a byte-order mark, which BagIt does not use; it was ignored.`,
  }),
  tag_file_undecodable: (p: { file: string; encoding: string }): Bilingual => ({
    fa: `${q(p.file)} با رمزگذاری اعلام‌شدهٔ ${q(p.encoding)} خوانا نیست.`,
    en: `${p.file} cannot be decoded as ${p.encoding}, the declared encoding.`,
  }),
  payload_dir_missing: (): Bilingual => ({
    fa: 'پوشهٔ محتوا «data/» در بسته نیست.',
    en: 'The payload folder data/ is missing.',
  }),

  bag_info_line_invalid: (p: { line: number }): Bilingual => ({
    fa: `سطر ${fa(p.line)} فایل «bag-info.txt» نه «برچسب: مقدار» است و نه ادامهٔ سطر پیشین.`,
    en: `Line ${p.line} of bag-info.txt is neither "Label: value" nor the continuation of a previous line.`,
  }),
  bag_info_label_whitespace: (p: { line: number; label: string }): Bilingual => ({
    fa: `برچسب ${q(p.label)} در سطر ${fa(p.line)} فایل «bag-info.txt» پیش یا پس از خود فاصله دارد.`,
    en: `The label "${p.label}" on line ${p.line} of bag-info.txt has whitespace before or after it.`,
  }),
  oxum_malformed: (p: { value: string }): Bilingual => ({
    fa: `مقدار Payload-Oxum ${q(p.value)} در «bag-info.txt» باید به شکل «تعداد‌بایت.تعداد‌فایل» باشد.`,
    en: `Payload-Oxum "${p.value}" in bag-info.txt must be OCTETS.FILES.`,
  }),
  oxum_repeated: (p: { values: string[] }): Bilingual => ({
    fa: `Payload-Oxum در «bag-info.txt» بیش از یک بار آمده است: ${faList(p.values)}.`,
    en: `Payload-Oxum appears more than once in bag-info.txt: ${enList(p.values)}.`,
  }),
  oxum_mismatch: (p: { declared: Oxum; actual: Oxum }): Bilingual => ({
    fa: `Payload-Oxum در «bag-info.txt» ${fa(p.declared.files)} فایل و ${fa(p.declared.bytes)} بایت اعلام کرده، اما «data/» ${fa(p.actual.files)} فایل و ${fa(p.actual.bytes)} بایت دارد.`,
    en: `Payload-Oxum in bag-info.txt declares ${p.declared.files} files and ${p.declared.bytes} bytes, but data/ holds ${p.actual.files} files and ${p.actual.bytes} bytes.`,
  }),
  oxum_unverifiable: (p: { declared: Oxum; actual: Oxum; missing: number }): Bilingual => ({
    fa: `Payload-Oxum (${fa(p.declared.files)} فایل، ${fa(p.declared.bytes)} بایت) با «data/» (${fa(p.actual.files)} فایل، ${fa(p.actual.bytes)} بایت) یکی نیست؛ تفاوت با ${fa(p.missing)} فایل سیستمیِ فهرست‌شده اما غایب توضیح داده می‌شود.`,
    en: `Payload-Oxum (${p.declared.files} files, ${p.declared.bytes} bytes) differs from data/ (${p.actual.files} files, ${p.actual.bytes} bytes); the difference is explained by ${p.missing} listed but absent system file(s).`,
  }),

  manifest_missing: (): Bilingual => ({
    fa: 'بسته هیچ فهرست محتوایی (manifest-<الگوریتم>.txt) ندارد.',
    en: 'The bag has no payload manifest (manifest-<algorithm>.txt).',
  }),
  manifest_algorithm_unsupported: (p: { file: string; algorithm: string }): Bilingual => ({
    fa: `الگوریتم ${q(p.algorithm)} در ${q(p.file)} پشتیبانی نمی‌شود؛ هش‌های این فهرست بررسی نشد.`,
    en: `Algorithm ${p.algorithm} of ${p.file} is not supported; its checksums were not checked.`,
  }),
  manifest_no_supported_algorithm: (): Bilingual => ({
    fa: 'هیچ فهرست محتوایی با الگوریتم قابل‌بررسی (md5، sha1، sha224، sha256، sha384، sha512) در بسته نیست؛ درستی محتوا را نمی‌توان سنجید.',
    en: 'No payload manifest uses an algorithm that can be checked (md5, sha1, sha224, sha256, sha384, sha512); the payload cannot be verified.',
  }),
  manifest_line_invalid: (p: { file: string; line: number }): Bilingual => ({
    fa: `سطر ${fa(p.line)} فایل ${q(p.file)} به شکل «هش مسیر» نیست.`,
    en: `Line ${p.line} of ${p.file} is not "CHECKSUM PATH".`,
  }),
  manifest_checksum_malformed: (p: { file: string; line: number; algorithm: string; checksum: string }): Bilingual => ({
    fa: `هش سطر ${fa(p.line)} فایل ${q(p.file)} (${q(p.checksum)}) یک مقدار شانزده‌شانزدهی ${p.algorithm} نیست.`,
    en: `The checksum on line ${p.line} of ${p.file} ("${p.checksum}") is not a hexadecimal ${p.algorithm} value.`,
  }),
  manifest_binary_marker: (p: { file: string; count: number }): Bilingual => ({
    fa: `${fa(p.count)} سطر در ${q(p.file)} پیش از مسیر نشانهٔ «*» ابزار md5sum را دارد؛ این نشانه نادیده گرفته شد.`,
    en: `${p.count} line(s) in ${p.file} carry md5sum's "*" binary-mode marker before the path; it was ignored.`,
  }),
  manifest_leading_whitespace: (p: { file: string; count: number }): Bilingual => ({
    fa: `${fa(p.count)} سطر در ${q(p.file)} با فاصله شروع می‌شود؛ فاصله نادیده گرفته شد.`,
    en: `${p.count} line(s) in ${p.file} start with whitespace; it was ignored.`,
  }),
  manifest_dot_slash: (p: { file: string; count: number; example: string }): Bilingual => ({
    fa: `${fa(p.count)} مسیر در ${q(p.file)} با «./» شروع می‌شود (مانند ${q(p.example)})؛ مسیرها باید بی «./» و نسبت به ریشهٔ بسته باشند.`,
    en: `${p.count} path(s) in ${p.file} start with "./" (e.g. "${p.example}"); paths should be relative to the bag's top without "./".`,
  }),
  manifest_path_unnormalized: (p: { file: string; line: number; path: string }): Bilingual => ({
    fa: `مسیر ${q(p.path)} در سطر ${fa(p.line)} فایل ${q(p.file)} بخش خالی یا «.» دارد.`,
    en: `The path "${p.path}" on line ${p.line} of ${p.file} has an empty or "." segment.`,
  }),
  path_out_of_scope: (p: { file: string; line: number; path: string; reason: OutOfScopeReason }): Bilingual => ({
    fa: `مسیر ${q(p.path)} در سطر ${fa(p.line)} فایل ${q(p.file)} به بیرون از بسته اشاره می‌کند (${SCOPE_REASON[p.reason].fa}).`,
    en: `The path "${p.path}" on line ${p.line} of ${p.file} points outside the bag (${SCOPE_REASON[p.reason].en}).`,
  }),
  manifest_entry_outside_payload: (p: { file: string; line: number; path: string }): Bilingual => ({
    fa: `فهرست محتوای ${q(p.file)} در سطر ${fa(p.line)} فایلی بیرون از «data/» را نام می‌برد: ${q(p.path)}.`,
    en: `Payload manifest ${p.file} lists "${p.path}" on line ${p.line}, which is not under data/.`,
  }),
  tagmanifest_lists_payload: (p: { file: string; line: number; path: string }): Bilingual => ({
    fa: `فهرست برچسب ${q(p.file)} در سطر ${fa(p.line)} فایل محتوای ${q(p.path)} را نام می‌برد؛ فایل‌های «data/» فقط در فهرست‌های محتوا می‌آیند.`,
    en: `Tag manifest ${p.file} lists the payload file "${p.path}" on line ${p.line}; files under data/ belong in payload manifests only.`,
  }),
  manifest_duplicate_conflict: (p: { file: string; path: string }): Bilingual => ({
    fa: `${q(p.path)} در ${q(p.file)} دو بار با هش‌های متفاوت آمده است.`,
    en: `${p.file} lists ${p.path} twice with different checksums.`,
  }),
  manifest_duplicate: (p: { file: string; path: string }): Bilingual => ({
    fa: `${q(p.path)} در ${q(p.file)} دو بار (با هش یکسان) آمده است.`,
    en: `${p.file} lists ${p.path} twice (with the same checksum).`,
  }),
  name_collision: (p: { file: string; names: string[] }): Bilingual => ({
    fa: `نام‌های ${faList(p.names)} در ${q(p.file)} فقط در بزرگی و کوچکی حروف یا شکل یونیکد فرق دارند و در ویندوز و مک یک فایل‌اند.`,
    en: `${p.file} lists ${enList(p.names)}, which differ only in letter case or Unicode normalisation and are one file on Windows and macOS.`,
  }),

  payload_missing: (p: { file: string; manifests: string[] }): Bilingual => ({
    fa: `فایل ${q(p.file)} در ${faList(p.manifests)} فهرست شده اما در بسته نیست.`,
    en: `${p.file} is listed in ${enList(p.manifests)} but is not in the bag.`,
  }),
  payload_unlisted: (p: { file: string }): Bilingual => ({
    fa: `فایل ${q(p.file)} در بسته هست اما در هیچ فهرست محتوایی نیامده است (فایل اضافه).`,
    en: `${p.file} is in the bag but not in any payload manifest (extra file).`,
  }),
  payload_not_in_manifest: (p: { file: string; manifest: string }): Bilingual => ({
    fa: `فایل ${q(p.file)} در ${q(p.manifest)} فهرست نشده است؛ هر فایل محتوا باید در همهٔ فهرست‌های محتوا بیاید.`,
    en: `${p.file} is not listed in ${p.manifest}; every payload file must be in every payload manifest.`,
  }),
  checksum_mismatch: (p: { file: string; manifest: string; algorithm: string; expected: string; actual: string }): Bilingual => ({
    fa: `هش ${p.algorithm} فایل ${q(p.file)} با ${q(p.manifest)} نمی‌خواند: انتظار ${p.expected}، به‌دست‌آمده ${p.actual}. فایل پس از ساخت بسته تغییر کرده یا آسیب دیده است.`,
    en: `The ${p.algorithm} checksum of ${p.file} does not match ${p.manifest}: expected ${p.expected}, got ${p.actual}. The file changed or was damaged after bagging.`,
  }),
  tag_file_missing: (p: { file: string; manifest: string }): Bilingual => ({
    fa: `فایل برچسب ${q(p.file)} در ${q(p.manifest)} فهرست شده اما در بسته نیست.`,
    en: `Tag file ${p.file} is listed in ${p.manifest} but is not in the bag.`,
  }),
  name_alias: (p: { file: string; actual: string; manifest: string }): Bilingual => ({
    fa: `${q(p.file)} در ${q(p.manifest)} فهرست شده اما با نام ${q(p.actual)} در بسته هست (تفاوت فقط در بزرگی و کوچکی حروف، شکل یونیکد یا فاصلهٔ پایانی)؛ محتوایش با هش می‌خواند.`,
    en: `${p.file} is listed in ${p.manifest} but present as ${p.actual} (differing only in letter case, Unicode normalisation or trailing blanks); its content matches the checksum.`,
  }),
  system_file: (p: { file: string }): Bilingual => ({
    fa: `${q(p.file)} فایل سیستمی (مانند .DS_Store یا Thumbs.db) است و بهتر است در بسته نباشد.`,
    en: `${p.file} is an operating-system file (like .DS_Store or Thumbs.db) and is better left out of a bag.`,
  }),
  system_file_missing: (p: { file: string }): Bilingual => ({
    fa: `فایل سیستمی ${q(p.file)} فهرست شده اما در بسته نیست؛ ابزارهای کپی چنین فایل‌هایی را حذف می‌کنند و آن‌ها محتوای بسته به شمار نمی‌آیند.`,
    en: `The operating-system file ${p.file} is listed but absent; copy tools drop such files and they are not content.`,
  }),

  fetch_line_invalid: (p: { line: number }): Bilingual => ({
    fa: `سطر ${fa(p.line)} فایل «fetch.txt» به شکل «نشانی اندازه مسیر» نیست.`,
    en: `Line ${p.line} of fetch.txt is not "URL LENGTH PATH".`,
  }),
  fetch_url_invalid: (p: { line: number; url: string }): Bilingual => ({
    fa: `نشانی ${q(p.url)} در سطر ${fa(p.line)} فایل «fetch.txt» نشانی اینترنتی معتبری نیست.`,
    en: `"${p.url}" on line ${p.line} of fetch.txt is not a valid URL.`,
  }),
  fetch_length_invalid: (p: { line: number; length: string }): Bilingual => ({
    fa: `اندازهٔ ${q(p.length)} در سطر ${fa(p.line)} فایل «fetch.txt» باید عدد یا «-» باشد.`,
    en: `The length "${p.length}" on line ${p.line} of fetch.txt must be a number or "-".`,
  }),
  fetch_entry_outside_payload: (p: { line: number; path: string }): Bilingual => ({
    fa: `«fetch.txt» در سطر ${fa(p.line)} فایلی بیرون از «data/» را نام می‌برد: ${q(p.path)}.`,
    en: `fetch.txt names "${p.path}" on line ${p.line}, which is not under data/.`,
  }),
  fetch_entry_not_in_manifest: (p: { path: string; manifest: string }): Bilingual => ({
    fa: `${q(p.path)} در «fetch.txt» آمده اما در ${q(p.manifest)} فهرست نشده است.`,
    en: `${p.path} is in fetch.txt but not listed in ${p.manifest}.`,
  }),
  fetch_not_retrieved: (p: { file: string }): Bilingual => ({
    fa: `${q(p.file)} در «fetch.txt» آمده و هنوز دریافت نشده است؛ بسته کامل نیست.`,
    en: `${p.file} is listed in fetch.txt and has not been fetched; the bag is incomplete.`,
  }),

  zip_unreadable: (p: { file: string; reason: string }): Bilingual => ({
    fa: `${q(p.file)} فایل zip خوانایی نیست: ${reasonText(p.reason).fa}.`,
    en: `${p.file} is not a readable zip file: ${reasonText(p.reason).en}.`,
  }),
  zip_too_many_entries: (p: { count: number; limit: number }): Bilingual => ({
    fa: `فایل zip ${fa(p.count)} مدخل دارد که از سقف ${fa(p.limit)} بیشتر است؛ بررسی نشد.`,
    en: `The zip has ${p.count} entries, over the limit of ${p.limit}; it was not checked.`,
  }),
  zip_too_large: (p: { limit: number }): Bilingual => ({
    fa: `حجم بازشدهٔ فایل zip از سقف ${fa(p.limit)} بایت بیشتر است؛ خواندن متوقف شد (احتمال بمب zip).`,
    en: `The zip inflates to more than the limit of ${p.limit} bytes; reading stopped (possible zip bomb).`,
  }),
  zip_path_unsafe: (p: { file: string; reason: ZipPathReason }): Bilingual => ({
    fa: `نام ${q(p.file)} در zip ناامن است (${ZIP_PATH_REASON[p.reason].fa})؛ باز کردن آن ممکن است فایلی بیرون از پوشهٔ مقصد بنویسد.`,
    en: `The zip entry name "${p.file}" is unsafe (${ZIP_PATH_REASON[p.reason].en}); extracting it could write outside the target folder.`,
  }),
  zip_duplicate_entry: (p: { file: string }): Bilingual => ({
    fa: `نام ${q(p.file)} در zip بیش از یک بار آمده است.`,
    en: `The zip holds "${p.file}" more than once.`,
  }),
  zip_symlink: (p: { file: string }): Bilingual => ({
    fa: `${q(p.file)} در zip پیوند نمادین است؛ بسته فقط فایل معمولی می‌پذیرد.`,
    en: `${p.file} in the zip is a symbolic link; a bag holds regular files only.`,
  }),
  zip_special_entry: (p: { file: string }): Bilingual => ({
    fa: `${q(p.file)} در zip فایل ویژه (دستگاه، لوله یا سوکت) است.`,
    en: `${p.file} in the zip is a special file (device, pipe or socket).`,
  }),
  zip_encrypted: (p: { file: string }): Bilingual => ({
    fa: `${q(p.file)} در zip رمزگذاری شده است و خواندنی نیست.`,
    en: `${p.file} in the zip is encrypted and cannot be read.`,
  }),
  zip_compression_unsupported: (p: { file: string; method: number }): Bilingual => ({
    fa: `${q(p.file)} در zip با روش فشرده‌سازی ${fa(p.method)} ذخیره شده که پشتیبانی نمی‌شود (فقط store و deflate).`,
    en: `${p.file} in the zip uses compression method ${p.method}, which is not supported (only store and deflate).`,
  }),
  zip_crc_mismatch: (p: { file: string }): Bilingual => ({
    fa: `CRC فایل ${q(p.file)} در zip نمی‌خواند؛ داده آسیب دیده است.`,
    en: `The CRC-32 of ${p.file} in the zip does not match; the data is damaged.`,
  }),
  zip_entry_corrupt: (p: { file: string; reason: string }): Bilingual => ({
    fa: `${q(p.file)} در zip خراب است: ${reasonText(p.reason).fa}.`,
    en: `${p.file} in the zip is corrupt: ${reasonText(p.reason).en}.`,
  }),
  zip_no_bag: (): Bilingual => ({
    fa: 'در zip نه «bagit.txt» در ریشه هست و نه یک پوشهٔ تنها در ریشه که «bagit.txt» داشته باشد.',
    en: 'The zip has neither bagit.txt at its top nor a single top folder holding bagit.txt.',
  }),
  zip_not_regular: (p: { file: string }): Bilingual => ({
    fa: `${q(p.file)} فایل معمولی نیست (پیوند نمادین، لوله، دستگاه یا پوشه است) و باز نشد.`,
    en: `${p.file} is not a regular file (a symbolic link, pipe, device or folder) and was not opened.`,
  }),
  zip_entry_too_large: (p: { file: string; size: number; limit: number }): Bilingual => ({
    fa: `${q(p.file)} در zip ${p.size.toLocaleString('fa-IR')} بایت است و از سقف ${p.limit.toLocaleString('fa-IR')} بایت برای یک فایل بسته بیشتر است؛ باز نشد.`,
    en: `${p.file} in the zip is ${p.size} bytes, over the limit of ${p.limit} bytes for one file of a package; it was not inflated.`,
  }),
  zip_local_header_mismatch: (p: { file: string; local: string }): Bilingual => ({
    fa: `سرآیند محلی ${q(p.file)} در zip نام دیگری دارد (${q(p.local)}) یا با فهرست مرکزی نمی‌خواند؛ برنامه‌ای که zip را از آغاز می‌خواند فایل دیگری می‌بیند. این zip دست‌کاری شده است.`,
    en: `The local header of ${p.file} in the zip names something else ("${p.local}") or disagrees with the central directory; a program that reads the zip from its start sees another file. The zip was tampered with.`,
  }),
} as const;

export type BagProblemCode = keyof typeof catalog;

type ParamsOf<C extends BagProblemCode> = Parameters<(typeof catalog)[C]> extends [infer P] ? P : undefined;

/** What `messageFor` takes after the code: nothing, or that message's parameters. */
export type MessageArgs<C extends BagProblemCode> = ParamsOf<C> extends undefined ? [] : [ParamsOf<C>];

export function messageFor<C extends BagProblemCode>(code: C, ...params: MessageArgs<C>): Bilingual {
  const build = catalog[code] as (p?: unknown) => Bilingual;
  return build(params[0]);
}
