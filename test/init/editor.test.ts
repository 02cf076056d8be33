import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseJsonc } from '../../src/core/init/doctor.js';
import { INIT_FLAGS, run, tempDir } from './helpers.js';
import { openInEditor } from './lsp.js';

// What VS Code's YAML extension shows, from yaml-language-server itself, offline (no schema store):
// the schemas come from the repository, through .vscode/settings.json or the modeline draft new writes.
const BROKEN = 'kind: directive\ntitle: 5\nstatus: nonsense\nunknownKey: x\n';

function initialised(): string {
  const dir = tempDir();
  expect(run(['init', ...INIT_FLAGS, '--no-git'], dir, { CI: 'true' }).code).toBe(0);
  return dir;
}

describe('the editor, on a repository draft init set up', () => {
  it('checks a draft without a modeline through .vscode/settings.json (yaml.schemas), $refs resolved from the copy', async () => {
    const dir = initialised();
    const file = join(dir, 'drafts', 'broken.yaml');
    writeFileSync(file, BROKEN);
    const settings = parseJsonc(readFileSync(join(dir, '.vscode/settings.json'), 'utf8')) as { 'yaml.schemas': Record<string, unknown> };
    const view = await openInEditor(file, BROKEN, dir, settings['yaml.schemas']);
    // Each of these comes from a different schema file: draft → directive → common.
    expect(view.diagnostics).toEqual(expect.arrayContaining([
      '2: Incorrect type. Expected "string".',
      '3: Value is not accepted. Valid values: "draft", "ready".',
      '4: Property unknownKey is not allowed.',
    ]));
    expect(view.diagnostics.some((d) => d.includes('Missing property "articles"'))).toBe(true);
    expect(view.completion).toEqual(expect.arrayContaining(['municipality', 'author']));
  });

  it('checks the draft draft new wrote through its relative modeline alone, with no editor settings', async () => {
    const dir = initialised();
    expect(run(['new', '--kind', 'directive', '--title', 'دستورالعمل ساماندهی تابلوهای تبلیغاتی', '--category', 'social-security', '--yes'], dir, { CI: 'true' }).code).toBe(0);
    const name = readdirSync(join(dir, 'drafts')).find((f) => f.endsWith('.yaml'))!;
    const file = join(dir, 'drafts', name);
    const text = readFileSync(file, 'utf8').replace(/^status: draft$/m, 'status: nonsense');
    const view = await openInEditor(file, text, dir);
    const line = text.split('\n').findIndex((l) => l === 'status: nonsense') + 1;
    expect(view.diagnostics).toContain(`${line}: Value is not accepted. Valid values: "draft", "ready".`);
  });
});
