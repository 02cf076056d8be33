/**
 * The docx package as bytes that depend only on the draft. The `docx` library stamps the clock into
 * docProps/core.xml (dcterms:created, dcterms:modified) and into every zip entry; this rewrites the
 * package with one fixed time in both, through the bag's own zip writer (stored entries, UTC DOS times,
 * no machine-dependent deflate), so the same draft gives the same .docx everywhere and a package can
 * carry it. Two things docx 9.7 cannot say are added on the way: the section's right-to-left flag
 * (w:bidi in w:sectPr) and the fonts to use where B Nazanin is missing (w:altName in the font table).
 */

import yauzl from 'yauzl';
import { writeStoredZip, type ZipEntry } from '../bagit/zip-writer.js';

export interface DocxFixups {
  /** The fixed time written everywhere. */
  when: Date;
  /** Fallback names for a font, e.g. B Nazanin → Vazirmatn, Tahoma. */
  altNames: Record<string, string>;
}

async function entriesOf(buffer: Buffer): Promise<Array<{ name: string; data: Buffer }>> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.fromBuffer(buffer, { lazyEntries: true }, (err, z) => (err ? reject(err) : resolve(z))));
  const out: Array<{ name: string; data: Buffer }> = [];
  await new Promise<void>((resolve, reject) => {
    zip.on('error', reject);
    zip.on('end', () => resolve());
    zip.on('entry', (entry: yauzl.Entry) => {
      if (entry.fileName.endsWith('/')) {
        zip.readEntry();
        return;
      }
      zip.openReadStream(entry, (err, stream) => {
        if (err) return reject(err);
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('error', reject);
        stream.on('end', () => {
          out.push({ name: entry.fileName, data: Buffer.concat(chunks) });
          zip.readEntry();
        });
      });
    });
    zip.readEntry();
  });
  return out;
}

const xmlEscape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function fixCore(xml: string, iso: string): string {
  return xml
    .replace(/(<dcterms:created\b[^>]*>)[^<]*(<\/dcterms:created>)/, `$1${iso}$2`)
    .replace(/(<dcterms:modified\b[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${iso}$2`);
}

/** w:bidi goes after w:textDirection and before w:rtlGutter and w:docGrid in the schema's order. */
function fixSection(xml: string): string {
  return xml.replace(/<w:sectPr\b[^>]*>[\s\S]*?<\/w:sectPr>/g, (sect) => {
    if (/<w:bidi\b/.test(sect)) return sect;
    const before = /<w:rtlGutter\b|<w:docGrid\b|<w:printerSettings\b|<w:sectPrChange\b|<\/w:sectPr>/.exec(sect);
    return before ? `${sect.slice(0, before.index)}<w:bidi/>${sect.slice(before.index)}` : sect;
  });
}

function fixFonts(xml: string, altNames: Record<string, string>): string {
  let out = xml;
  for (const [name, alt] of Object.entries(altNames)) {
    const font = new RegExp(`<w:font w:name="${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"\\s*/>|<w:font w:name="${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}">`);
    const decl = `<w:font w:name="${xmlEscape(name)}"><w:altName w:val="${xmlEscape(alt)}"/><w:charset w:val="B2"/><w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>`;
    if (font.test(out)) continue;
    // docx writes an empty table as one self-closing element.
    out = /<w:fonts\b[^>]*\/>/.test(out) ? out.replace(/(<w:fonts\b[^>]*?)\s*\/>/, `$1>${decl}</w:fonts>`) : out.replace(/<\/w:fonts>/, `${decl}</w:fonts>`);
  }
  return out;
}

export async function deterministicDocx(buffer: Buffer, fixups: DocxFixups): Promise<Buffer> {
  const iso = fixups.when.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const entries: ZipEntry[] = [];
  for (const { name, data } of await entriesOf(buffer)) {
    let out = data;
    if (name === 'docProps/core.xml') out = Buffer.from(fixCore(data.toString('utf8'), iso), 'utf8');
    else if (name === 'word/document.xml') out = Buffer.from(fixSection(data.toString('utf8')), 'utf8');
    else if (name === 'word/fontTable.xml') out = Buffer.from(fixFonts(data.toString('utf8'), fixups.altNames), 'utf8');
    entries.push({ name, data: out });
  }
  // [Content_Types].xml first, as Word writes it; the rest in the order docx wrote them.
  entries.sort((a, b) => (a.name === '[Content_Types].xml' ? -1 : b.name === '[Content_Types].xml' ? 1 : 0));
  return writeStoredZip(entries, fixups.when);
}
