import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { portableDraftBytes } from '../../src/core/package/portable.js';
import { ROOT } from '../helpers/cli.js';
import { unzipTo } from '../package/helpers.js';
import { run, tempDir } from './helpers.js';

describe('a draft with an absolute schema path, packaged', () => {
  it('reaches the submission without the path, every line in its place, and the package verifies', () => {
    const dir = tempDir();
    const source = readFileSync(join(ROOT, 'examples/valid/shiraz-building-permits.yaml'), 'utf8').replace(/^# yaml-language-server:.*\n/, '');
    const modeline = '# yaml-language-server: $schema=/home/zahra/.nvm/versions/node/v20.17.0/lib/node_modules/pishnevis/schemas/draft.schema.json';
    writeFileSync(join(dir, 'draft.yaml'), `${modeline}\n${source}`);
    const p = run(['package', 'draft.yaml', '--lang', 'en'], dir);
    expect(p.code, p.stderr + p.stdout).toBe(0);
    const zip = p.stdout.match(/[\w-]+\.zip/)![0];
    const out = tempDir();
    unzipTo(join(dir, zip), out);
    const id = zip.replace(/\.zip$/, '');
    const inside = readFileSync(join(out, id, 'data', `${id}.yaml`), 'utf8');
    expect(inside).not.toContain('/home/zahra');
    expect(inside).toBe(`#\n${source}`);
    expect(run(['verify', zip], dir).code).toBe(0);
  });

  it('keeps relative and https references, and everything else, byte for byte', () => {
    for (const text of ['# yaml-language-server: $schema=../.draft/schemas/draft.schema.json\nkind: directive\n', '# yaml-language-server: $schema=https://pishnevis.ir/schemas/v1/draft.schema.json\n', 'kind: directive\n# yaml-language-server: $schema=/abs\n']) {
      const bytes = Buffer.from(text);
      expect(portableDraftBytes(bytes)).toBe(bytes);
    }
    expect(portableDraftBytes(Buffer.from('\uFEFF# yaml-language-server: $schema=file:///C:/Users/x/draft.schema.json\r\nkind: directive\r\n')).toString())
      .toBe('\uFEFF#\r\nkind: directive\r\n');
  });
});
