import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import jsyaml from 'js-yaml';
import { loadTemplates, renderScaffold, TemplateError } from '../../src/core/scaffold/index.js';
import { validateText } from '../../src/core/engine/validate.js';
import { sampleAnswers, tempDir } from './helpers.js';

function repoTemplates(files: Record<string, string>): string {
  const dir = tempDir();
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, 'new', name, '..'), { recursive: true });
    writeFileSync(join(dir, 'new', name), text);
  }
  return dir;
}

describe('templates', () => {
  it('are built from partials', () => {
    const set = loadTemplates();
    expect(Object.keys(set.partials).sort()).toEqual(
      ['addressees', 'article', 'articles', 'body', 'enforcement', 'footer', 'header', 'legal-basis', 'preamble', 'rationale', 'signatory'],
    );
    expect(set.main.directive.text).toContain('{{> enforcement}}');
    expect(set.main.circular.text).toContain('{{> signatory}}');
    expect(Object.values(set.partials).every((p) => !p.overridden)).toBe(true);
  });

  it('take a repository file over the built-in one, file by file', () => {
    const dir = repoTemplates({
      'partials/rationale.hbs': '\n# توجیه به سبک شهرداری قم\nrationale:\n  problem: مسئله …\n  proposal: پیشنهاد …\n',
    });
    const set = loadTemplates({ overrideDir: dir });
    expect(set.partials.rationale!.overridden).toBe(true);
    expect(set.partials.header!.overridden).toBe(false);
    expect(set.main.directive.overridden).toBe(false);
    const text = renderScaffold(sampleAnswers('directive'), set);
    expect(text).toContain('# توجیه به سبک شهرداری قم');
    expect(text).toContain('# ضمانت اجرا'); // the rest is still built in
    const data = jsyaml.load(text) as { rationale: unknown };
    expect(data.rationale).toEqual({ problem: 'مسئله …', proposal: 'پیشنهاد …' });
    expect(validateText(text).errorCount).toBe(0);
  });

  it('let a repository replace a main template and add partials of its own', () => {
    const dir = repoTemplates({
      'circular.yaml.hbs': '{{> header}}\n{{> addressees}}\n{{> rationale}}\n{{> body}}\n{{> signatory}}\n{{> qom-copies}}\n',
      'partials/qom-copies.hbs': '# رونوشت استانداری\n',
    });
    const text = renderScaffold(sampleAnswers('circular'), loadTemplates({ overrideDir: dir }));
    expect(text).toContain('# رونوشت استانداری');
    expect(text).not.toContain('# پیوست‌ها');
  });

  it('refuse a template that prints an answer without {{yaml}}', () => {
    const dir = repoTemplates({ 'partials/header.hbs': 'schemaVersion: 1\ntitle: {{a.title}}\n' });
    expect(() => renderScaffold(sampleAnswers('directive'), loadTemplates({ overrideDir: dir }))).toThrow(TemplateError);
    try {
      renderScaffold(sampleAnswers('directive'), loadTemplates({ overrideDir: dir }));
    } catch (e) {
      expect((e as TemplateError).template.path).toBe(join(dir, 'new', 'partials', 'header.hbs'));
      expect((e as TemplateError).detail).toContain('{{yaml');
    }
  });

  it('refuse a template whose output is not YAML, or that names a missing field', () => {
    const broken = repoTemplates({ 'partials/footer.hbs': 'tags: [\n' });
    expect(() => renderScaffold(sampleAnswers('directive'), loadTemplates({ overrideDir: broken }))).toThrow(/not valid YAML/);
    const missing = repoTemplates({ 'partials/footer.hbs': 'note: {{yaml a.nothing}}\n' });
    expect(() => renderScaffold(sampleAnswers('directive'), loadTemplates({ overrideDir: missing }))).toThrow(TemplateError);
  });
});
