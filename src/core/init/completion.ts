/**
 * Shell completion scripts, generated from the command line's own definition (commander's program
 * object), so every command and option a helper adds is completed without a list kept by hand. The
 * scripts are static, as `gh completion` and `rustup completions` print them: a TAB costs no node
 * start-up. Re-run `draft completion <shell>` after an upgrade to pick up new commands.
 *
 * Values: an option's or argument's declared choices; provinces for --province (slug and Persian
 * name); rule ids for anything named rule; categories for --category; report formats for --format;
 * files for paths. Everything else is free text.
 */

import type { Argument, Command, Option } from 'commander';

export interface ValueSource {
  /** Words offered; empty with `files` means free text. */
  words: string[];
  files?: boolean;
}

export interface OptionSpec {
  /** Every spelling: `-o`, `--output`. */
  names: string[];
  description: string;
  /** Undefined for a flag without a value. */
  value?: ValueSource;
}

export interface CommandSpec {
  name: string;
  description: string;
  options: OptionSpec[];
  /** What positional arguments complete to. */
  args?: ValueSource;
}

export interface CompletionSpec {
  name: string;
  commands: CommandSpec[];
  globalOptions: OptionSpec[];
}

export interface Vocabulary {
  provinces: string[];
  rules: string[];
  categories: string[];
  formats: string[];
}

const FILE_OPTIONS = /^(output|config|answers|cache-location|input|out|file|template|templates)$/;

function valueFor(name: string, choices: readonly string[] | undefined, vocab: Vocabulary): ValueSource {
  if (choices && choices.length > 0) return { words: [...choices] };
  if (name === 'province') return { words: vocab.provinces };
  if (/(^|-)rules?$/.test(name)) return { words: vocab.rules };
  if (name === 'category') return { words: vocab.categories };
  if (name === 'format') return { words: vocab.formats };
  if (name === 'kind') return { words: ['directive', 'circular'] };
  if (name === 'lang') return { words: ['fa', 'en'] };
  if (FILE_OPTIONS.test(name)) return { words: [], files: true };
  return { words: [] };
}

/** The first line of a description, without the Persian half after « / » (kept short for menus). */
const short = (d: string): string => (d.split('\n')[0] ?? '').split(' / ')[0]!.trim();

function optionSpec(o: Option, vocab: Vocabulary): OptionSpec {
  const names = [o.short, o.long].filter((n): n is string => typeof n === 'string');
  const takesValue = o.required || o.optional;
  const key = (o.long ?? o.short ?? '').replace(/^--?/, '').replace(/^no-/, '');
  return { names, description: short(o.description), ...(takesValue ? { value: valueFor(key, o.argChoices, vocab) } : {}) };
}

function argsSpec(args: readonly Argument[], vocab: Vocabulary): ValueSource | undefined {
  const first = args[0];
  if (!first) return undefined;
  if (first.argChoices && first.argChoices.length > 0) return { words: [...first.argChoices] };
  const name = first.name();
  if (/rule/.test(name)) return { words: vocab.rules };
  return { words: [], files: true };
}

export function completionSpec(program: Command, vocab: Vocabulary): CompletionSpec {
  const help = { names: ['-h', '--help'], description: 'display help' };
  const commands = program.commands
    .filter((c) => !(c as Command & { _hidden?: boolean })._hidden)
    .map((c): CommandSpec => ({
      name: c.name(),
      description: short(c.description()),
      options: [...c.options.filter((o) => !o.hidden).map((o) => optionSpec(o, vocab)), help],
      args: argsSpec(c.registeredArguments, vocab),
    }));
  commands.push({ name: 'help', description: 'display help for command', options: [], args: { words: commands.map((c) => c.name) } });
  return { name: program.name(), commands, globalOptions: [...program.options.map((o) => optionSpec(o, vocab)), help] };
}

export const SHELLS = ['bash', 'zsh', 'fish', 'powershell'] as const;
export type Shell = (typeof SHELLS)[number];

export function completionScript(shell: Shell, spec: CompletionSpec, version: string): string {
  switch (shell) {
    case 'bash': return bash(spec, version);
    case 'zsh': return zsh(spec, version);
    case 'fish': return fish(spec, version);
    case 'powershell': return powershell(spec, version);
  }
}

/** Single-quoted for sh-like shells. */
const sq = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;
const fn = (spec: CompletionSpec): string => `_${spec.name.replace(/[^\w]/g, '_')}`;

function bash(spec: CompletionSpec, version: string): string {
  const f = fn(spec);
  const valueCases: string[] = [];
  const optionCases: string[] = [];
  const argCases: string[] = [];
  const words = (v: ValueSource): string => (v.files ? `${f}_files` : v.words.length > 0 ? `${f}_words ${sq(v.words.join('\n'))}` : 'return 0');
  for (const c of spec.commands) {
    const valued = c.options.filter((o) => o.value);
    for (const o of valued) valueCases.push(`      ${sq(c.name)}:${o.names.map((n) => sq(n)).join(`|${sq(c.name)}:`)}) ${words(o.value!)}; return 0 ;;`);
    optionCases.push(`      ${sq(c.name)}) ${f}_words ${sq(c.options.flatMap((o) => o.names).join('\n'))} ;;`);
    if (c.args) argCases.push(`      ${sq(c.name)}) ${words(c.args)} ;;`);
  }
  const top = [...spec.commands.map((c) => c.name), ...spec.globalOptions.flatMap((o) => o.names)];
  return `# bash completion for ${spec.name} (pishnevis ${version}); generated by \`${spec.name} completion bash\`.
# Load it now:        source <(${spec.name} completion bash)
# Load it every time: ${spec.name} completion bash > ~/.local/share/bash-completion/completions/${spec.name}

# Offers the lines of $1 that start with the current word, each quoted for the command line.
${f}_words() {
  local word IFS=$'\\n'
  COMPREPLY=()
  for word in $1; do
    [[ "$word" == "$cur"* ]] && COMPREPLY+=("$(printf '%q' "$word")")
  done
  return 0
}

${f}_files() {
  compopt -o filenames 2>/dev/null
  local IFS=$'\\n'
  COMPREPLY=($(compgen -f -- "$cur"))
}

${f}() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="" cmd="" i
  (( COMP_CWORD > 0 )) && prev="\${COMP_WORDS[COMP_CWORD-1]}"
  for (( i = 1; i < COMP_CWORD; i++ )); do
    case "\${COMP_WORDS[i]}" in
      -*) ;;
      *) cmd="\${COMP_WORDS[i]}"; break ;;
    esac
  done
  if [[ -z "$cmd" ]]; then
    ${f}_words ${sq(top.join('\n'))}
    return 0
  fi
  case "$cmd:$prev" in
${valueCases.join('\n')}
  esac
  if [[ "$cur" == -* ]]; then
    case "$cmd" in
${optionCases.join('\n')}
    esac
    return 0
  fi
  case "$cmd" in
${argCases.join('\n')}
  esac
  return 0
}

complete -F ${f} ${spec.name}
`;
}

/** Escapes for a zsh _arguments spec: brackets and colons end its fields. */
const zdesc = (s: string): string => s.replace(/([\\[\]:'])/g, (m) => (m === "'" ? `'\\''` : `\\${m}`));

function zshValues(v: ValueSource | undefined): string {
  if (!v) return '';
  if (v.files) return ':file:_files';
  if (v.words.length === 0) return ':value: ';
  return `:value:(${v.words.map((w) => w.replace(/([\\\s()'"])/g, '\\$1')).join(' ')})`;
}

function zsh(spec: CompletionSpec, version: string): string {
  const f = fn(spec);
  const optionSpec = (o: OptionSpec): string => {
    const excl = o.names.length > 1 ? `(${o.names.join(' ')})` : '';
    const names = o.names.length > 1 ? `{${o.names.join(',')}}` : o.names[0]!;
    const body = `[${zdesc(o.description)}]${o.value ? zshValues(o.value) : ''}`;
    return o.names.length > 1 ? `'${excl}'${names}'${body}'` : `'${names}${body}'`;
  };
  const cases = spec.commands.map((c) => {
    const args = c.args ? ` '*${zshValues(c.args).replace(/^:value:/, ':argument:')}'` : '';
    return `    ${sq(c.name)}) _arguments -s ${c.options.map(optionSpec).join(' ')}${args} ;;`;
  });
  return `#compdef ${spec.name}
# zsh completion for ${spec.name} (pishnevis ${version}); generated by \`${spec.name} completion zsh\`.
# Load it now:        source <(${spec.name} completion zsh)
# Load it every time: ${spec.name} completion zsh > "\${fpath[1]}/_${spec.name}"

${f}() {
  local -a commands
  commands=(
${spec.commands.map((c) => `    ${sq(`${c.name.replace(/:/g, '\\:')}:${c.description}`)}`).join('\n')}
  )
  if (( CURRENT == 2 )); then
    if [[ "\${words[CURRENT]}" == -* ]]; then
      _arguments -s ${spec.globalOptions.map(optionSpec).join(' ')}
    else
      _describe -t commands 'command' commands
    fi
    return
  fi
  local cmd="\${words[2]}"
  shift words
  (( CURRENT-- ))
  case "$cmd" in
${cases.join('\n')}
  esac
}

if [[ "\${funcstack[1]}" == "${f}" ]]; then
  ${f} "$@"
else
  (( $+functions[compdef] )) || autoload -Uz compinit && compinit
  compdef ${f} ${spec.name}
fi
`;
}

function fish(spec: CompletionSpec, version: string): string {
  const n = spec.name;
  const lines = [
    `# fish completion for ${n} (pishnevis ${version}); generated by \`${n} completion fish\`.`,
    `# Load it every time: ${n} completion fish > ~/.config/fish/completions/${n}.fish`,
    `complete -c ${n} -e`,
    `complete -c ${n} -f`,
  ];
  const all = spec.commands.map((c) => c.name).join(' ');
  const optionLine = (cond: string, o: OptionSpec): string => {
    const names = o.names.map((x) => (x.startsWith('--') ? `-l ${x.slice(2)}` : `-s ${x.slice(1)}`)).join(' ');
    const value = !o.value ? '' : o.value.files ? ' -r -F' : o.value.words.length > 0 ? ` -x -a ${sq(o.value.words.map((w) => w.replace(/ /g, '\\ ')).join(' '))}` : ' -x';
    return `complete -c ${n} -n ${sq(cond)} ${names}${value} -d ${sq(o.description)}`;
  };
  for (const o of spec.globalOptions) lines.push(optionLine(`not __fish_seen_subcommand_from ${all}`, o));
  for (const c of spec.commands) {
    lines.push(`complete -c ${n} -n ${sq(`not __fish_seen_subcommand_from ${all}`)} -a ${sq(c.name)} -d ${sq(c.description)}`);
    const cond = `__fish_seen_subcommand_from ${c.name}`;
    for (const o of c.options) lines.push(optionLine(cond, o));
    if (c.args?.files) lines.push(`complete -c ${n} -n ${sq(cond)} -F`);
    else if (c.args && c.args.words.length > 0) lines.push(`complete -c ${n} -n ${sq(cond)} -a ${sq(c.args.words.map((w) => w.replace(/ /g, '\\ ')).join(' '))}`);
  }
  return `${lines.join('\n')}\n`;
}

function powershell(spec: CompletionSpec, version: string): string {
  // The spec travels as JSON: PowerShell reads it with ConvertFrom-Json, no quoting rules to get wrong.
  const data = JSON.stringify(spec).replace(/'/g, "''");
  return `# PowerShell completion for ${spec.name} (pishnevis ${version}); generated by \`${spec.name} completion powershell\`.
# Load it now:        ${spec.name} completion powershell | Out-String | Invoke-Expression
# Load it every time: add that line to $PROFILE
$script:DraftCompletionSpec = '${data}' | ConvertFrom-Json

Register-ArgumentCompleter -Native -CommandName '${spec.name}' -ScriptBlock {
  param($wordToComplete, $commandAst, $cursorPosition)
  $spec = $script:DraftCompletionSpec
  $words = @($commandAst.CommandElements | Select-Object -Skip 1 | ForEach-Object { $_.ToString() })
  if ($wordToComplete -ne '' -and $words.Count -gt 0) { $words = @($words | Select-Object -SkipLast 1) }
  $cmd = $words | Where-Object { $_ -notlike '-*' } | Select-Object -First 1
  $prev = if ($words.Count -gt 0) { $words[-1] } else { '' }
  $offer = {
    param($list, $kind)
    $list | Where-Object { $_ -like "$wordToComplete*" } | ForEach-Object {
      $text = if ($_ -match '\\s') { "'$_'" } else { $_ }
      [System.Management.Automation.CompletionResult]::new($text, $_, $kind, $_)
    }
  }
  if (-not $cmd) {
    $names = @($spec.commands | ForEach-Object { $_.name }) + @($spec.globalOptions | ForEach-Object { $_.names })
    return & $offer $names 'ParameterValue'
  }
  $command = $spec.commands | Where-Object { $_.name -eq $cmd } | Select-Object -First 1
  if (-not $command) { return }
  $option = $command.options | Where-Object { $_.names -contains $prev -and $_.value } | Select-Object -First 1
  if ($option) {
    if ($option.value.files) { return }
    return & $offer $option.value.words 'ParameterValue'
  }
  if ($wordToComplete -like '-*') {
    return & $offer @($command.options | ForEach-Object { $_.names }) 'ParameterName'
  }
  if ($command.args -and -not $command.args.files) { return & $offer $command.args.words 'ParameterValue' }
}
`;
}
