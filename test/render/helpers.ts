import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadDraftData } from '../../src/core/render/load.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const fixture = (name: string): string => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
export const DIRECTIVE = fileURLToPath(new URL('../package/fixtures/directive/draft.yaml', import.meta.url));

export function load(path: string): Record<string, unknown> {
  const r = loadDraftData(readFileSync(path, 'utf8'));
  if (!r.ok) throw new Error(`cannot load ${path}`);
  return r.data;
}

/** The visible text of an HTML page: no head, no tags, entities decoded. */
export function visibleText(html: string): string {
  return html
    .replace(/<head>[\s\S]*?<\/head>/, '')
    .replace(/<\/?bdi[^>]*>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&#x3D;/g, '=').replace(/&#x60;/g, '`').replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}
