import type { Command } from 'commander';
import { PROVINCES } from '../persian/provinces.js';
import { CATEGORIES } from '../core/scaffold/categories.js';
import { reporterNames } from '../reporters/index.js';
import { VERSION } from '../version.js';
import { SHELLS, completionScript, completionSpec, type Shell } from '../core/init/completion.js';
import { UsageError } from '../core/errors.js';

export interface CompletionCommandOptions {
  shell: string;
  /** The whole command line, as cli.ts declares it: the scripts are made from it. */
  program: Command;
  stdout: { write(text: string): unknown };
}

/** `draft completion <shell>`: prints the script; 0, or 2 for a shell it does not know. */
export async function completionCommand(options: CompletionCommandOptions): Promise<number> {
  if (!(SHELLS as readonly string[]).includes(options.shell)) {
    throw new UsageError({
      fa: `پوسته «${options.shell}» شناخته نیست؛ یکی از ${SHELLS.join('، ')} را بدهید.`,
      en: `Unknown shell "${options.shell}"; use one of ${SHELLS.join(', ')}.`,
    });
  }
  const { rules } = await import('../rules/index.js');
  const spec = completionSpec(options.program, {
    provinces: PROVINCES.flatMap((p) => [p.slug, p.name]),
    rules: rules.map((r) => r.meta.id),
    categories: CATEGORIES.map((c) => c.id),
    formats: reporterNames(),
  });
  options.stdout.write(completionScript(options.shell as Shell, spec, VERSION));
  return 0;
}
