/**
 * Answers in, YAML text out. Renders the scaffold for one kind from a TemplateSet with Handlebars
 * (loaded here, so only `draft new` pays for it), every answer going through the `yaml` helper.
 *
 * Helpers a template may use:
 *   {{yaml value}}   the value as a YAML scalar, always one line (yaml-scalar.ts);
 *   {{text value}}   a value inside a `# comment`: line breaks become spaces;
 *   {{fa value}}     a number in Persian digits, for comments («# ماده ۲»).
 * A bare `{{name}}` would print an answer unescaped, so it is refused when the template is compiled.
 */

import Handlebars from 'handlebars';
import { parseDocument } from 'yaml';
import { toPersianDigits } from '../../persian/digits.js';
import { ordinalWord } from '../../persian/number-words.js';
import { labelsOf } from '../../persian/alphabet.js';
import { CATEGORIES, KIND_LABELS } from './categories.js';
import type { TemplateSet, TemplateSource } from './templates.js';
import type { Answers } from './types.js';
import { yamlScalar, type ScalarValue } from './yaml-scalar.js';

/** A template that cannot be used, named by its file. */
export class TemplateError extends Error {
  constructor(
    readonly template: TemplateSource,
    readonly detail: string,
  ) {
    super(`${template.path}: ${detail}`);
    this.name = 'TemplateError';
  }
}

const HELPERS = new Set(['yaml', 'text', 'fa']);
const BUILTIN_BLOCKS = new Set(['if', 'unless', 'each', 'with']);

type Node = { type: string; [key: string]: unknown };

/** Refuses `{{name}}` (an answer printed raw) and unknown helpers; `{{> partial}}` and blocks are fine. */
function lint(source: TemplateSource): void {
  let ast: Node;
  try {
    ast = Handlebars.parse(source.text) as unknown as Node;
  } catch (e) {
    throw new TemplateError(source, `Handlebars syntax: ${(e as Error).message.split('\n')[0]}`);
  }
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    const n = node as Node;
    if (n.type === 'MustacheStatement') {
      const path = n.path as { original?: string };
      const params = n.params as unknown[];
      const name = String(path.original);
      if (!HELPERS.has(name) || params.length !== 1) {
        const loc = (n.loc as { start?: { line: number } } | undefined)?.start?.line;
        throw new TemplateError(source, `line ${loc ?? '?'}: {{${name}${params.length ? ' …' : ''}}} — print answers with {{yaml …}} (or {{text …}} inside a comment, {{fa …}} for a number)`);
      }
    }
    if (n.type === 'BlockStatement') {
      const name = String((n.path as { original?: string }).original);
      if (!BUILTIN_BLOCKS.has(name)) throw new TemplateError(source, `unknown block helper {{#${name}}}`);
    }
    for (const value of Object.values(n)) {
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === 'object' && 'type' in (value as object)) visit(value);
    }
  };
  visit(ast);
}

function environment(templates: TemplateSet): typeof Handlebars {
  const hb = Handlebars.create();
  hb.registerHelper('yaml', (value: unknown) => {
    if (value !== null && typeof value === 'object') throw new TypeError('{{yaml}} takes a single value, not a list or a mapping');
    if (value === undefined) throw new TypeError('{{yaml}} was given a field that is not there');
    return yamlScalar(value as ScalarValue);
  });
  hb.registerHelper('text', (value: unknown) => String(value ?? '').replace(/[\r\n\u0085\u2028\u2029]+/g, ' '));
  hb.registerHelper('fa', (value: unknown) => toPersianDigits(String(value ?? '')));
  for (const [name, source] of Object.entries(templates.partials)) {
    lint(source);
    hb.registerPartial(name, hb.compile(source.text, { noEscape: true, strict: true }));
  }
  return hb;
}

/** What the templates see: the answers (absent optional fields as null) and a few derived values. */
export function templateContext(answers: Answers): Record<string, unknown> {
  const directive = answers.kind === 'directive';
  const hasDefinitions = directive;
  const first = hasDefinitions ? 2 : 1;
  const articles = Array.from({ length: answers.articles }, (_, i) => ({ number: first + i, first: i === 0, last: i === answers.articles - 1 }));
  // Chapters share the articles out in order, the first chapters taking one more when they do not divide evenly.
  const chapterCount = Math.min(answers.chapters ?? 0, articles.length);
  const chapters: Array<{ number: number; ordinal: string; articles: typeof articles }> = [];
  for (let c = 0, at = 0; c < chapterCount; c++) {
    const size = Math.floor(articles.length / chapterCount) + (c < articles.length % chapterCount ? 1 : 0);
    chapters.push({ number: c + 1, ordinal: ordinalWord(c + 1), articles: articles.slice(at, at + size) });
    at += size;
  }
  const abjad = answers.labelOrder === 'abjad';
  const a = {
    code: null, authorEmail: null, authorPhone: null, subject: null, addressees: [], signatoryName: null, signatoryPosition: null,
    ...answers,
  };
  return {
    a,
    kind: answers.kind,
    isDirective: directive,
    isCircular: !directive,
    hasDefinitions,
    hasArticles: articles.length > 0,
    articles,
    hasChapters: chapters.length > 0,
    chapters,
    // A draft with chapters uses a key format 1.1 added, so it declares that version.
    schemaVersion: chapters.length > 0 ? 1.1 : 1,
    abjad,
    clauseLabels: labelsOf(answers.labelOrder ?? 'alphabetical').slice(0, 3),
    legalBasis: answers.legalBasis.map((e) => ({ law: e.law, article: e.article ?? null })),
    labels: {
      kind: KIND_LABELS[answers.kind].fa,
      category: CATEGORIES.find((c) => c.id === answers.category)?.label.fa ?? answers.category,
    },
  };
}

export interface RenderOptions {
  /** The `$schema` reference for the first line's yaml-language-server modeline; none when absent. */
  schemaRef?: string;
}

/** The modeline that gives VS Code's YAML extension (and any yaml-language-server client) the schema. */
export function modeline(schemaRef: string): string {
  return `# yaml-language-server: $schema=${schemaRef}`;
}

/**
 * Renders the scaffold: the modeline, then the kind's main template. Throws TemplateError when a
 * template is malformed, prints an answer without {{yaml}}, or renders text that is not YAML.
 */
export function renderScaffold(answers: Answers, templates: TemplateSet, options: RenderOptions = {}): string {
  const hb = environment(templates);
  const main = templates.main[answers.kind];
  lint(main);
  let body: string;
  try {
    body = hb.compile(main.text, { noEscape: true, strict: true })(templateContext(answers));
  } catch (e) {
    throw new TemplateError(main, (e as Error).message.split('\n')[0] ?? String(e));
  }
  // One blank line at most between sections, none at the start, one newline at the end.
  body = body.replace(/[ \t]+$/gm, '').replace(/\n{3,}/g, '\n\n').replace(/^\n+/, '').replace(/\n*$/, '\n');
  const text = options.schemaRef ? `${modeline(options.schemaRef)}\n${body}` : body;
  const doc = parseDocument(text, { uniqueKeys: true });
  const problem = doc.errors[0];
  if (problem) {
    const line = text.slice(0, problem.pos[0]).split('\n').length;
    throw new TemplateError(main, `the rendered draft is not valid YAML (line ${line}): ${problem.message.split('\n')[0]}`);
  }
  return text;
}
