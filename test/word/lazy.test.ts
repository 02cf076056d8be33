import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

/** Every module a file loads as it starts: its static imports, followed through the bundle's chunks. */
function startupModules(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  // Static imports only (`import … from "x"`, `import "x"`); `import("x")` waits until it is called.
  for (const m of code.matchAll(/^\s*(?:import|export)\s+(?:[^'"()]*?\s+from\s+)?["']([^"']+)["']/gm)) {
    const spec = m[1]!;
    if (spec.startsWith('.')) startupModules(join(dirname(file), spec), seen);
    else seen.add(spec);
  }
  return seen;
}

describe('Word support loads only with the commands that need it', () => {
  const cli = readFileSync(join(DIST, 'cli.js'), 'utf8');
  const chunkOf = (command: string): string => {
    const m = new RegExp(`command\\("${command}"\\)[\\s\\S]*?import\\("\\./(chunks/[^"]+)"\\)`).exec(cli);
    return join(DIST, m![1]!);
  };

  it.each(['validate', 'status', 'new', 'verify'])('draft %s starts without mammoth, docx or the XML parser', (command) => {
    const loaded = [...startupModules(join(DIST, 'cli.js')), ...startupModules(chunkOf(command))];
    expect(loaded.filter((m) => /^(mammoth|docx|@xmldom\/xmldom)$/.test(m))).toEqual([]);
  });

  it('the import and render commands reach them only through import() when run', () => {
    expect([...startupModules(chunkOf('import'))].filter((m) => m === 'mammoth' || m === 'docx')).toEqual([]);
    expect(readFileSync(chunkOf('import'), 'utf8')).toMatch(/import\("\.\/word-[A-Z0-9]+\.js"\)/);
    expect(readFileSync(chunkOf('render'), 'utf8')).toMatch(/import\("\.\/docx-[A-Z0-9]+\.js"\)/);
  });
});
