import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

/** Every file whose words reach a user: messages, help, templates, the schemas' Persian descriptions. */
function userFacing(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|hbs|json|css)$/.test(e.name) && !e.parentPath.includes('generated'))
    .map((e) => join(e.parentPath, e.name));
}

describe('one word per idea', () => {
  it('a file is «فایل» everywhere, never «پرونده»', () => {
    const found = ['src', 'templates', 'schemas'].flatMap(userFacing)
      .flatMap((file) => readFileSync(file, 'utf8').split('\n').map((line, i) => [file, i + 1, line] as const))
      .filter(([, , line]) => line.includes('پرونده'))
      .map(([file, line]) => `${relative(ROOT, file)}:${line}`);
    expect(found).toEqual([]);
  });
});
