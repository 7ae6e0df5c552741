import { parseArgs } from 'node:util';

export const FORMATS = ['stylish', 'json', 'sarif', 'junit', 'github', 'parseable'] as const;
export type FormatName = (typeof FORMATS)[number];
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
}

export interface RemoteCliOptions {
  resourceValidate: boolean;
  heatUrl?: string;
  cloud?: string;
  caCert?: string;
  insecure: boolean;
  timeoutMs?: number;
  ignoreErrors?: string;
  showNested: boolean;
  showParameters: boolean;
  debug: boolean;
}

export class UsageError extends Error {}

export const HELP = `Usage: hot-lint [options] [files, directories or globs...]

Lints OpenStack Heat Orchestration Templates (HOT). A directory is searched recursively for
templates (files with heat_template_version) and Heat environment files; other YAML files
in it are skipped. Without paths, the current directory is linted.

Options:
  -f, --format NAME       Output format: stylish (default), json, sarif, junit, github, parseable
  -o, --output FILE       Write the report to FILE instead of standard output
  -c, --config FILE       Use this configuration instead of the nearest .hot-lint.yaml
  -e, --environment FILE  An environment file for the templates (repeat it; merged in order,
                          like "openstack stack create -e")
      --root DIR          The project root: get_file, nested templates and environments are
                          never read outside it (default: the configuration file's folder,
                          else the current directory)
      --severity LEVEL    Report findings of LEVEL and above: info (default), warning, error
  -q, --quiet             Report errors only (same as --severity error)
      --max-warnings N    Also fail when there are more than N warnings
      --max-file-size BYTES  Do not lint files larger than BYTES (default 10485760, or
                          the configuration's maxFileSize)
      --fix               Apply the certain fixes to the files, then report what is left
      --cache             Do not lint again what is unchanged since the last run: the file,
                          its configuration, environments, nested and get_file files, the
                          Heat catalog and hot-lint itself (also: cache: true in the config)
      --cache-location FILE  The cache file (default: .hot-lint-cache)

Remote validation (asks a real Heat API; credentials as the openstack client takes them:
OS_CLOUD with clouds.yaml, or OS_AUTH_URL, OS_USERNAME, OS_PASSWORD, OS_PROJECT_NAME...):
      --remote            Also validate each template with Heat's validate API
      --no-resource-validate  Structural validation only (resource_validate=false)
      --os-cloud NAME     The cloud of clouds.yaml to use (default: OS_CLOUD)
      --heat-url URL      Heat's endpoint, with OS_TOKEN, instead of Keystone's catalog
      --os-cacert FILE    Trust these CA certificates (default: OS_CACERT)
      --insecure          Do not verify TLS certificates (only when you must)
      --timeout SECONDS   Per request (default 30)
      --ignore-errors CODES   Heat error codes to ignore (comma-separated)
      --show-nested       Validate nested stacks too
      --show-parameters   Print Heat's parameter summary of each valid template
      --debug             Print each request and answer (passwords and tokens hidden)
      --no-suppressions   Ignore "# hot-lint-disable" comments
      --all-rules         Turn on every rule, including those off by default
      --list-rules        List the rules: id, severity, enabled, area, description
      --explain RULE      Print the documentation of a rule
  -v, --version           Print the version
  -h, --help              Print this help

Exit status: 0 when no finding fails, 1 when there are errors (or more warnings than
--max-warnings), 2 on a usage error, a bad configuration, an unreadable file or an
internal error.

Configuration (.hot-lint.yaml or .hot-lint.yml, in the file's folder or one above):
  rules: { rule-id: error | warning | info | off }
  ignore: [ globs relative to the configuration file ]
  environments: [ { templates: glob, files: [ environment files ] } ]
  catalog: "19.0.0"
  cache: true

Suppressions in a template:
  # hot-lint-disable-next-line RULE[, RULE]    # hot-lint-disable-line RULE
  # hot-lint-disable [RULE, ...]               (the whole file; no rule means every rule)
`;

export function parseCliArgs(argv: string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        output: { type: 'string', short: 'o' },
        config: { type: 'string', short: 'c' },
        environment: { type: 'string', short: 'e', multiple: true },
        root: { type: 'string' },
        remote: { type: 'boolean' },
        'no-resource-validate': { type: 'boolean' },
        'os-cloud': { type: 'string' },
        'heat-url': { type: 'string' },
        'os-cacert': { type: 'string' },
        insecure: { type: 'boolean' },
        timeout: { type: 'string' },
        'ignore-errors': { type: 'string' },
        'show-nested': { type: 'boolean' },
        'show-parameters': { type: 'boolean' },
        debug: { type: 'boolean' },
        severity: { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
        'max-warnings': { type: 'string' },
        'max-file-size': { type: 'string' },
        fix: { type: 'boolean' },
        cache: { type: 'boolean' },
        'cache-location': { type: 'string' },
        'no-suppressions': { type: 'boolean' },
        'all-rules': { type: 'boolean' },
        'list-rules': { type: 'boolean' },
        explain: { type: 'string' },
        version: { type: 'boolean', short: 'v' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError(cleanParseError((error as Error).message));
  }
  const v = parsed.values;
  const format = v.format ?? 'stylish';
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`Unknown format "${format}"; use one of ${FORMATS.join(', ')}.`);
  }
  let severity: Level = 'info';
  if (v.severity !== undefined) {
    if (!(LEVELS as readonly string[]).includes(v.severity)) {
      throw new UsageError(`Unknown severity "${v.severity}"; use one of ${LEVELS.join(', ')}.`);
    }
    severity = v.severity as Level;
  }
  if (v.quiet) severity = 'error';
  let maxWarnings: number | undefined;
  if (v['max-warnings'] !== undefined) {
    if (!/^\d+$/.test(v['max-warnings'])) {
      throw new UsageError(`--max-warnings needs a whole number, not "${v['max-warnings']}".`);
    }
    maxWarnings = Number(v['max-warnings']);
  }
  let maxFileSize: number | undefined;
  if (v['max-file-size'] !== undefined) {
    if (!/^\d+$/.test(v['max-file-size']) || Number(v['max-file-size']) === 0 || !Number.isSafeInteger(Number(v['max-file-size']))) {
      throw new UsageError(`--max-file-size needs a whole number of bytes greater than 0, not "${v['max-file-size']}".`);
    }
    maxFileSize = Number(v['max-file-size']);
  }
  const options: CliOptions = {
    paths: parsed.positionals,
    format: format as FormatName,
    environments: v.environment ?? [],
    severity,
    fix: v.fix ?? false,
    cache: v.cache ?? false,
    suppressions: !v['no-suppressions'],
    allRules: v['all-rules'] ?? false,
    listRules: v['list-rules'] ?? false,
    version: v.version ?? false,
    help: v.help ?? false,
  };
  if (v.output !== undefined) options.output = v.output;
  if (v.config !== undefined) options.config = v.config;
  if (v.root !== undefined) options.root = v.root;
  if (v['cache-location'] !== undefined) options.cacheLocation = v['cache-location'];
  const remoteOnly = ['no-resource-validate', 'os-cloud', 'heat-url', 'os-cacert', 'insecure', 'timeout', 'ignore-errors', 'show-nested', 'show-parameters', 'debug'] as const;
  if (!v.remote) {
    const stray = remoteOnly.find((name) => v[name] !== undefined);
    if (stray) throw new UsageError(`--${stray} goes with --remote.`);
  } else {
    const remote: RemoteCliOptions = {
      resourceValidate: !v['no-resource-validate'],
      insecure: v.insecure ?? false,
      showNested: v['show-nested'] ?? false,
      showParameters: v['show-parameters'] ?? false,
      debug: v.debug ?? false,
    };
    if (v.timeout !== undefined) {
      if (!/^\d+(\.\d+)?$/.test(v.timeout) || Number(v.timeout) <= 0) {
        throw new UsageError(`--timeout needs a number of seconds, not "${v.timeout}".`);
      }
      remote.timeoutMs = Number(v.timeout) * 1000;
    }
    if (v['heat-url'] !== undefined) remote.heatUrl = v['heat-url'];
    if (v['os-cloud'] !== undefined) remote.cloud = v['os-cloud'];
    if (v['os-cacert'] !== undefined) remote.caCert = v['os-cacert'];
    if (v['ignore-errors'] !== undefined) remote.ignoreErrors = v['ignore-errors'];
    options.remote = remote;
  }
  if (v.explain !== undefined) options.explain = v.explain;
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
