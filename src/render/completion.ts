/**
 * Shell completion scripts for bash, zsh and fish, generated from a plain description of the
 * command tree (built from commander by the command), so commands added later complete too.
 * Contact slugs are read when completing, by calling the hidden `infoview __slugs`.
 * Pure: spec in, script text out.
 */

/** What a value completes to: fixed words, or one of the dynamic kinds. */
export type ValueKind = { words: string[] } | 'contact' | 'file' | 'dir' | 'none';

export interface FlagSpec {
  /** `--kind`; `-k` too when it has a short form. */
  names: string[];
  description: string;
  /** Undefined when the flag takes no value. */
  value?: ValueKind;
}

export interface CommandSpec {
  /** `add meeting`; the root is ``. */
  path: string;
  description: string;
  flags: FlagSpec[];
  /** Completion for each positional argument, in order (the last repeats when variadic). */
  args: ValueKind[];
  subcommands: string[];
}

const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

function bashValue(kind: ValueKind): string {
  if (kind === 'contact') return 'COMPREPLY=($(compgen -W "$(_infoview_slugs)" -- "$cur"))';
  if (kind === 'file') return 'COMPREPLY=($(compgen -f -- "$cur"))';
  if (kind === 'dir') return 'COMPREPLY=($(compgen -d -- "$cur"))';
  if (kind === 'none') return 'COMPREPLY=()';
  return `COMPREPLY=($(compgen -W ${q(kind.words.join(' '))} -- "$cur"))`;
}

/** The bash script (also used by zsh through bashcompinit). */
export function bashScript(specs: readonly CommandSpec[]): string {
  const paths = specs.filter((s) => s.path).map((s) => s.path);
  const valued = [...new Set(specs.flatMap((s) => s.flags.filter((f) => f.value).flatMap((f) => f.names)))];
  const lines: string[] = [
    '# infoview completion for bash',
    '# Install: infoview completion bash > ~/.local/share/bash-completion/completions/infoview',
    '_infoview_slugs() {',
    '  # The word as typed: a leading ~ is the home folder, as the shell would have expanded it.',
    '  if [[ -n $_infoview_dir ]]; then command infoview --dir "${_infoview_dir/#\\~/$HOME}" __slugs 2>/dev/null',
    '  else command infoview __slugs 2>/dev/null; fi',
    '}',
    '_infoview() {',
    '  local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}',
    '  local path="" npos=0 i w _infoview_dir=""',
    `  local commands=${q(`|${paths.join('|')}|`)} valued=${q(` ${valued.join(' ')} `)}`,
    '  for ((i = 1; i < COMP_CWORD; i++)); do',
    '    w=${COMP_WORDS[i]}',
    '    if [[ $w == -* ]]; then',
    '      if [[ $valued == *" $w "* ]]; then i=$((i + 1)); [[ $w == --dir ]] && _infoview_dir=${COMP_WORDS[i]}; fi',
    '      continue',
    '    fi',
    '    if [[ $commands == *"|${path:+$path }$w|"* ]]; then path="${path:+$path }$w"; npos=0; else npos=$((npos + 1)); fi',
    '  done',
    '  if [[ $valued == *" $prev "* ]]; then',
    '    case "$path $prev" in',
  ];
  for (const spec of specs) {
    for (const flag of spec.flags) {
      // A free-text value (`none`) needs no line: bash then offers nothing special.
      if (!flag.value || flag.value === 'none') continue;
      lines.push(`      ${flag.names.map((n) => q(`${spec.path} ${n}`)).join('|')}) ${bashValue(flag.value)}; return ;;`);
    }
  }
  lines.push('    esac', '    return', '  fi', '  if [[ $cur == -* ]]; then', '    case "$path" in');
  for (const spec of specs) lines.push(`      ${q(spec.path)}) COMPREPLY=($(compgen -W ${q(spec.flags.flatMap((f) => f.names).join(' '))} -- "$cur")) ;;`);
  lines.push('    esac', '    return', '  fi', '  case "$path" in');
  for (const spec of specs) {
    if (spec.subcommands.length) {
      lines.push(`    ${q(spec.path)}) COMPREPLY=($(compgen -W ${q(spec.subcommands.join(' '))} -- "$cur")) ;;`);
      continue;
    }
    if (!spec.args.length) {
      lines.push(`    ${q(spec.path)}) COMPREPLY=() ;;`);
      continue;
    }
    lines.push(`    ${q(spec.path)})`, '      case $npos in');
    spec.args.forEach((kind, i) => lines.push(`        ${i === spec.args.length - 1 ? '*' : i}) ${bashValue(kind)} ;;`));
    lines.push('      esac ;;');
  }
  lines.push('  esac', '}', 'complete -o default -F _infoview infoview', '');
  return lines.join('\n');
}

/** zsh: the bash function through zsh's bashcompinit (meant to be sourced from ~/.zshrc). */
export function zshScript(specs: readonly CommandSpec[]): string {
  return [
    '# infoview completion for zsh',
    '# Install: add to ~/.zshrc:  source <(infoview completion zsh)',
    '# compinit runs only when nothing ran it yet (oh-my-zsh and most setups do): running it again is slow.',
    '(( $+functions[compdef] )) || { autoload -U +X compinit && compinit }',
    'autoload -U +X bashcompinit && bashcompinit',
    bashScript(specs).split('\n').slice(2).join('\n'),
  ].join('\n');
}

function fishValue(kind: ValueKind): string {
  if (kind === 'contact') return "-xa '(__infoview_slugs)'";
  if (kind === 'file') return '-rF';
  if (kind === 'dir') return "-xa '(__fish_complete_directories)'";
  if (kind === 'none') return '-x';
  return `-xa ${q(kind.words.join(' '))}`;
}

/** fish: one `complete` line per command, flag and argument. */
export function fishScript(specs: readonly CommandSpec[]): string {
  const lines = [
    '# infoview completion for fish',
    '# Install: infoview completion fish > ~/.config/fish/completions/infoview.fish',
    '# Contact slugs come from the folder named by --dir on the command line, if any.',
    'function __infoview_slugs',
    '  set -l words (commandline -opc)',
    '  set -l dir',
    '  for i in (seq (count $words))',
    '    if test "$words[$i]" = --dir; and test $i -lt (count $words)',
    '      set dir $words[(math $i + 1)]',
    '    end',
    '  end',
    '  if test -n "$dir"',
    '    command infoview --dir (string replace -r \'^~\' $HOME -- $dir) __slugs 2>/dev/null',
    '  else',
    '    command infoview __slugs 2>/dev/null',
    '  end',
    'end',
    'complete -c infoview -f',
  ];
  for (const spec of specs) {
    const words = spec.path ? spec.path.split(' ') : [];
    const condition = words.length
      ? words.map((w) => `__fish_seen_subcommand_from ${w}`).join('; and ')
      : '__fish_use_subcommand';
    // Below a group (`add`), its own flags and subcommands apply only until a subcommand is typed.
    const below = spec.subcommands.length && spec.path ? `; and not __fish_seen_subcommand_from ${spec.subcommands.join(' ')}` : '';
    for (const sub of spec.subcommands) {
      const child = specs.find((s) => s.path === (spec.path ? `${spec.path} ${sub}` : sub));
      lines.push(`complete -c infoview -n ${q(condition + below)} -a ${q(sub)} -d ${q(child?.description ?? '')}`);
    }
    for (const flag of spec.flags) {
      const long = flag.names.find((n) => n.startsWith('--'))?.slice(2);
      const short = flag.names.find((n) => /^-[^-]$/.test(n))?.slice(1);
      const parts = [`complete -c infoview -n ${q(condition + below)}`];
      if (long) parts.push(`-l ${long}`);
      if (short) parts.push(`-s ${short}`);
      if (flag.value) parts.push(fishValue(flag.value));
      parts.push(`-d ${q(flag.description)}`);
      lines.push(parts.join(' '));
    }
    const first = spec.args[0];
    if (first && spec.path) lines.push(`complete -c infoview -n ${q(condition)} ${fishValue(first)}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * PowerShell (5.1 and 7): a native argument completer. The command tree travels as JSON in a
 * literal here-string (nothing in it is evaluated); the script block walks the words typed so
 * far the way the bash function does. Files and folders are left to PowerShell's own completion.
 */
export function powershellScript(specs: readonly CommandSpec[]): string {
  const tree = Object.fromEntries(
    // Keyed `infoview add contact`: PowerShell 5.1's ConvertFrom-Json refuses an empty key.
    specs.map((s) => [
      s.path ? `infoview ${s.path}` : 'infoview',
      {
        flags: s.flags.flatMap((f) => f.names),
        values: Object.fromEntries(s.flags.flatMap((f) => (f.value ? f.names.map((n) => [n, f.value]) : []))),
        subcommands: s.subcommands,
        args: s.args,
      },
    ]),
  );
  // A here-string ends at a line that starts with '@: one line of JSON never does.
  const json = JSON.stringify(tree);
  return [
    '# infoview completion for PowerShell',
    '# Install: add this line to your profile (notepad $PROFILE):',
    '#   infoview completion powershell | Out-String | Invoke-Expression',
    'Register-ArgumentCompleter -Native -CommandName infoview -ScriptBlock {',
    '  param($wordToComplete, $commandAst, $cursorPosition)',
    `  $tree = ConvertFrom-Json @'\n${json}\n'@`,
    '  $typed = @($commandAst.CommandElements | Select-Object -Skip 1 | Where-Object { $_.Extent.EndOffset -lt $cursorPosition } | ForEach-Object { $_.Extent.Text })',
    "  $path = 'infoview'; $npos = 0; $dir = ''; $prev = ''",
    '  for ($i = 0; $i -lt $typed.Count; $i++) {',
    '    $w = $typed[$i]; $prev = $w',
    "    if ($w.StartsWith('-')) {",
    '      $spec = $tree.PSObject.Properties[$path].Value',
    '      if ($spec -and $spec.values.PSObject.Properties[$w] -and $i + 1 -lt $typed.Count) {',
    "        $i++; $prev = ''",
    // As typed, quotes included: the folder is what is inside them.
    "        if ($w -eq '--dir') { $dir = $typed[$i].Trim([char]34, [char]39) }",
    '      }',
    '      continue',
    '    }',
    '    $next = "$path $w"',
    '    if ($tree.PSObject.Properties[$next]) { $path = $next; $npos = 0 } else { $npos++ }',
    '  }',
    '  $spec = $tree.PSObject.Properties[$path].Value',
    '  if (-not $spec) { return }',
    "  $kind = $null; $type = 'ParameterValue'",
    '  if ($prev -and $spec.values.PSObject.Properties[$prev]) { $kind = $spec.values.PSObject.Properties[$prev].Value }',
    "  elseif ($wordToComplete.StartsWith('-')) { $kind = [pscustomobject]@{ words = $spec.flags }; $type = 'ParameterName' }",
    '  elseif ($spec.subcommands.Count) { $kind = [pscustomobject]@{ words = $spec.subcommands } }',
    '  elseif ($spec.args.Count) { $kind = $spec.args[[Math]::Min($npos, $spec.args.Count - 1)] }',
    '  $words = @()',
    "  if ($kind -eq 'contact') {",
    "    $expanded = if ($dir -like '~*') { $HOME + $dir.Substring(1) } else { $dir }",
    "    $words = if ($dir) { @(infoview --dir $expanded __slugs 2>$null) } else { @(infoview __slugs 2>$null) }",
    '  } elseif ($kind -and $kind.words) { $words = $kind.words }',
    "  $words | Where-Object { $_ -like \"$wordToComplete*\" } | ForEach-Object { [System.Management.Automation.CompletionResult]::new($_, $_, $type, $_) }",
    '}',
    '',
  ].join('\n');
}
