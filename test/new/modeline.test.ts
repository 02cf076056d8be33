import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INSTALLED_SCHEMA, schemaReference, schemaReferenceFor, treeRoot } from '../../src/core/scaffold/index.js';
import { ROOT } from '../helpers/cli.js';
import { tempDir } from './helpers.js';

describe('the modeline’s schema path', () => {
  it('is relative when the package is in the repository’s node_modules', () => {
    expect(schemaReference('/repo/drafts/a.yaml', '/repo/node_modules/pishnevis/schemas/draft.schema.json', '/repo', 'linux'))
      .toBe('../node_modules/pishnevis/schemas/draft.schema.json');
    expect(schemaReference('/repo/drafts/a.yaml', '/repo/node_modules/.pnpm/pishnevis@0.1.0/node_modules/pishnevis/schemas/draft.schema.json', '/repo', 'linux'))
      .toBe('../node_modules/.pnpm/pishnevis@0.1.0/node_modules/pishnevis/schemas/draft.schema.json');
  });

  it('is relative in the pishnevis tree itself', () => {
    expect(schemaReferenceFor(join(ROOT, 'examples', 'valid', 'x.yaml'))).toBe('../../schemas/draft.schema.json');
    expect(INSTALLED_SCHEMA.endsWith(join('schemas', 'draft.schema.json'))).toBe(true);
  });

  it('is absolute for a package outside the tree (a global install, npx), and a file URL on Windows', () => {
    expect(schemaReference('/repo/drafts/a.yaml', '/usr/lib/node_modules/pishnevis/schemas/draft.schema.json', '/repo', 'linux'))
      .toBe('/usr/lib/node_modules/pishnevis/schemas/draft.schema.json');
    expect(schemaReference('/home/u/drafts/a.yaml', '/home/u/.nvm/versions/node/v20/lib/node_modules/pishnevis/schemas/draft.schema.json', '/home/u', 'linux'))
      .toBe('/home/u/.nvm/versions/node/v20/lib/node_modules/pishnevis/schemas/draft.schema.json');
    if (process.platform !== 'win32') {
      expect(schemaReference('/repo/a.yaml', '/opt/pishnevis/schemas/draft.schema.json', '/repo', 'win32')).toBe('file:///opt/pishnevis/schemas/draft.schema.json');
    }
  });

  it('writes spaces so that the modeline stays one value', () => {
    expect(schemaReference('/my repo/d/a.yaml', '/my repo/node_modules/p/schemas/draft.schema.json', '/my repo', 'linux')).toBe('../node_modules/p/schemas/draft.schema.json');
    expect(schemaReference('/r/a.yaml', '/opt/my tools/schemas/draft.schema.json', '/r', 'linux')).toBe('/opt/my%20tools/schemas/draft.schema.json');
  });

  it('finds the tree: the configuration’s folder, or the git work tree above it', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'sub', 'drafts'), { recursive: true });
    expect(treeRoot(join(dir, 'sub', 'drafts'), join(dir, 'sub'))).toBe(join(dir, 'sub'));
    mkdirSync(join(dir, '.git'));
    expect(treeRoot(join(dir, 'sub', 'drafts'), join(dir, 'sub'))).toBe(dir);
    const bare = tempDir();
    writeFileSync(join(bare, 'package.json'), '{}');
    mkdirSync(join(bare, 'a', 'b'), { recursive: true });
    expect(treeRoot(join(bare, 'a', 'b'))).toBe(bare);
  });
});
