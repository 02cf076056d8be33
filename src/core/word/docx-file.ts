/**
 * Opening a Word file: what kind of file it is (a .docx zip, an old binary .doc, something else) and
 * the few XML parts the importer reads beside mammoth (the body for list numbering and for what
 * mammoth passes over silently, numbering.xml, styles.xml). Everything is read into memory with caps:
 * a directive is a few hundred kilobytes, and a zip that inflates to more than the caps is refused.
 */

import yauzl from 'yauzl';
import { WordImportError } from './errors.js';

/** A .docx larger than this on disk is refused before it is read. */
export const MAX_DOCX_BYTES = 50 * 1024 * 1024;
/** The most one XML part may inflate to. */
export const MAX_PART_BYTES = 64 * 1024 * 1024;

export type FileKind = 'docx' | 'doc' | 'other';

/** By its first bytes: a zip (PK\3\4) or a Compound File Binary (the .doc of Word 97–2003). */
export function sniffKind(bytes: Uint8Array): FileKind {
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'docx';
  const cfb = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  if (bytes.length >= 8 && cfb.every((b, i) => bytes[i] === b)) return 'doc';
  return 'other';
}

/** The parts of a .docx the importer reads itself, as text (absent parts are undefined). */
export interface DocxParts {
  document: string;
  numbering?: string;
  styles?: string;
  /** Names of every entry, to tell whether comments, footnotes or media are there. */
  names: string[];
}

const WANTED = new Set(['word/document.xml', 'word/numbering.xml', 'word/styles.xml']);

export async function readDocxParts(buffer: Buffer): Promise<DocxParts> {
  let zip: yauzl.ZipFile;
  try {
    zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
      yauzl.fromBuffer(buffer, { lazyEntries: true, validateEntrySizes: true }, (err, z) => (err ? reject(err) : resolve(z))));
  } catch (e) {
    throw new WordImportError('not-a-docx', { fa: `این فایل zip درستی نیست (${(e as Error).message}).`, en: `This file is not a valid zip (${(e as Error).message}).` });
  }
  const found = new Map<string, string>();
  const names: string[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on('error', reject);
      zip.on('end', () => resolve());
      zip.on('entry', (entry: yauzl.Entry) => {
        names.push(entry.fileName);
        if (!WANTED.has(entry.fileName)) {
          zip.readEntry();
          return;
        }
        zip.openReadStream(entry, (err, stream) => {
          if (err) return reject(err);
          const chunks: Buffer[] = [];
          let size = 0;
          stream.on('data', (chunk: Buffer) => {
            size += chunk.length;
            if (size > MAX_PART_BYTES) {
              stream.destroy();
              reject(new WordImportError('too-large', { fa: `بخش ${entry.fileName} بیش از اندازه بزرگ است.`, en: `The part ${entry.fileName} is too large.` }));
              return;
            }
            chunks.push(chunk);
          });
          stream.on('error', reject);
          stream.on('end', () => {
            found.set(entry.fileName, Buffer.concat(chunks).toString('utf8'));
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  } catch (e) {
    if (e instanceof WordImportError) throw e;
    throw new WordImportError('not-a-docx', { fa: `این فایل zip خراب است (${(e as Error).message}).`, en: `This zip is damaged (${(e as Error).message}).` });
  } finally {
    zip.close();
  }
  const document = found.get('word/document.xml');
  if (document === undefined) {
    if (names.includes('content.xml')) {
      throw new WordImportError('not-a-docx', {
        fa: 'این سند OpenDocument (.odt) است، نه Word. آن را در LibreOffice باز کنید و با «ذخیره به نام» به‌صورت .docx (Word 2007-365) ذخیره کنید.',
        en: 'This is an OpenDocument text (.odt), not a Word document. Open it in LibreOffice and "Save As" Word 2007-365 (.docx).',
      });
    }
    throw new WordImportError('not-a-docx', { fa: 'این فایل zip سند Word نیست: word/document.xml در آن نیست.', en: 'This zip is not a Word document: it has no word/document.xml.' });
  }
  return { document, numbering: found.get('word/numbering.xml'), styles: found.get('word/styles.xml'), names };
}
