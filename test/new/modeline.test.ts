import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INSTALLED_SCHEMA, schemaReference, schemaReferenceFor, treeRoot } from '../../src/core/scaffold/index.js';
import { ROOT } from '../helpers/cli.js';
import { tempDir } from './helpers.js';

describe('the modeline’s schema path', () => {
  it('is relative when the package is in the repository’s node_modules', () => {
    expect(schemaReference('/repo/drafts/a.yaml', '/repo/node_modules/pishnevis/schemas/draft.schema.json', '/repo'))
      .toBe('../node_modules/pishnevis/schemas/draft.schema.json');
    expect(schemaReference('/repo/drafts/a.yaml', '/repo/node_modules/.pnpm/pishnevis@0.1.0/node_modules/pishnevis/schemas/draft.schema.json', '/repo'))
      .toBe('../node_modules/.pnpm/pishnevis@0.1.0/node_modules/pishnevis/schemas/draft.schema.json');
  });

  it('is relative in the pishnevis tree itself', () => {
    expect(schemaReferenceFor(join(ROOT, 'examples', 'valid', 'x.yaml'))).toBe('../../schemas/draft.schema.json');
    expect(INSTALLED_SCHEMA.endsWith(join('schemas', 'draft.schema.json'))).toBe(true);
  });

  it('is left out for a package outside the tree (a global install, npx, a home folder in git): never an absolute path', () => {
    expect(schemaReference('/repo/drafts/a.yaml', '/usr/lib/node_modules/pishnevis/schemas/draft.schema.json', '/repo')).toBeUndefined();
    expect(schemaReference('/home/u/drafts/a.yaml', '/home/u/.nvm/versions/node/v20/lib/node_modules/pishnevis/schemas/draft.schema.json', '/home/u')).toBeUndefined();
    const dir = tempDir();
    expect(schemaReferenceFor(join(dir, 'drafts', 'a.yaml'), dir, '/usr/lib/node_modules/pishnevis/schemas/draft.schema.json')).toBeUndefined();
  });

  it('prefers the repository’s own copy of the schemas (.draft/schemas), which every clone has', () => {
    expect(schemaReference('/repo/drafts/a.yaml', '/repo/.draft/schemas/draft.schema.json', '/repo')).toBe('../.draft/schemas/draft.schema.json');
    const dir = tempDir();
    mkdirSync(join(dir, '.draft', 'schemas'), { recursive: true });
    writeFileSync(join(dir, '.draft', 'schemas', 'draft.schema.json'), '{}');
    writeFileSync(join(dir, 'draft.config.yaml'), 'draftsDir: drafts\n');
    expect(schemaReferenceFor(join(dir, 'drafts', 'sub', 'a.yaml'), dir)).toBe('../../.draft/schemas/draft.schema.json');
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
