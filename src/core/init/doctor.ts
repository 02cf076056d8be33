/**
 * `draft doctor`'s checks of a drafts repository, each answering one question a user would otherwise
 * find out about the hard way, with what to do when the answer is no. Pure reporting: nothing here
 * prints or changes a file.
 */

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import type { Bilingual } from '../engine/types.js';
import type { ResolvedConfig } from '../config/types.js';
import { REPOSITORY_SCHEMAS_DIR } from '../scaffold/modeline.js';
import { hookPath, workTreeTop } from './git.js';
import { HOOK_MARKER, LOCAL_CLI, detectManager, managerRunsCheck, recordedRunner, type Runner } from './hook.js';
import { pinnedVersions, staleSchemas } from './init.js';
import { CI_NODE_VERSION, YAML_EXTENSION } from './files.js';

export type CheckStatus = 'ok' | 'problem' | 'note';

export interface Check {
  id: 'node' | 'config' | 'drafts' | 'schemas' | 'editor' | 'modelines' | 'hook' | 'ci';
  status: CheckStatus;
  /** What was found. */
  message: Bilingual;
  /** What to do about it (for a problem or a note). */
  fix?: Bilingual;
}

export interface DoctorInput {
  root: string;
  /** The configuration, or the error that reading it gave. */
  config: ResolvedConfig | { error: Bilingual; line: number; column: number } | undefined;
  nodeVersion: string;
  /** The lowest node the package supports (engines.node). */
  minNode: string;
  version: string;
  /**
   * The drafts folder, relative to root: the configuration's, or read from a configuration that
   * failed its schema for another reason, so the other checks still run.
   */
  draftsDir?: string;
  /** Runs `node cli --version`; the hook check uses it to see that a recorded draft works. */
  probe?: (runner: Runner, cwd: string) => string | undefined;
}

const versionParts = (v: string): number[] => v.replace(/^[^\d]*/, '').split(/[.-]/).slice(0, 3).map((x) => Number.parseInt(x, 10) || 0);
export function versionAtLeast(v: string, min: string): boolean {
  const a = versionParts(v);
  const b = versionParts(min);
  for (let i = 0; i < 3; i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  return true;
}

/** VS Code's settings.json is JSON with comments and trailing commas. */
export function parseJsonc(text: string): unknown {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') {
      const start = i;
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
      out += text.slice(start, i + 1);
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
      out += '\n';
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end === -1 ? text.length : end + 1;
    } else {
      out += c;
    }
  }
  return JSON.parse(out.replace(/,(\s*[}\]])/g, '$1'));
}

export function defaultProbe(runner: Runner, cwd: string): string | undefined {
  const r = spawnSync(runner.node, [runner.cli, '--version'], { cwd, encoding: 'utf8', timeout: 30_000 });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

function nodeCheck(input: DoctorInput): Check {
  return versionAtLeast(input.nodeVersion, input.minNode)
    ? { id: 'node', status: 'ok', message: { fa: `Node ${input.nodeVersion}`, en: `Node ${input.nodeVersion}` } }
    : {
      id: 'node', status: 'problem',
      message: { fa: `Node ${input.nodeVersion} قدیمی است؛ pishnevis دست‌کم ${input.minNode} می‌خواهد.`, en: `Node ${input.nodeVersion} is too old; pishnevis needs ${input.minNode} or later.` },
      fix: { fa: 'Node تازه (نسخه پشتیبانی‌شده LTS) را از nodejs.org نصب کنید.', en: 'Install a current LTS Node from nodejs.org.' },
    };
}

function configCheck(input: DoctorInput): Check {
  const c = input.config;
  if (!c) {
    return {
      id: 'config', status: 'problem',
      message: { fa: 'draft.config.yaml پیدا نشد.', en: 'No draft.config.yaml was found.' },
      fix: { fa: 'در ریشه مخزن «draft init» را اجرا کنید.', en: 'Run draft init at the repository root.' },
    };
  }
  if ('error' in c) {
    return {
      id: 'config', status: 'problem',
      message: { fa: `draft.config.yaml:${c.line}:${c.column} ${c.error.fa}`, en: `draft.config.yaml:${c.line}:${c.column} ${c.error.en}` },
      fix: { fa: 'فایل را در ویرایشگر درست کنید (راهنمای هر کلید با نگه‌داشتن نشانگر روی آن دیده می‌شود).', en: 'Fix it in the editor (hover a key for its description).' },
    };
  }
  return { id: 'config', status: 'ok', message: { fa: 'draft.config.yaml درست است.', en: 'draft.config.yaml is valid.' } };
}

function draftsCheck(root: string, config: Pick<ResolvedConfig, 'draftsDir'> | undefined): Check | undefined {
  if (!config?.draftsDir) return undefined;
  const dir = resolve(root, config.draftsDir);
  if (existsSync(dir) && statSync(dir).isDirectory()) {
    return { id: 'drafts', status: 'ok', message: { fa: `پوشه پیش‌نویس‌ها: ${config.draftsDir}`, en: `Drafts folder: ${config.draftsDir}` } };
  }
  return {
    id: 'drafts', status: 'problem',
    message: { fa: `پوشه پیش‌نویس‌ها (draftsDir: ${config.draftsDir}) نیست.`, en: `The drafts folder (draftsDir: ${config.draftsDir}) does not exist.` },
    fix: { fa: `پوشه را بسازید («mkdir ${config.draftsDir}») یا draftsDir را درست کنید.`, en: `Create it (mkdir ${config.draftsDir}) or correct draftsDir.` },
  };
}

function schemasCheck(root: string): Check {
  const stale = staleSchemas(root);
  if (stale.length === 0) return { id: 'schemas', status: 'ok', message: { fa: `${REPOSITORY_SCHEMAS_DIR}/ با این نسخه یکی است.`, en: `${REPOSITORY_SCHEMAS_DIR}/ matches this version.` } };
  const missing = !existsSync(join(root, REPOSITORY_SCHEMAS_DIR));
  return {
    id: 'schemas', status: 'problem',
    message: missing
      ? { fa: `${REPOSITORY_SCHEMAS_DIR}/ نیست: ویرایشگر قالب پیش‌نویس‌ها را نمی‌شناسد.`, en: `${REPOSITORY_SCHEMAS_DIR}/ is missing: the editor does not know the drafts' format.` }
      : { fa: `${REPOSITORY_SCHEMAS_DIR}/ کهنه است (${stale.join('، ')}).`, en: `${REPOSITORY_SCHEMAS_DIR}/ is out of date (${stale.join(', ')}).` },
    fix: { fa: '«draft init --update» را اجرا و نتیجه را commit کنید.', en: 'Run draft init --update and commit the result.' },
  };
}

/** .vscode/settings.json maps the drafts to a schema file that exists in the repository. */
function editorCheck(root: string, config: Pick<ResolvedConfig, 'draftsDir'> | undefined): Check {
  const file = join(root, '.vscode', 'settings.json');
  const fix: Bilingual = {
    fa: '«draft init» آن را می‌نویسد (اگر فایل هست، «draft init --force» یا افزودن yaml.schemas با دست).',
    en: 'draft init writes it (with the file already there: draft init --force, or add yaml.schemas by hand).',
  };
  if (!existsSync(file)) {
    return { id: 'editor', status: 'problem', message: { fa: '.vscode/settings.json نیست: پیش‌نویس‌ها در ویرایشگر به قالب وصل نیستند.', en: '.vscode/settings.json is missing: the editor does not tie the drafts to their schema.' }, fix };
  }
  let schemas: Record<string, unknown> | undefined;
  try {
    schemas = (parseJsonc(readFileSync(file, 'utf8')) as { 'yaml.schemas'?: Record<string, unknown> })['yaml.schemas'];
  } catch (e) {
    return { id: 'editor', status: 'problem', message: { fa: `.vscode/settings.json خوانده نشد: ${(e as Error).message}`, en: `.vscode/settings.json could not be read: ${(e as Error).message}` }, fix };
  }
  const draftSchema = Object.entries(schemas ?? {}).find(([key]) => /draft\.schema\.json$/.test(key));
  if (!draftSchema) {
    return { id: 'editor', status: 'problem', message: { fa: 'در .vscode/settings.json کلید yaml.schemas پیش‌نویس‌ها را به draft.schema.json نمی‌رساند.', en: 'yaml.schemas in .vscode/settings.json does not map the drafts to draft.schema.json.' }, fix };
  }
  const [ref, globs] = draftSchema;
  if (/^(https?|file):|^[A-Za-z]:[\\/]/.test(ref) || (ref.startsWith('/') && !existsSync(join(root, ref)))) {
    return {
      id: 'editor', status: 'problem',
      message: { fa: `yaml.schemas به ${ref} اشاره دارد که در مخزن نیست و روی رایانه‌های دیگر پیدا نمی‌شود.`, en: `yaml.schemas points at ${ref}, outside the repository: other machines will not find it.` },
      fix: { fa: `آن را «./${REPOSITORY_SCHEMAS_DIR}/draft.schema.json» کنید.`, en: `Make it ./${REPOSITORY_SCHEMAS_DIR}/draft.schema.json.` },
    };
  }
  if (!existsSync(resolve(root, ref.replace(/^\//, '')))) {
    return {
      id: 'editor', status: 'problem',
      message: { fa: `yaml.schemas به ${ref} اشاره دارد که نیست.`, en: `yaml.schemas points at ${ref}, which does not exist.` },
      fix: { fa: '«draft init --update» را اجرا کنید.', en: 'Run draft init --update.' },
    };
  }
  const dir = config?.draftsDir?.replace(/^\.\//, '').replace(/\/+$/, '');
  const list = (Array.isArray(globs) ? globs : [globs]).map(String);
  if (dir && !list.some((g) => g.replace(/^\.?\//, '').startsWith(`${dir}/`) || g.startsWith('**'))) {
    return {
      id: 'editor', status: 'problem',
      message: { fa: `yaml.schemas پوشه ${dir} را در بر نمی‌گیرد (${list.join('، ')}).`, en: `yaml.schemas does not cover ${dir} (${list.join(', ')}).` },
      fix: { fa: `«${dir}/**/*.yaml» را به فهرست بیفزایید.`, en: `Add "${dir}/**/*.yaml" to the list.` },
    };
  }
  const extensions = join(root, '.vscode', 'extensions.json');
  let recommended = false;
  try {
    recommended = ((parseJsonc(readFileSync(extensions, 'utf8')) as { recommendations?: string[] }).recommendations ?? []).includes(YAML_EXTENSION);
  } catch {
    // missing or unreadable: a note below
  }
  return recommended
    ? { id: 'editor', status: 'ok', message: { fa: `ویرایشگر: پیش‌نویس‌ها به ${ref} وصل‌اند.`, en: `Editor: the drafts are tied to ${ref}.` } }
    : {
      id: 'editor', status: 'note',
      message: { fa: `ویرایشگر: پیش‌نویس‌ها به ${ref} وصل‌اند، اما افزونه YAML پیشنهاد نشده است.`, en: `Editor: the drafts are tied to ${ref}, but the YAML extension is not recommended.` },
      fix: { fa: `«${YAML_EXTENSION}» را در .vscode/extensions.json بیفزایید.`, en: `Add "${YAML_EXTENSION}" to .vscode/extensions.json.` },
    };
}

const MODELINE = /^#\s*yaml-language-server:\s*\$schema=(\S+)/;

/** Drafts whose modeline names a path of one machine (absolute, or a file URL). */
function modelineCheck(root: string, config: Pick<ResolvedConfig, 'draftsDir'> | undefined): Check | undefined {
  const dir = config?.draftsDir ? resolve(root, config.draftsDir) : undefined;
  if (!dir || !existsSync(dir)) return undefined;
  const bad: string[] = [];
  const walk = (d: string, rel: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path, `${rel}${entry.name}/`);
      else if (/\.ya?ml$/i.test(entry.name)) {
        const first = readFileSync(path, 'utf8').slice(0, 2048).replace(/^\uFEFF/, '').split('\n', 1)[0] ?? '';
        const ref = MODELINE.exec(first)?.[1];
        if (ref && (/^file:/i.test(ref) || ref.startsWith('/') || /^[A-Za-z]:[\\/]/.test(ref))) bad.push(`${rel}${entry.name}`);
      }
    }
  };
  walk(dir, `${config!.draftsDir!.replace(/\/+$/, '')}/`);
  if (bad.length === 0) return { id: 'modelines', status: 'ok', message: { fa: 'سطر $schema هیچ پیش‌نویسی مسیر مطلق ندارد.', en: 'No draft has an absolute $schema path.' } };
  const shown = bad.slice(0, 5).join(', ') + (bad.length > 5 ? ` (+${bad.length - 5})` : '');
  return {
    id: 'modelines', status: 'problem',
    message: {
      fa: `${bad.length} پیش‌نویس در سطر نخست مسیر مطلق قالب را دارد که فقط روی یک رایانه هست و در بسته ارسالی هم می‌رود: ${shown}`,
      en: `${bad.length} draft${bad.length === 1 ? '' : 's'} name the schema by an absolute path in the first line, which exists on one machine only and travels in the submission: ${shown}`,
    },
    fix: { fa: 'سطر «# yaml-language-server: …» را از آنها بردارید؛ .vscode/settings.json قالب را می‌رساند.', en: 'Remove the "# yaml-language-server: …" line from them; .vscode/settings.json supplies the schema.' },
  };
}

function hookCheck(input: DoctorInput): Check {
  const { root } = input;
  const top = workTreeTop(root);
  if (!top) {
    return {
      id: 'hook', status: 'problem',
      message: { fa: 'مخزن git نیست؛ commitها بررسی نمی‌شوند.', en: 'Not a git repository; commits are not checked.' },
      fix: { fa: '«git init» و سپس «draft hook install».', en: 'Run git init, then draft hook install.' },
    };
  }
  const path = hookPath('pre-commit', top);
  const text = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  const install: Bilingual = { fa: '«draft hook install» را اجرا کنید.', en: 'Run draft hook install.' };
  if (text?.includes(HOOK_MARKER)) {
    const probe = input.probe ?? defaultProbe;
    const local = join(top, LOCAL_CLI);
    const recorded = recordedRunner(text);
    const runner = existsSync(local) ? { node: recorded?.node ?? process.execPath, cli: local } : recorded;
    const works = runner ? probe(runner, top) : undefined;
    if (!works) {
      return {
        id: 'hook', status: 'problem',
        message: {
          fa: `قلاب pre-commit نصب است، اما draftی که اجرا می‌کند (${runner?.cli ?? '؟'}) کار نمی‌کند؛ هر commit متوقف می‌شود.`,
          en: `The pre-commit hook is installed, but the draft it runs (${runner?.cli ?? '?'}) does not work; every commit will be stopped.`,
        },
        fix: { fa: 'با draftی که کار می‌کند «draft hook install» را دوباره اجرا کنید (یا pishnevis را در مخزن نصب کنید).', en: 'Run draft hook install again with a working draft (or install pishnevis in the repository).' },
      };
    }
    return { id: 'hook', status: 'ok', message: { fa: `قلاب pre-commit نصب است و draft ${works} را اجرا می‌کند.`, en: `The pre-commit hook is installed and runs draft ${works}.` } };
  }
  const manager = detectManager(top, text);
  if (manager) {
    if (managerRunsCheck(top, manager)) return { id: 'hook', status: 'ok', message: { fa: `${manager.id} پیش‌نویس‌ها را در pre-commit بررسی می‌کند (${manager.file}).`, en: `${manager.id} checks the drafts before each commit (${manager.file}).` } };
    return {
      id: 'hook', status: 'problem',
      message: { fa: `قلاب‌ها را ${manager.id} می‌گرداند، اما پیش‌نویس‌ها را بررسی نمی‌کند.`, en: `${manager.id} runs the hooks, but does not check the drafts.` },
      fix: { fa: `این را به ${manager.file} بیفزایید:\n${manager.snippet}`, en: `Add this to ${manager.file}:\n${manager.snippet}` },
    };
  }
  if (text !== undefined) {
    if (/draft(\.js)?["']?\s+(hook\s+run|validate)/.test(text)) return { id: 'hook', status: 'ok', message: { fa: 'قلاب pre-commit پیش‌نویس‌ها را بررسی می‌کند.', en: 'The pre-commit hook checks the drafts.' } };
    return {
      id: 'hook', status: 'problem',
      message: { fa: 'قلاب pre-commit دیگری هست که پیش‌نویس‌ها را بررسی نمی‌کند.', en: 'Another pre-commit hook is installed, and it does not check the drafts.' },
      fix: { fa: 'سطر «npx --no-install draft hook run pre-commit» را به آن بیفزایید، یا «draft hook install --force».', en: 'Add "npx --no-install draft hook run pre-commit" to it, or run draft hook install --force.' },
    };
  }
  return { id: 'hook', status: 'problem', message: { fa: 'قلاب pre-commit نصب نیست؛ commitها بررسی نمی‌شوند.', en: 'No pre-commit hook; commits are not checked.' }, fix: install };
}

/** Actions whose majors GitHub has retired or deprecated below these. */
const ACTION_MINIMUMS: Record<string, number> = {
  'actions/checkout': 4,
  'actions/setup-node': 4,
  'actions/upload-artifact': 4,
  'github/codeql-action/upload-sarif': 3,
};

function ciFiles(root: string): Array<{ path: string; text: string }> {
  const out: Array<{ path: string; text: string }> = [];
  const workflows = join(root, '.github', 'workflows');
  if (existsSync(workflows)) {
    for (const name of readdirSync(workflows).sort()) {
      if (/\.ya?ml$/.test(name)) out.push({ path: `.github/workflows/${name}`, text: readFileSync(join(workflows, name), 'utf8') });
    }
  }
  if (existsSync(join(root, '.gitlab-ci.yml'))) out.push({ path: '.gitlab-ci.yml', text: readFileSync(join(root, '.gitlab-ci.yml'), 'utf8') });
  return out;
}

function ciChecks(input: DoctorInput): Check[] {
  const files = ciFiles(input.root).filter((f) => /draft(\.js)?\s+validate/.test(f.text));
  if (files.length === 0) {
    return [{
      id: 'ci', status: 'problem',
      message: { fa: 'هیچ CI پیش‌نویس‌ها را بررسی نمی‌کند (.github/workflows یا .gitlab-ci.yml).', en: 'No CI checks the drafts (.github/workflows or .gitlab-ci.yml).' },
      fix: { fa: '«draft init» فایل‌های GitHub و GitLab را می‌نویسد.', en: 'draft init writes the GitHub and GitLab files.' },
    }];
  }
  return files.map((f): Check => {
    const issues: Bilingual[] = [];
    for (const v of new Set(pinnedVersions(f.text))) {
      if (v !== input.version) issues.push({ fa: `pishnevis ${v} را نصب می‌کند، اینجا ${input.version} است`, en: `installs pishnevis ${v}, while ${input.version} runs here` });
    }
    for (const m of f.text.matchAll(/uses:\s*([\w./-]+)@v(\d+)/g)) {
      const min = ACTION_MINIMUMS[m[1]!];
      if (min !== undefined && Number(m[2]) < min) issues.push({ fa: `${m[1]}@v${m[2]} کهنه است (دست‌کم v${min})`, en: `${m[1]}@v${m[2]} is retired (v${min} or later)` });
    }
    const nodes = [...f.text.matchAll(/node-version:\s*['"]?(\d+)/g), ...f.text.matchAll(/image:\s*['"]?node:(\d+)/g)].map((m) => m[1]!);
    for (const n of nodes) if (Number(n) < 20) issues.push({ fa: `Node ${n} (دست‌کم ۲۰)`, en: `Node ${n} (20 or later)` });
    if (issues.length === 0) return { id: 'ci', status: 'ok', message: { fa: `${f.path} پیش‌نویس‌ها را بررسی می‌کند.`, en: `${f.path} checks the drafts.` } };
    return {
      id: 'ci', status: 'problem',
      message: { fa: `${f.path}: ${issues.map((i) => i.fa).join('؛ ')}.`, en: `${f.path}: ${issues.map((i) => i.en).join('; ')}.` },
      fix: {
        fa: `«draft init --update» نسخه pishnevis را جابه‌جا می‌کند؛ نسخه‌های دیگر را با دست (اکشن‌ها v4، upload-sarif v3، Node ${CI_NODE_VERSION}).`,
        en: `draft init --update moves the pishnevis version; change the rest by hand (actions v4, upload-sarif v3, Node ${CI_NODE_VERSION}).`,
      },
    };
  });
}

export function runDoctor(input: DoctorInput): Check[] {
  const read = input.config && !('error' in input.config) ? input.config : undefined;
  const config = { draftsDir: read?.draftsDir ?? input.draftsDir };
  return [
    nodeCheck(input),
    configCheck(input),
    draftsCheck(input.root, config),
    schemasCheck(input.root),
    editorCheck(input.root, config),
    modelineCheck(input.root, config),
    hookCheck(input),
    ...ciChecks(input),
  ].filter((c): c is Check => c !== undefined);
}
