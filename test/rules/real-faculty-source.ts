/*
 * Reads the kept page of «آیین نامه اداری استخدامی اعضای هیئت علمی دانشگاه های علوم پزشکی کشور» (1390,
 * test/fixtures/real/sources/faculty-employment-bylaw-1390.txt) the way the fixture's header says it was
 * transcribed, so that a test can assert the fixture is that page word for word. The page is a flat text: one
 * line per heading, article, clause, note or table row. What this reader does, and nothing else:
 * - drops the headings the renderer writes («فصل اول :», «قسمت اول :», «ماده 1-», «تبصره 1:», «الف )») and
 *   trims each line; the third chapter's title stands on its own line without «فصل سوم :»;
 * - a line that opens with none of them continues the text before it, kept as a new line ("\n");
 * - a note printed after a lettered clause belongs to that clause, except after the article's last clause,
 *   where it belongs to the article (as «تبصره» after the last «بند» of a list does in Iranian drafting);
 * - a lettered line after a note of the article itself (article 92) stays a line of that note: a note holds
 *   no clauses in format 1.1;
 * - a table is an article's table wherever the page prints it (under clause «ح» of article 21, under note 5
 *   of articles 104 and 105): format 1.1 has tables only on an article, printed after its clauses and before
 *   its notes; a line after a table and before the article's notes (article 105) joins the article's text;
 * - the cells of each table are given below, as data: a row's cells joined by spaces are its line(s) on the
 *   page (runs of spaces counted as one), which this reader checks.
 */

export interface FNote { text: string }
export interface FClause { label: string; text: string; notes?: FNote[] }
export interface FTable { caption?: string; header: string[]; rows: string[][] }
export interface FArticle { number: number; text: string; clauses?: FClause[]; tables?: FTable[]; notes?: FNote[] }
export interface FSection { number: number; title: string; articles: FArticle[] }
export interface FChapter { number: number; title: string; articles?: FArticle[]; sections?: FSection[] }

/** A table as the page prints it: a caption on its own line, or at the head of the header's line. */
interface TableSpec extends FTable { captionInline?: boolean }

const RANKS = ['مربی آموزشیار', 'مربی', 'استادیار', 'دانشیار', 'استاد'];
const POLITICAL = 'مقامات سیاسی : رؤسای سه قوه،معاون اول رئیس جمهور، نواب رییس مجلس شورای اسلامی  و اعضای شورای نگهبان ،وزرا،نمایندگان مجلس شورای اسلامی و معاونین رییس جمهور، استانداران و سفرا، معاونین وزرا';

/** The tables of the page, by article, in the order the page prints them. */
export const TABLES: Record<number, TableSpec[]> = {
  21: [{
    header: ['ردیف', 'آزادگان ، اسرا و مفقودین', 'جانبازان', 'رزمندگان', 'امتیاز'],
    rows: [
      ['1', 'تا 1 سال سابقه اسارت ، مفقودیت', '10%- 19% ازکارافتادگی', '6ماه تا1 سال خدمت در جبهه ( کمتر از6ماه تعلق نمیگیرد)', '1پایه ترفیع'],
      ['2', '1 تا2 سال سابقه اسارت، مفقودیت', '20%- 29% از کارافتادگی', '1 تا 2 سال خدمت در جبهه', '2پایه ترفیع'],
      ['3', '2 تا 3 سال سابقه اسارت ، مفقودیت', '30%- 39% از کارافتادگی', '2 تا 3 سال خدمت در جبهه', '3 پایه ترفیع'],
      ['4', '3تا 4 سال سابقه اسارت ، مفقودیت', '40%- 49% از کارافتادگی', '3 تا4 سال خدمت در جبهه', '5 پایه ترفیع'],
      ['5', '4 تا 5سال سابقه اسارت ، مفقودیت', '50%- 59% از کارافتادگی', '4 تا 5 سال خدمت در جبهه', '7 پایه ترفیع'],
      ['6', '5 تا 6سال سابقه اسارت ، مفقودیت', '60%- 69% از کارافتادگی', '5 تا 6 سال خدمت در جبهه', '9 پایه ترفیع'],
      ['7', '6سال به بالا سابقه اسارت ، مفقودیت', '70%از کارافتادگی به بالا', '6 سال به بالا خدمت در جبهه',
        '11پایه ترفیع با توجه به اینکه مرتبه عضو هیأت علمی یک شاخص صرفاً علمی و مستقل از سابقه و سنوات  خدمت است ، ارتقای مرتبه این اعضاء کماکان تابع مقررات آئین نامه ارتقاء می باشد و ترفیعات بعدی این اعضاء مشمول مقررات آیین نامه ترفیع است .'],
    ],
  }],
  46: [{ caption: 'عدد مبنا', header: RANKS, rows: [['90', '100', '125', '145', '170']] }],
  48: [{ caption: 'ضریب فوق العاده مخصوص', header: RANKS, rows: [['77/1', '1/2', '6/2', '87/2', '98/2']] }],
  51: [{
    caption: 'ضریب فوق العاده ویژه', captionInline: true, header: ['تاریخ اجرا', ...RANKS],
    rows: [['از12/11/83 تا 29/12/88', '6/3', '4', '6/5', '2/5', '8/4'], ['از1/1/89 به بعد', '5/6', '5/6', '9', '5/8', '7/7']],
  }],
  104: [
    {
      header: ['ردیف', 'مرتبه دانشگاهی هیأت علمی آموزشی', 'ساعت موظف تدریس درهفته'],
      rows: [
        ['1', 'مربی آموزشیار', '15 ساعت تا 17 ساعت'], ['2', 'مربی', '14 ساعت تا 16 ساعت'], ['3', 'استادیار', '12 ساعت تا 14 ساعت'],
        ['4', 'دانشیار', '10 ساعت تا 12 ساعت'], ['5', 'استاد', '8 ساعت تا 10 ساعت'],
      ],
    },
    {
      header: ['ردیف', 'مقامات سیاسی و سمت های اجرایی', 'واحد موظف تدریس'],
      rows: [
        ['1', POLITICAL, '0 واحد'],
        ['2', 'رؤسای دانشگاههای علوم پزشکی ، رؤسای سازمان های مستقل و مشاورین وزیر', '1 واحد'],
        ['3', 'رؤسای دانشکده های مستقل ، معاونین دانشگاهها، مشاورین معاونین وزیر و مدیران کل ستادی وزارت بهداشت،درمان و آموزش پزشکی و رییس دانشکده پزشکی', '2 واحد'],
        ['4', 'رؤسای سایر دانشکده ها و معاونین دانشکده های علوم پزشکی مستقل', '3 واحد'],
        ['5', 'معاونین دانشکده ها ، رؤسای بیمارستان ها ،مدیران ستاد دانشگاه', '4 واحد'],
        ['6', 'مشاورین رئیس دانشگاه و معاونان ادارات کل وزارت بهداشت ، درمان و آموزش پزشکی', '5 واحد'],
        ['7', 'معاونین مدیران دانشگاه ، مدیران گروه', '9 واحد'],
      ],
    },
  ],
  105: [
    {
      header: ['ردیف', 'مرتبه دانشگاهی هیأت علمی پژوهشی', 'واحد موظف'],
      rows: [['1', 'مربی پژوهش', '9 واحد'], ['2', 'استادیار پژوهش', '8 واحد'], ['3', 'دانشیار پژوهش', '7 واحد'], ['4', 'استاد پژوهش', '6 واحد']],
    },
    {
      header: ['ردیف', 'مقامات سیاسی و سمت های اجرایی', 'واحد موظف پژوهشی'],
      rows: [
        ['1', POLITICAL, '0 واحد'],
        ['2', 'رؤسای پژوهشگاهها و مشاورین وزیر', '1 واحد'],
        ['3', 'معاونین پژوهشگاهها ،مشاورین معاونین وزیر و مدیران کل ستادی وزارت بهداشت،درمان و آموزش پزشکی', '2 واحد'],
        ['4', 'رؤسای پژوهشکده ها و مراکز رشد', '3 واحد'],
        ['5', 'معاونین پژوهشکده ها ومراکز رشد ، رؤسای مراکز تحقیقاتی مدیران ستادی پژوهشگاه', '4 واحد'],
        ['6', 'معاونین مراکز تحقیقاتی ، مشاورین پژوهشگاه ، معاونان  ادارات  کل وزارت بهداشت ، درمان و آموزش پزشکی', '5 واحد'],
        ['7', 'مدیران گروه و بخشهای پژوهشی', '6 واحد'],
      ],
    },
  ],
};

const ORDINALS = ['اول', 'دوم', 'سوم', 'چهارم', 'پنجم', 'ششم', 'هفتم', 'هشتم', 'نهم', 'دهم', 'یازدهم'];
/** The third chapter's title, which the page prints without «فصل سوم :». */
const UNNAMED_CHAPTER = 'ترفیع پایه و ارتقاء';
const CHAPTER = /^فصل (\S+)\s*:\s*(.*)$/;
const SECTION = /^قسمت (\S+)\s*:\s*(.*)$/;
/** «ماده 1-», «ماده 15 :», «ماده35-», and article 62's heading as the page misspells it, «ماه62-». */
const ARTICLE = /^ماد?ه\s*(\d+)\s*[-–:]\s*(.*)$/;
const NOTE = /^تبصره\s*(\d+)?\s*[-–:]\s*(.*)$/;
const CLAUSE = /^(الف|هـ|ب|ج|د|ه|و|ز|ح|ط|ی)\s*[):]\s*(.*)$/;

/** Whitespace runs as one space, ends trimmed: how a row's cells are compared with its line. */
export const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

const headerLine = (t: TableSpec): string => squash(`${t.captionInline ? `${t.caption} ` : ''}${t.header.join(' ')}`);

export function readFacultyPage(page: string): FChapter[] {
  const lines = page.split('\n').slice(2).map((l) => l.trim()).filter((l) => l !== '');
  const chapters: FChapter[] = [];
  let article: FArticle | undefined;
  /** Where a line that opens with no heading belongs. */
  let last: { kind: 'article' } | { kind: 'clause'; clause: FClause } | { kind: 'note'; note: FNote; ofClause: boolean } | { kind: 'table' } = { kind: 'article' };
  let pendingTables: TableSpec[] = [];

  const finishArticle = (): void => {
    if (!article) return;
    if (pendingTables.length > 0) throw new Error(`article ${article.number}: tables not found on the page: ${pendingTables.length}`);
    // Notes after an article's last clause are the article's.
    const lastClause = article.clauses?.at(-1);
    if (lastClause?.notes && !article.notes) {
      article.notes = lastClause.notes;
      delete lastClause.notes;
    }
    article = undefined;
  };
  const articlesOf = (): FArticle[] => {
    const chapter = chapters.at(-1)!;
    const section = chapter.sections?.at(-1);
    if (section) return section.articles;
    return (chapter.articles ??= []);
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    let m: RegExpExecArray | null;
    const table = pendingTables[0];
    if (article && table && squash(line) === squash(table.captionInline || !table.caption ? headerLine(table) : table.caption)) {
      if (table.caption && !table.captionInline) {
        i++;
        if (squash(lines[i]!) !== headerLine(table)) throw new Error(`article ${article.number}: header «${lines[i]}»`);
      }
      for (const row of table.rows) {
        let text = lines[++i]!;
        while (squash(text).length < squash(row.join(' ')).length) text = `${text} ${lines[++i]!}`;
        if (squash(text) !== squash(row.join(' '))) throw new Error(`article ${article.number}: row «${text}» is not «${row.join(' ')}»`);
      }
      const { captionInline: _inline, ...plain } = table;
      (article.tables ??= []).push(plain);
      pendingTables = pendingTables.slice(1);
      last = { kind: 'table' };
    } else if ((m = CHAPTER.exec(line)) || line === UNNAMED_CHAPTER) {
      finishArticle();
      const number = m ? ORDINALS.indexOf(m[1]!) + 1 : chapters.length + 1;
      if (number !== chapters.length + 1) throw new Error(`chapter «${line}» out of order`);
      chapters.push({ number, title: m ? m[2]!.trim() : line });
    } else if ((m = SECTION.exec(line))) {
      finishArticle();
      const chapter = chapters.at(-1)!;
      (chapter.sections ??= []).push({ number: ORDINALS.indexOf(m[1]!) + 1, title: m[2]!.trim(), articles: [] });
    } else if ((m = ARTICLE.exec(line))) {
      finishArticle();
      article = { number: Number(m[1]), text: m[2]!.trim() };
      articlesOf().push(article);
      pendingTables = [...(TABLES[article.number] ?? [])];
      last = { kind: 'article' };
    } else if ((m = NOTE.exec(line))) {
      const note = { text: m[2]!.trim() };
      if (last.kind === 'clause' || (last.kind === 'note' && last.ofClause)) {
        const clause = article!.clauses!.at(-1)!;
        (clause.notes ??= []).push(note);
        last = { kind: 'note', note, ofClause: true };
      } else {
        (article!.notes ??= []).push(note);
        last = { kind: 'note', note, ofClause: false };
      }
    } else if ((m = CLAUSE.exec(line)) && !(last.kind === 'note' && !last.ofClause)) {
      const clause = { label: m[1]!, text: m[2]!.trim() };
      (article!.clauses ??= []).push(clause);
      last = { kind: 'clause', clause };
    } else if (last.kind === 'clause') {
      last.clause.text += `\n${line}`;
    } else if (last.kind === 'note') {
      last.note.text += `\n${line}`;
    } else {
      article!.text += `\n${line}`;
    }
  }
  finishArticle();
  return chapters;
}

/** The same structure read from a loaded fixture, keeping only what the page holds. */
export function facultyStructureOf(data: Record<string, unknown>): FChapter[] {
  type Raw = Record<string, unknown>;
  const notes = (v: unknown): FNote[] | undefined => (v ? (v as Raw[]).map((n) => ({ text: n.text as string })) : undefined);
  const article = (a: Raw): FArticle => ({
    number: a.number as number,
    text: a.text as string,
    ...(a.clauses ? {
      clauses: (a.clauses as Raw[]).map((c) => ({ label: c.label as string, text: c.text as string, ...(c.notes ? { notes: notes(c.notes)! } : {}) })),
    } : {}),
    ...(a.tables ? { tables: a.tables as FTable[] } : {}),
    ...(a.notes ? { notes: notes(a.notes)! } : {}),
  });
  return (data.chapters as Raw[]).map((c) => ({
    number: c.number as number,
    title: c.title as string,
    ...(c.articles ? { articles: (c.articles as Raw[]).map(article) } : {}),
    ...(c.sections ? {
      sections: (c.sections as Raw[]).map((s) => ({ number: s.number as number, title: s.title as string, articles: (s.articles as Raw[]).map(article) })),
    } : {}),
  }));
}

/** Counts, for the closing: articles, and notes of articles and of clauses. */
export function facultyCounts(chapters: FChapter[]): { articles: number; notes: number } {
  const all = chapters.flatMap((c) => [...(c.articles ?? []), ...(c.sections ?? []).flatMap((s) => s.articles)]);
  const notes = all.reduce((n, a) => n + (a.notes?.length ?? 0) + (a.clauses ?? []).reduce((k, c) => k + (c.notes?.length ?? 0), 0), 0);
  return { articles: all.length, notes };
}
