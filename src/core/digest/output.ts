/**
 * Where and in which format a digest is written, and whether an existing file may be replaced
 * without --force: only a file a digest itself wrote, recognised by its generator mark (the HTML's
 * <meta name="generator" content="pishnevis … digest">, the Markdown's first-line comment, the JSON's
 * $schema, the CSV's exact header row). Anything else is the user's and needs --force.
 */

import { closeSync, openSync, readSync } from 'node:fs';
import { extname } from 'node:path';
import { UsageError } from '../errors.js';
import { DIGEST_SCHEMA_ID } from './types.js';

export type DigestFormat = 'html' | 'md' | 'csv' | 'json';

const BY_EXTENSION: Record<string, DigestFormat> = { '.html': 'html', '.htm': 'html', '.md': 'md', '.markdown': 'md', '.csv': 'csv', '.json': 'json' };
const BY_NAME: Record<string, DigestFormat> = { html: 'html', md: 'md', markdown: 'md', csv: 'csv', json: 'json' };

/** The format asked for with --format, or told by -o's extension; HTML when neither says. */
export function digestFormat(format: string | undefined, output: string | undefined): DigestFormat {
  if (format !== undefined) {
    const f = BY_NAME[format.toLowerCase()];
    if (!f) throw new UsageError({ fa: `قالب «${format}» شناخته نیست؛ html، md، csv یا json.`, en: `Unknown format "${format}"; use html, md, csv or json.` });
    return f;
  }
  if (output === undefined || output === '' || /[\\/]$/.test(output)) return 'html';
  const ext = extname(output).toLowerCase();
  const f = BY_EXTENSION[ext];
  if (!f) {
    throw new UsageError({
      fa: `از پسوند «${ext || output}» قالب گزارش معلوم نیست؛ .html، .md، .csv یا .json بدهید، یا --format.`,
      en: `The extension "${ext || output}" does not tell the report's format; use .html, .md, .csv or .json, or --format.`,
    });
  }
  return f;
}

export const DEFAULT_NAMES: Record<DigestFormat, string> = { html: 'digest.html', md: 'digest.md', csv: 'digest.csv', json: 'digest.json' };

function head(path: string, bytes = 4096): string | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const buf = Buffer.alloc(bytes);
    const n = readSync(fd, buf, 0, bytes, 0);
    return buf.toString('utf8', 0, n).replace(/^\uFEFF/, '');
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Whether the file at `path` is a digest this tool wrote (in the format about to be written). */
export function isOwnDigest(path: string, format: DigestFormat, csvHeader: string): boolean {
  const text = head(path);
  if (text === undefined) return false;
  switch (format) {
    case 'html':
      return /^<!DOCTYPE html>/i.test(text) && /<meta name="generator" content="pishnevis [^"<>]* digest">/.test(text);
    case 'md':
      return /^<!-- generator: pishnevis \S+ digest -->\r?\n/.test(text);
    case 'json':
      return new RegExp(`^\\{\\s*"\\$schema":\\s*"${DIGEST_SCHEMA_ID.replace(/[.\\/]/g, '\\$&')}"`).test(text);
    case 'csv':
      return text.startsWith(`${csvHeader}\r\n`);
  }
}
