import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli.js';
import { completionScript, completionSpec } from '../../src/core/init/completion.js';
import { rules } from '../../src/rules/index.js';
import { PROVINCES } from '../../src/persian/provinces.js';
import { draft } from '../helpers/cli.js';
import { tempDir } from './helpers.js';

const has = (shell: string): boolean => spawnSync(shell, ['-c', 'exit 0']).status === 0;

function script(shell: string): string {
  const r = draft(['completion', shell]);
  expect(r.code).toBe(0);
  const file = join(tempDir(), `draft.${shell}`);
  writeFileSync(file, r.stdout);
  return file;
}

/** What bash offers for a command line whose last word is being completed. */
function bashComplete(file: string, words: string[]): string[] {
  const line = words.map((w) => `'${w.replace(/'/g, `'\\''`)}'`).join(' ');
  const r = spawnSync('bash', ['--norc', '-c', `source '${file}'; COMP_WORDS=(${line}); COMP_CWORD=${words.length - 1}; _draft; printf '%s\\n' "\${COMPREPLY[@]}"`], { encoding: 'utf8', env: { ...process.env, LANG: 'C.UTF-8' } });
  expect(r.stderr).toBe('');
  return r.stdout.split('\n').filter(Boolean);
}

describe('draft completion bash', () => {
  it('is valid bash and registers a completion for draft', () => {
    const file = script('bash');
    expect(spawnSync('bash', ['-n', file]).status).toBe(0);
    const r = spawnSync('bash', ['--norc', '-c', `source '${file}' && complete -p draft`], { encoding: 'utf8' });
    expect(r.stdout.trim()).toBe('complete -F _draft draft');
  });

  it('completes commands (including the ones added later), options, rule ids and provinces', () => {
    const file = script('bash');
    expect(bashComplete(file, ['draft', ''])).toEqual(expect.arrayContaining(['new', 'validate', 'init', 'doctor', 'hook', 'completion', '--version']));
    expect(bashComplete(file, ['draft', 'va'])).toEqual(['validate']);
    expect(bashComplete(file, ['draft', 'init', '--pro'])).toEqual(['--province']);
    expect(bashComplete(file, ['draft', 'new', '--province', 'kh'])).toEqual(expect.arrayContaining(['khorasan-razavi']));
    // Persian names, a space in them quoted for the command line.
    expect(bashComplete(file, ['draft', 'new', '--province', 'آذربایجان'])).toEqual(['آذربایجان\\ شرقی', 'آذربایجان\\ غربی']);
    expect(bashComplete(file, ['draft', 'new', '--kind', ''])).toEqual(['directive', 'circular']);
    expect(bashComplete(file, ['draft', 'validate', '--format', 'sa'])).toEqual(['sarif']);
    expect(bashComplete(file, ['draft', 'completion', ''])).toEqual(['bash', 'zsh', 'fish', 'powershell']);
    expect(bashComplete(file, ['draft', 'hook', 'un'])).toEqual(['uninstall']);
  });
});

describe('the completion spec', () => {
  it('is read from the program: a command added to it is completed with no list kept by hand', () => {
    const program = buildProgram({ cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr, env: process.env }, () => undefined);
    program.command('weekly').description('weekly digest / گزارش').option('--rule <id>', 'only this rule').argument('[paths...]');
    const spec = completionSpec(program, { provinces: PROVINCES.map((p) => p.slug), rules: rules.map((r) => r.meta.id), categories: [], formats: ['json'] });
    const digest = spec.commands.find((c) => c.name === 'weekly')!;
    expect(digest.description).toBe('weekly digest');
    expect(digest.options.find((o) => o.names.includes('--rule'))!.value!.words).toEqual(rules.map((r) => r.meta.id));
    expect(digest.args).toEqual({ words: [], files: true });
    expect(completionScript('bash', spec, '0')).toContain("'weekly':'--rule'");
  });

  it('offers rule ids where an option names rules', () => {
    const program = new Command('draft');
    program.command('explain').argument('<rule>');
    const spec = completionSpec(program, { provinces: [], rules: ['zwnj'], categories: [], formats: [] });
    expect(spec.commands[0]!.args).toEqual({ words: ['zwnj'] });
  });
});

describe.runIf(has('zsh'))('draft completion zsh', () => {
  it('is valid zsh and registers _draft with compdef', () => {
    const file = script('zsh');
    expect(spawnSync('zsh', ['-n', file]).status).toBe(0);
    const r = spawnSync('zsh', ['-f', '-c', `autoload -Uz compinit; compinit -u -D; source '${file}'; print -r -- $_comps[draft]`], { encoding: 'utf8' });
    expect(r.stdout.trim()).toBe('_draft');
  });
});

describe.runIf(has('fish'))('draft completion fish', () => {
  it('completes commands, options and provinces in fish', () => {
    const file = script('fish');
    expect(spawnSync('fish', ['-n', file]).status).toBe(0);
    const ask = (line: string): string[] => spawnSync('fish', ['--no-config', '-c', `source '${file}'; complete -C '${line}'`], { encoding: 'utf8' })
      .stdout.split('\n').filter(Boolean).map((l) => l.split('\t')[0]!);
    expect(ask('draft doc')).toEqual(['doctor']);
    expect(ask('draft new --province qo')).toEqual(['qom']);
    expect(ask('draft validate --format ju')).toEqual(['junit']);
  });
});

describe('draft completion powershell', () => {
  it('carries the spec as JSON that PowerShell reads back', () => {
    const r = draft(['completion', 'powershell']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Register-ArgumentCompleter -Native -CommandName 'draft'");
    const json = /DraftCompletionSpec = '([\s\S]*?)' \| ConvertFrom-Json/.exec(r.stdout)![1]!.replace(/''/g, "'");
    const spec = JSON.parse(json) as { commands: Array<{ name: string }> };
    expect(spec.commands.map((c) => c.name)).toContain('init');
  });

  it('an unknown shell is a usage error', () => {
    expect(draft(['completion', 'tcsh']).code).toBe(2);
  });
});
