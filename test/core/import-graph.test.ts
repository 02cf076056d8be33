import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * A run that the cache answers must not load the code that checks drafts: the rules (with the Persian
 * tables, cities and legal-reference reader) and the compiled schema are most of the bundle, and
 * loading them is most of a warm run's time. Checking code is reached only through dynamic
 * `import()` (batch.ts loads it when some draft is not in the cache). This follows the static imports
 * (not `import type`, not `import()`) from the validate command and fails if they reach it.
 */
const src = join(import.meta.dirname, '..', '..', 'src');

function staticImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(/^import\s+(?!type\b)(?:[^'";]*?\s+from\s+)?['"](\.[^'"]+)['"]/gm)) {
    const target = resolve(dirname(file), m[1]!.replace(/\.js$/, '.ts'));
    if (existsSync(target)) out.push(target);
  }
  return out;
}

function reachable(from: string): Set<string> {
  const seen = new Set<string>([from]);
  const queue = [from];
  while (queue.length > 0) {
    for (const next of staticImports(queue.pop()!)) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
}

describe('what a warm `draft validate` loads', () => {
  const loaded = reachable(join(src, 'commands', 'validate.ts'));

  it('reaches the batch and the cache statically', () => {
    // The guard's own check: the walk does follow imports.
    expect(loaded).toContain(join(src, 'core', 'batch', 'batch.ts'));
  });

  it('does not reach the rules, the engine or the compiled schema', () => {
    for (const heavy of ['rules/index.ts', 'core/engine/validate.ts', 'core/schema/schema-check.ts', 'persian/cities.ts', 'persian/legal-refs/index.ts']) {
      expect([...loaded].map((f) => f.slice(src.length + 1)), heavy).not.toContain(heavy);
    }
  });
});
