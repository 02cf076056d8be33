import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The package's own folder (the one with its package.json), found by walking up from this module.
 * Modules find templates, schemas and the worker from here rather than from their own location,
 * because the CLI runs bundled (dist/cli.js and its chunks) while tests run the sources.
 */
function findRoot(start: string): string {
  let dir = start;
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      try {
        if ((JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'pishnevis') return dir;
      } catch {
        // Not ours; keep walking.
      }
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`pishnevis: cannot find the package folder above ${start}`);
    dir = parent;
  }
}

export const PACKAGE_ROOT = findRoot(dirname(fileURLToPath(import.meta.url)));
export const packagePath = (...parts: string[]): string => join(PACKAGE_ROOT, ...parts);
