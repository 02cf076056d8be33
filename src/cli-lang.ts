import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { findConfigFile, langFromEnv } from './core/config/config.js';
import type { Lang } from './core/engine/types.js';

/**
 * The language of a run, before anything is parsed: what help, commander's usage errors and a failed
 * command's message are said in. Kept apart from the help table (cli-help.ts), which only a run that
 * shows help or a usage error loads; cli.ts asks for the language only then too, so a run that just
 * does its work never looks for it (its command reads the configuration itself).
 */

/** `lang:` in the configuration a command would read (`-c file`, or draft.config.yaml found upwards). */
function configLang(argv: readonly string[], cwd: string): Lang | undefined {
  let file: string | undefined;
  const i = argv.findIndex((a) => a === '-c' || a === '--config' || a.startsWith('--config='));
  if (i !== -1) {
    const value = argv[i]!.startsWith('--config=') ? argv[i]!.slice('--config='.length) : argv[i + 1];
    if (value) file = resolve(cwd, value);
  } else {
    file = findConfigFile(cwd);
  }
  if (!file) return undefined;
  try {
    // Only the top-level `lang:` key; the command reads (and checks) the whole file itself.
    const m = /^lang:[ \t]*["']?(fa|en)["']?[ \t]*(?:#.*)?$/m.exec(readFileSync(file, 'utf8'));
    return m ? (m[1] as Lang) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The language of this run, as the commands decide it (config.ts `loadConfig`): `--lang` (before or
 * after the command's name), then `lang:` in the configuration, then the locale (LC_ALL, LC_MESSAGES,
 * LANG), then Persian.
 */
export function runLang(argv: readonly string[], cwd: string, env: NodeJS.ProcessEnv): Lang {
  let given: Lang | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') break;
    const value = a === '--lang' ? argv[i + 1] : a.startsWith('--lang=') ? a.slice('--lang='.length) : undefined;
    // The last one counts, as it does for commander.
    if (value === 'fa' || value === 'en') given = value;
  }
  return given ?? configLang(argv, cwd) ?? langFromEnv(env) ?? 'fa';
}
