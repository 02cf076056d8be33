import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Where a command writes the file it makes: `-o` names the file, or a folder (an existing one, or
 * any path ending in a slash) to hold `fileName`; without `-o`, `fileName` in `defaultDir`.
 */
export function outputFile(output: string | undefined, cwd: string, defaultDir: string, fileName: string): string {
  if (output === undefined || output === '') return join(defaultDir, fileName);
  const full = resolve(cwd, output);
  const isDir = /[\\/]$/.test(output) || (existsSync(full) && statSync(full).isDirectory());
  return isDir ? join(full, fileName) : full;
}
