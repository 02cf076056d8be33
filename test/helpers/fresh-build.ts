import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * vitest global setup: the CLI tests run the built bin/draft.js (dist/), so a source file changed
 * after the last build would have them test old code and pass or fail for the wrong reason. Refuse
 * to start instead; `npm test` builds first.
 */
const ROOT = join(import.meta.dirname, '..', '..');

function newest(dir: string): { path: string; mtime: number } {
  let found = { path: dir, mtime: 0 };
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    const candidate = entry.isDirectory() ? newest(full) : { path: full, mtime: statSync(full).mtimeMs };
    if (candidate.mtime > found.mtime) found = candidate;
  }
  return found;
}

export default function setup(): void {
  const built = join(ROOT, 'dist', 'cli.js');
  if (!existsSync(built)) throw new Error('dist/ is missing: run `npm run build` (or `npm test`, which builds first).');
  const builtAt = statSync(built).mtimeMs;
  for (const input of ['src', 'schemas', 'templates', 'scripts/build.mjs']) {
    const path = join(ROOT, input);
    if (!existsSync(path)) continue;
    const latest = statSync(path).isDirectory() ? newest(path) : { path, mtime: statSync(path).mtimeMs };
    if (latest.mtime > builtAt) {
      throw new Error(`dist/ is older than ${latest.path.slice(ROOT.length + 1)}: run \`npm run build\` (or \`npm test\`, which builds first) so the CLI tests do not test an old build.`);
    }
  }
}
