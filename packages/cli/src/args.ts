import { parseArgs } from 'node:util';

export const FORMATS = ['stylish', 'json', 'sarif', 'junit', 'github', 'gitlab', 'checkstyle', 'parseable'] as const;
export type FormatName = (typeof FORMATS)[number];
export const GRAPH_FORMATS = ['svg', 'dot', 'mermaid'] as const;
export type GraphFormatName = (typeof GRAPH_FORMATS)[number];
export const LEVELS = ['error', 'warning', 'info'] as const;
export type Level = (typeof LEVELS)[number];

export interface CliOptions {
  paths: string[];
  format: FormatName;
  output?: string;
  config?: string;
  /** Environment files (`-e`), in the order Heat merges them, applied to every template linted. */
  environments: string[];
  /** Where get_file, nested templates and environments may be read from. */
  root?: string;
  /** The optional pass against a real Heat API (`--remote`). */
  remote?: RemoteCliOptions;
  /** `--heat-release`: one release, or "from,to" for a range; checked by the caller against core's list. */
  heatRelease?: string | [string, string];
  /** Lowest severity reported. */
  severity: Level;
  maxWarnings?: number;
  /** The largest file to lint, in bytes (`--max-file-size`); else the configuration's, else 10 MiB. */
  maxFileSize?: number;
  fix: boolean;
  /** Reuse the findings of files unchanged since the last run (`--cache`, or `cache: true` in the configuration). */
  cache: boolean;
  /** The cache file (`--cache-location`); `.hot-lint-cache` in the current folder by default. */
  cacheLocation?: string;
  suppressions: boolean;
  allRules: boolean;
  listRules: boolean;
  explain?: string;
  version: boolean;
  help: boolean;
  /** The name standard input (`-`) is linted as: its config, its folder for get_file, what reports show. */
  stdinFilename?: string;
  /** --color / --no-color; undefined: FORCE_COLOR, NO_COLOR, then whether stdout is a terminal. */
  color?: boolean;
  /** --print-config FILE: show the configuration that applies to FILE instead of linting. */
  printConfig?: string;
  /** --init: write a commented .hot-lint.yaml in the current folder. */
  init: boolean;
  /** `hot-lint graph FILE`: draw the template instead of linting it. */
  graph?: { format: GraphFormatName };
}

export interface RemoteCliOptions {
  resourceValidate: boolean;
  heatUrl?: string;
  cloud?: string;
  caCert?: string;
  insecure: boolean;
  timeoutMs?: number;
  /** Templates validated at the same time. */
  concurrency: number;
  ignoreErrors?: string;
  showNested: boolean;
  showParameters: boolean;
  debug: boolean;
}

export class UsageError extends Error {}

type Group = 'Output' | 'Input' | 'Configuration' | 'Rules' | 'Remote validation' | 'Commands';

interface OptionSpec {
  name: string;
  short?: string;
  /** The argument's name in the help (a string option); absent for a flag. */
  arg?: string;
  multiple?: boolean;
  group: Group;
  help: string;
}

const GROUP_INTROS: Partial<Record<Group, string>> = {
  'Remote validation':
    'Asks a real Heat API; credentials as the openstack client takes them: OS_CLOUD with\nclouds.yaml, or OS_AUTH_URL, OS_USERNAME, OS_PASSWORD, OS_PROJECT_NAME...',
};

/** Every option, once: what parseArgs accepts and what --help prints come from here. */
export const OPTIONS: readonly OptionSpec[] = [
  { name: 'format', short: 'f', arg: 'NAME', group: 'Output', help: `Output format: ${FORMATS.join(', ')} (default stylish); gitlab is GitLab's Code Quality report (CodeClimate JSON)` },
  { name: 'output', short: 'o', arg: 'FILE', group: 'Output', help: 'Write the report to FILE (its folders are created) instead of standard output' },
  { name: 'color', group: 'Output', help: 'Colour the stylish output even when standard output is not a terminal (or set FORCE_COLOR=1)' },
  { name: 'no-color', group: 'Output', help: 'Never colour the output (or set NO_COLOR=1)' },
  { name: 'severity', arg: 'LEVEL', group: 'Output', help: 'Report findings of LEVEL and above: info (default), warning, error' },
  { name: 'quiet', short: 'q', group: 'Output', help: 'Report errors only (same as --severity error)' },
  { name: 'max-warnings', arg: 'N', group: 'Output', help: 'Also fail when there are more than N warnings' },
  { name: 'stdin-filename', arg: 'PATH', group: 'Input', help: 'Lint standard input (the path "-") as the file PATH: its configuration, its folder for get_file and nested templates, its name in the report' },
  { name: 'environment', short: 'e', arg: 'FILE', multiple: true, group: 'Input', help: 'An environment file for the templates (repeat it; merged in order, like "openstack stack create -e")' },
  { name: 'root', arg: 'DIR', group: 'Input', help: "The project root: get_file, nested templates and environments are never read outside it (default: the configuration file's folder, else the current directory)" },
  { name: 'heat-release', arg: 'R', group: 'Input', help: "Check against Heat release R: a series (train, 2023.1), a major number (13) or a version (13.1.0); FROM,TO for a range (the template must work on each). Default: the configuration's heatRelease, else the newest release" },
  { name: 'max-file-size', arg: 'BYTES', group: 'Input', help: "Do not lint files larger than BYTES (default 10485760, or the configuration's maxFileSize)" },
  { name: 'config', short: 'c', arg: 'FILE', group: 'Configuration', help: 'Use this configuration instead of the nearest .hot-lint.yaml' },
  { name: 'print-config', arg: 'FILE', group: 'Configuration', help: 'Print the configuration that applies to FILE (and which file it comes from) as JSON, then exit' },
  { name: 'init', group: 'Configuration', help: 'Write a commented .hot-lint.yaml in the current folder, then exit' },
  { name: 'cache', group: 'Input', help: 'Do not lint again what is unchanged since the last run: the file, its configuration, environments, nested and get_file files, the Heat catalog and hot-lint itself (also: cache: true in the configuration)' },
  { name: 'cache-location', arg: 'FILE', group: 'Input', help: 'The cache file (default: .hot-lint-cache)' },
  { name: 'fix', group: 'Rules', help: 'Apply the certain fixes to the files, then report what is left' },
  { name: 'no-suppressions', group: 'Rules', help: 'Ignore "# hot-lint-disable" comments' },
  { name: 'all-rules', group: 'Rules', help: 'Turn on every rule, including those off by default' },
  { name: 'list-rules', group: 'Rules', help: 'List the rules: id, severity, enabled, area, description' },
  { name: 'explain', arg: 'RULE', group: 'Rules', help: 'Print the documentation of a rule' },
  { name: 'remote', group: 'Remote validation', help: "Also validate each template with Heat's validate API" },
  { name: 'no-resource-validate', group: 'Remote validation', help: 'Structural validation only (resource_validate=false)' },
  { name: 'os-cloud', arg: 'NAME', group: 'Remote validation', help: 'The cloud of clouds.yaml to use (default: OS_CLOUD)' },
  { name: 'heat-url', arg: 'URL', group: 'Remote validation', help: "Heat's endpoint, with OS_TOKEN, instead of Keystone's catalog" },
  { name: 'os-cacert', arg: 'FILE', group: 'Remote validation', help: 'Trust these CA certificates (default: OS_CACERT)' },
  { name: 'insecure', group: 'Remote validation', help: 'Do not verify TLS certificates (only when you must)' },
  { name: 'timeout', arg: 'SECONDS', group: 'Remote validation', help: 'Per request (default 30)' },
  { name: 'concurrency', arg: 'N', group: 'Remote validation', help: 'Templates validated at the same time (default 4); one login per run, progress on stderr, the run stops at a failure that would repeat' },
  { name: 'ignore-errors', arg: 'CODES', group: 'Remote validation', help: 'Heat error codes to ignore, comma-separated (HEAT-E99001 or 99001)' },
  { name: 'show-nested', group: 'Remote validation', help: 'Validate nested stacks too' },
  { name: 'show-parameters', group: 'Remote validation', help: "Print Heat's parameter summary of each valid template" },
  { name: 'debug', group: 'Remote validation', help: 'Print each request and answer (passwords and tokens hidden)' },
  { name: 'version', short: 'v', group: 'Commands', help: 'Print the version' },
  { name: 'help', short: 'h', group: 'Commands', help: 'Print this help' },
];

const REMOTE_ONLY = OPTIONS.filter((o) => o.group === 'Remote validation' && o.name !== 'remote').map((o) => o.name);
const HELP_WIDTH = 92;
const HELP_COLUMN = 26;

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

function optionLines(option: OptionSpec): string[] {
  const flag = `${option.short ? `-${option.short}, ` : '    '}--${option.name}${option.arg ? ` ${option.arg}` : ''}`;
  const text = wrap(option.help, HELP_WIDTH - HELP_COLUMN);
  const pad = ' '.repeat(HELP_COLUMN);
  const head = `  ${flag}`;
  if (head.length < HELP_COLUMN - 1) return [`${head.padEnd(HELP_COLUMN)}${text[0]}`, ...text.slice(1).map((t) => pad + t)];
  return [head, ...text.map((t) => pad + t)];
}

function helpText(): string {
  const groups: Group[] = ['Output', 'Input', 'Configuration', 'Rules', 'Remote validation', 'Commands'];
  const sections = groups.map((group) => {
    const intro = GROUP_INTROS[group];
    return [`${group}:`, ...(intro ? [intro] : []), ...OPTIONS.filter((o) => o.group === group).flatMap(optionLines)].join('\n');
  });
  return `Usage: hot-lint [options] [files, directories, globs or - for standard input...]
       hot-lint graph [-f svg|dot|mermaid] [-o FILE] [-e FILE] TEMPLATE

Lints OpenStack Heat Orchestration Templates (HOT). A directory is searched recursively for
templates (files with heat_template_version) and Heat environment files; other YAML files
in it are skipped. Without paths, the current directory is linted. "hot-lint graph" draws a
template's resources and what connects them (default: SVG).

${sections.join('\n\n')}

Exit status: 0 when no finding fails, 1 when there are errors (or more warnings than
--max-warnings), 2 on a usage error, a bad configuration, an unreadable file or an
internal error.

Configuration (.hot-lint.yaml or .hot-lint.yml, in the file's folder or one above, up to
the repository root, the folder with .git; hot-lint --init writes a commented one):
  rules: { rule-id: error | warning | info | off }   (rule-id/variant: one variant)
  ignore: [ globs relative to the configuration file ]
  environments: [ { templates: glob, files: [ environment files ] } ]
  heatRelease: train | 2023.1 | 22 | [train, 2024.1]   (default: the newest release)
  catalog: ./heat-catalog.json   (a cloud's catalog, from "hot-lint catalog pull")
  maxFileSize: 10485760
  cache: true   (as --cache)

Commands:
  hot-lint catalog pull   Write your cloud's Heat catalog (see hot-lint catalog --help)

Suppressions in a template:
  # hot-lint-disable-next-line RULE[, RULE]    # hot-lint-disable-line RULE
  # hot-lint-disable [RULE, ...]               (the whole file; no rule means every rule)
`;
}

export const HELP = helpText();

type ParseArgsOptions = Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }>;

function parseArgsOptions(): ParseArgsOptions {
  const result: ParseArgsOptions = {};
  for (const o of OPTIONS) {
    result[o.name] = { type: o.arg ? 'string' : 'boolean', ...(o.short ? { short: o.short } : {}), ...(o.multiple ? { multiple: true } : {}) };
  }
  return result;
}

export function parseCliArgs(argv: string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: parseArgsOptions(),
    });
  } catch (error) {
    throw new UsageError(cleanParseError((error as Error).message));
  }
  const values = parsed.values as Record<string, string | boolean | string[] | undefined>;
  const str = (name: string): string | undefined => values[name] as string | undefined;
  const flag = (name: string): boolean => values[name] === true;
  let positionals = parsed.positionals;
  const graph = positionals[0] === 'graph';
  if (graph) positionals = positionals.slice(1);
  const allowed: readonly string[] = graph ? GRAPH_FORMATS : FORMATS;
  const format = str('format') ?? (graph ? 'svg' : 'stylish');
  if (!allowed.includes(format)) {
    throw new UsageError(`Unknown ${graph ? 'graph ' : ''}format "${format}"; use one of ${allowed.join(', ')}.`);
  }
  if (graph && positionals.length !== 1) throw new UsageError('hot-lint graph takes one template, e.g. hot-lint graph stack.yaml > stack.svg');
  const notForGraph = ['fix', 'remote', 'max-warnings', 'print-config', 'init', 'list-rules', 'explain'].find((name) => values[name] !== undefined);
  if (graph && notForGraph) throw new UsageError(`--${notForGraph} does not go with hot-lint graph.`);
  let severity: Level = 'info';
  const severityText = str('severity');
  if (severityText !== undefined) {
    if (!(LEVELS as readonly string[]).includes(severityText)) {
      throw new UsageError(`Unknown severity "${severityText}"; use one of ${LEVELS.join(', ')}.`);
    }
    severity = severityText as Level;
  }
  if (flag('quiet')) severity = 'error';
  let maxWarnings: number | undefined;
  const maxWarningsText = str('max-warnings');
  if (maxWarningsText !== undefined) {
    if (!/^\d+$/.test(maxWarningsText)) {
      throw new UsageError(`--max-warnings needs a whole number, not "${maxWarningsText}".`);
    }
    maxWarnings = Number(maxWarningsText);
  }
  let maxFileSize: number | undefined;
  const maxFileSizeText = str('max-file-size');
  if (maxFileSizeText !== undefined) {
    if (!/^\d+$/.test(maxFileSizeText) || Number(maxFileSizeText) === 0 || !Number.isSafeInteger(Number(maxFileSizeText))) {
      throw new UsageError(`--max-file-size needs a whole number of bytes greater than 0, not "${maxFileSizeText}".`);
    }
    maxFileSize = Number(maxFileSizeText);
  }
  if (flag('color') && flag('no-color')) throw new UsageError('--color and --no-color contradict each other; give one.');
  const stdinCount = positionals.filter((p) => p === '-').length;
  if (stdinCount > 1) throw new UsageError('Standard input ("-") can be linted once per run.');
  if (str('stdin-filename') !== undefined && stdinCount === 0) {
    throw new UsageError('--stdin-filename names standard input: add "-" to the paths.');
  }
  if (stdinCount && flag('fix')) throw new UsageError('--fix writes files; it cannot fix standard input.');
  const options: CliOptions = {
    paths: positionals,
    format: graph ? 'stylish' : (format as FormatName),
    environments: (values.environment as string[] | undefined) ?? [],
    severity,
    fix: flag('fix'),
    cache: flag('cache'),
    suppressions: !flag('no-suppressions'),
    allRules: flag('all-rules'),
    listRules: flag('list-rules'),
    version: flag('version'),
    help: flag('help'),
    init: flag('init'),
  };
  if (graph) options.graph = { format: format as GraphFormatName };
  if (flag('color')) options.color = true;
  if (flag('no-color')) options.color = false;
  const optional = { output: 'output', config: 'config', root: 'root', explain: 'explain', stdinFilename: 'stdin-filename', printConfig: 'print-config', cacheLocation: 'cache-location' } as const;
  for (const [key, name] of Object.entries(optional) as Array<[keyof typeof optional, string]>) {
    const value = str(name);
    if (value !== undefined) options[key] = value;
  }
  if (!flag('remote')) {
    const stray = REMOTE_ONLY.find((name) => values[name] !== undefined);
    if (stray) throw new UsageError(`--${stray} goes with --remote.`);
  } else {
    const remote: RemoteCliOptions = {
      resourceValidate: !flag('no-resource-validate'),
      insecure: flag('insecure'),
      showNested: flag('show-nested'),
      showParameters: flag('show-parameters'),
      debug: flag('debug'),
      concurrency: 4,
    };
    const concurrency = str('concurrency');
    if (concurrency !== undefined) {
      if (!/^\d+$/.test(concurrency) || Number(concurrency) < 1 || Number(concurrency) > 64) {
        throw new UsageError(`--concurrency needs a whole number from 1 to 64, not "${concurrency}".`);
      }
      remote.concurrency = Number(concurrency);
    }
    const timeout = str('timeout');
    if (timeout !== undefined) {
      if (!/^\d+(\.\d+)?$/.test(timeout) || Number(timeout) <= 0) {
        throw new UsageError(`--timeout needs a number of seconds, not "${timeout}".`);
      }
      remote.timeoutMs = Number(timeout) * 1000;
    }
    const heatUrl = str('heat-url');
    const cloud = str('os-cloud');
    const caCert = str('os-cacert');
    const ignoreErrors = str('ignore-errors');
    if (heatUrl !== undefined) remote.heatUrl = heatUrl;
    if (cloud !== undefined) remote.cloud = cloud;
    if (caCert !== undefined) remote.caCert = caCert;
    if (ignoreErrors !== undefined) remote.ignoreErrors = ignoreErrors;
    options.remote = remote;
  }
  const heatRelease = str('heat-release');
  if (heatRelease !== undefined) {
    const ends = heatRelease.split(',').map((end) => end.trim());
    if (ends.length > 2 || ends.some((end) => end === '')) {
      throw new UsageError(`--heat-release needs a release (train, 2023.1, 13, 13.1.0) or a range FROM,TO, not "${heatRelease}".`);
    }
    options.heatRelease = ends.length === 2 ? [ends[0]!, ends[1]!] : ends[0]!;
  }
  if (maxWarnings !== undefined) options.maxWarnings = maxWarnings;
  if (maxFileSize !== undefined) options.maxFileSize = maxFileSize;
  return options;
}

function cleanParseError(message: string): string {
  const first = message.split('\n')[0] ?? message;
  const unknown = /^Unknown option '([^']+)'/.exec(first);
  if (unknown) return `Unknown option "${unknown[1]}". Run hot-lint --help for the options.`;
  return first.replace(/\. To specify a positional argument.*$/, '.');
}
