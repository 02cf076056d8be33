/**
 * The files rendering is made of: the Handlebars templates and stylesheet under templates/render/
 * and the Vazirmatn font files from the vazirmatn package. Read once per process, then cached.
 *
 * Only the weights the stylesheet uses are embedded (400 for text, 700 for headings and labels),
 * each as a base64 data: URL, so the document renders the same with no network and no installed font.
 */

import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { packagePath } from '../../paths.js';

export interface RenderAssets {
  /** The page template. */
  document: string;
  /** Partials by name (file name without `.hbs`). */
  partials: Record<string, string>;
  /** The stylesheet, without the @font-face rules. */
  css: string;
  /** @font-face rules with the fonts embedded. */
  fontFaces: string;
}

/** The font weights the stylesheet uses, and the Vazirmatn file for each. */
export const FONT_WEIGHTS: ReadonlyArray<readonly [number, string]> = [
  [400, 'Vazirmatn-Regular.woff2'],
  [700, 'Vazirmatn-Bold.woff2'],
];

/** templates/render/ of this package, wherever the code runs from (sources, dist/ or its bundle). */
export function templatesDir(): string {
  return packagePath('templates', 'render');
}

export function fontsDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('vazirmatn/package.json')), 'fonts', 'webfonts');
}

export function fontFaceCss(dir: string = fontsDir()): string {
  return FONT_WEIGHTS.map(([weight, file]) => {
    const data = readFileSync(join(dir, file)).toString('base64');
    return [
      '@font-face {',
      "  font-family: 'Vazirmatn';",
      `  src: url('data:font/woff2;base64,${data}') format('woff2');`,
      `  font-weight: ${weight};`,
      '  font-style: normal;',
      '  font-display: block;',
      '}',
    ].join('\n');
  }).join('\n');
}

let cached: RenderAssets | undefined;

export function loadRenderAssets(dir: string = templatesDir()): RenderAssets {
  if (cached && dir === templatesDir()) return cached;
  const partialsDir = join(dir, 'partials');
  const partials: Record<string, string> = {};
  for (const name of readdirSync(partialsDir).filter((f) => f.endsWith('.hbs')).sort()) {
    partials[name.slice(0, -4)] = readFileSync(join(partialsDir, name), 'utf8');
  }
  const assets: RenderAssets = {
    document: readFileSync(join(dir, 'document.hbs'), 'utf8'),
    partials,
    css: readFileSync(join(dir, 'style.css'), 'utf8'),
    fontFaces: fontFaceCss(),
  };
  if (dir === templatesDir()) cached = assets;
  return assets;
}
