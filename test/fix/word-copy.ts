/**
 * What an old Word copy does to a draft, as a function of the clean text: the orthography of the
 * 1990s–2000s Persian Windows layouts (Arabic ي and ك, Arabic-Indic digits, U+200F for the half-space,
 * a plain space after «می»/«نمی», a Latin comma between words), and an editor's renumbering that left a
 * gap with the references still reading the old numbers, and a closing that was not updated.
 * The fixer must give the clean text back, byte for byte.
 */
export function wordCopy(clean: string, opts: { gapAfter: number; lastArticle: number; closing: [string, string] }): string {
  const lines = clean.split('\n');
  let inArticles = false;
  const out = lines.map((line, n) => {
    if (/^(?:articles|chapters):/.test(line)) inArticles = true;
    else if (/^\S/.test(line)) inArticles = false;
    // Keys, comments and machine values stay as they are; prose values get the Word treatment.
    if (inArticles) {
      const num = /^(\s*- number: )(\d+)$/.exec(line);
      if (num) return Number(num[2]) > opts.gapAfter ? `${num[1]}${Number(num[2]) + 1}` : line;
    }
    const m = /^(\s*(?:- )?(?:[A-Za-z]+: )?(?:>-\s*)?)(.*)$/.exec(line)!;
    const head = m[1]!;
    let body = m[2]!;
    if (/^\s*#/.test(line) || !/[\u0600-\u06FF]/.test(body)) return line;
    if (n % 5 === 2) body = body.replace(/(^|[\s«(])(ن?می)\u200C/g, '$1$2 ');
    if (n % 2 === 0) body = body.replace(/ی/g, 'ي').replace(/ک/g, 'ك');
    if (n % 3 === 0) body = body.replace(/[۰-۹]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0x90));
    if (n % 4 === 1) body = body.replace(/\u200C/g, '\u200F');
    if (n % 7 === 3) body = body.replace(/(?<=[\u0600-\u06FF])، (?=[\u0600-\u06FF])/g, ', ');
    return head + body;
  });
  let text = out.join('\n');
  // References to the articles after the gap read the old (shifted) numbers.
  text = text.replace(/ماده ([۰-۹٠-٩]+)(?![۰-۹٠-٩]| قانون)/g, (all, digits: string) => {
    const value = Number(digits.replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x6f0)).replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660)));
    if (value <= opts.gapAfter || value > opts.lastArticle) return all;
    const persian = /[۰-۹]/.test(digits);
    const shifted = String(value + 1).replace(/[0-9]/g, (d) => String.fromCharCode((persian ? 0x6f0 : 0x660) + Number(d)));
    return `ماده ${shifted}`;
  });
  return text.replace(opts.closing[0], opts.closing[1]);
}
