import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * `draft validate one.yaml` is what an editor's save hook and a pre-commit hook run: its start-up is
 * most of its time. A clean draft needs none of the heavy dependencies (yaml, js-yaml, handlebars,
 * mammoth, docx, the prompts): each costs tens of milliseconds to load, and a static import anywhere
 * on validate's path loads it on every run. Node's module debug log names every file it loads.
 */
const root = join(import.meta.dirname, '..', '..');
const bin = join(root, 'bin', 'draft.js');

/** The packages a run loads from node_modules, and the parsers it loads as the build's bundles (dist/chunks/*.cjs). */
function loadedPackages(args: string[]): Set<string> {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NODE_DEBUG: 'module', NO_COLOR: '1' } });
  const packages = new Set<string>();
  for (const m of r.stderr.matchAll(/node_modules\/((?:@[^/]+\/)?[^/]+)\//g)) packages.add(m[1]!);
  for (const m of r.stderr.matchAll(/load "[^"]*dist\/chunks\/([^"/]+)\.cjs"/g)) packages.add(`bundled ${m[1]!}`);
  return packages;
}

describe('what `draft validate` loads', () => {
  it('loads no parsing, template or Word library for a clean draft', () => {
    const loaded = loadedPackages(['validate', 'examples/valid/isfahan-outdoor-advertising.yaml']);
    for (const heavy of ['yaml', 'js-yaml', 'bundled yaml', 'bundled js-yaml', 'handlebars', 'mammoth', 'docx', '@inquirer/prompts', 'ajv']) {
      expect([...loaded], heavy).not.toContain(heavy);
    }
  });

  it('loads yaml when a draft needs it (a YAML syntax error is placed by yaml\'s document), as one bundled file', () => {
    // examples/invalid/ holds a draft with a syntax error (the test of this guard itself: yaml does load).
    const loaded = loadedPackages(['validate', 'examples/invalid/']);
    expect([...loaded]).toContain('bundled yaml');
    expect([...loaded]).toContain('bundled js-yaml');
    // Not the package's fifty files besides (17 to 20 ms to load, against 6).
    expect([...loaded]).not.toContain('yaml');
    expect([...loaded]).not.toContain('js-yaml');
  });
});
