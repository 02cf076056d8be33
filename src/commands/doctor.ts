import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Lang } from '../core/engine/types.js';
import { ConfigError, findConfigFile, langFromEnv, loadConfig } from '../core/config/config.js';
import { packagePath } from '../paths.js';
import { plain } from '../reporters/types.js';
import type { CommandIO } from './shared.js';
import { VERSION } from '../version.js';
import { workTreeTop } from '../core/init/git.js';
import { runDoctor, type Check, type DoctorInput } from '../core/init/doctor.js';

export interface DoctorCommandOptions extends CommandIO {
  lang?: Lang;
  config?: string;
  /** For tests: the node version to judge, and how to try a recorded draft. */
  nodeVersion?: string;
  probe?: DoctorInput['probe'];
}

function minNode(): string {
  const engines = (JSON.parse(readFileSync(packagePath('package.json'), 'utf8')) as { engines?: { node?: string } }).engines?.node ?? '>=20';
  return engines.replace(/^[^\d]*/, '');
}

/** draftsDir from a configuration that failed its schema elsewhere: the other checks still need it. */
async function looseDraftsDir(file: string): Promise<string | undefined> {
  try {
    const { parse } = await import('yaml');
    const data = parse(readFileSync(file, 'utf8')) as { draftsDir?: unknown } | null;
    return typeof data?.draftsDir === 'string' ? data.draftsDir : undefined;
  } catch {
    return undefined;
  }
}

/**
 * `draft doctor`: checks the repository around the working folder (its draft.config.yaml's folder,
 * else the git work tree, else the folder itself) and says what to do about each problem.
 * 0 when nothing is wrong, 1 when something is.
 */
export async function doctorCommand(options: DoctorCommandOptions): Promise<number> {
  const env = options.env ?? process.env;
  const palette = options.palette ?? plain;
  const file = options.config ? options.config : findConfigFile(options.cwd);
  let config: DoctorInput['config'];
  let draftsDir: string | undefined;
  let lang: Lang = options.lang ?? langFromEnv(env) ?? 'fa';
  if (file) {
    try {
      const c = await loadConfig(options.cwd, { lang: options.lang, configFile: file, env });
      config = c;
      lang = c.lang;
    } catch (e) {
      if (!(e instanceof ConfigError)) throw e;
      config = { error: e.messages, line: e.line, column: e.column };
      draftsDir = await looseDraftsDir(file);
    }
  }
  const root = file ? dirname(file) : workTreeTop(options.cwd) ?? options.cwd;
  const checks = runDoctor({
    root, config, nodeVersion: options.nodeVersion ?? process.versions.node, minNode: minNode(), version: VERSION, probe: options.probe, draftsDir,
  });
  const mark = (c: Check): string => (c.status === 'ok' ? palette.green('✔') : c.status === 'note' ? palette.yellow('!') : palette.red('✖'));
  const lines = checks.map((c) => {
    const head = `${mark(c)} ${c.message[lang]}`;
    return c.fix && c.status !== 'ok' ? `${head}\n    ${palette.dim('→')} ${c.fix[lang].replace(/\n/g, '\n      ')}` : head;
  });
  const problems = checks.filter((c) => c.status === 'problem').length;
  lines.push('', problems === 0
    ? (lang === 'fa' ? `${palette.green('همه چیز درست است.')}` : palette.green('Everything is in order.'))
    : lang === 'fa' ? palette.red(`${problems.toLocaleString('fa-IR')} مشکل.`) : palette.red(`${problems} problem${problems === 1 ? '' : 's'}.`));
  options.stdout.write(`${lines.join('\n')}\n`);
  return problems === 0 ? 0 : 1;
}
