/**
 * Rendering a draft to one self-contained HTML page: right-to-left Persian, print-ready on A4, the
 * font embedded. A pure function of the draft's data and the template files: no clock, no locale,
 * no environment, so the same draft gives the same bytes everywhere (the package depends on that).
 *
 * Safety: every piece of user text reaches the page through `{{t …}}`, `{{ltr …}}`, `{{phone …}}` or
 * plain `{{ … }}`, all of which escape. Triple braces are used only for the tool's own stylesheet.
 */

import Handlebars from 'handlebars';
import { toPersianDigits } from '../../persian/digits.js';
import { loadRenderAssets, type RenderAssets } from './assets.js';
import { buildDocumentModel, type DraftData, type DocumentModel } from './model.js';
import { ltrText, persianNumbers, phoneText, richText } from './text.js';

export { buildDocumentModel, defaultClosing, renderDate, gregorianIso, organizationName, parseDraftDate, CATEGORY_NAMES } from './model.js';
export type { DocumentModel, DraftData, ArticleModel, ChapterModel, SectionModel, ClauseModel, ItemModel, NoteModel, QuoteModel, TableModel, ParagraphModel } from './model.js';
export { addedMarker } from './model.js';
export * from './draft-types.js';
export { richText, escapeHtml, persianNumbers } from './text.js';
export { loadRenderAssets, type RenderAssets } from './assets.js';
export { loadDraftData, type DraftLoad } from './load.js';

export interface RenderOptions {
  /** Templates, stylesheet and fonts; read from the package when not given. */
  assets?: RenderAssets;
  /** Written in <meta name="generator">, e.g. `pishnevis 0.1.0`. */
  generator?: string;
  /** Validation errors the draft has: a page of a draft with errors carries a banner saying how many. */
  errorCount?: number;
}

type Template = (context: unknown) => string;
const compiled = new WeakMap<RenderAssets, Template>();

function compile(assets: RenderAssets): Template {
  const existing = compiled.get(assets);
  if (existing) return existing;
  const hbs = Handlebars.create();
  hbs.registerHelper('t', (value: unknown) => new hbs.SafeString(richText(value)));
  hbs.registerHelper('ltr', (value: unknown) => new hbs.SafeString(ltrText(value)));
  hbs.registerHelper('phone', (value: unknown) => new hbs.SafeString(phoneText(value)));
  hbs.registerHelper('fa', (value: unknown) => toPersianDigits(String(value ?? '')));
  hbs.registerHelper('pn', (value: unknown) => persianNumbers(String(value ?? '')));
  hbs.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  for (const [name, source] of Object.entries(assets.partials)) hbs.registerPartial(name, source);
  const template = hbs.compile(assets.document, { strict: false, preventIndent: true, knownHelpersOnly: false });
  compiled.set(assets, template);
  return template;
}

/** The document model and the page: data in, HTML out. */
export function renderDocument(model: DocumentModel, options: RenderOptions = {}): string {
  const assets = options.assets ?? loadRenderAssets();
  const template = compile(assets);
  return template({
    doc: model,
    generator: options.generator ?? 'pishnevis',
    errorCount: options.errorCount ? toPersianDigits(options.errorCount) : undefined,
    styles: `${assets.fontFaces}\n${assets.css}`,
  });
}

/** Renders a parsed draft (the data of its YAML) to HTML. */
export function renderDraft(data: DraftData, options: RenderOptions = {}): string {
  return renderDocument(buildDocumentModel(data), options);
}
