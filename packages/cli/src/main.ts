import { closeSync, openSync, readFileSync, readSync, statSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { Diagnostic, HotLintConfig, ParsedDocument, Rule } from '@hot-lint/core';
import type { CliOptions, Level, RemoteCliOptions } from './args.js';
import { HELP, parseCliArgs, UsageError } from './args.js';
import type { Kind, Target } from './files.js';
import { classify, describeFsError, expandPaths } from './files.js';
import type { FileReport, FormatContext, Formatter, Report } from './report.js';
import { summarize } from './report.js';
import { Scheduler } from './schedule.js';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdoutIsTTY: boolean;
  /** Progress is shown on a terminal only. */
  stderrIsTTY?: boolean;
}

const RANK: Record<Level, number> = { info: 1, warning: 2, error: 3 };
const HEAD_BYTES = 64 * 1024;

/** Runs the command; resolves to the exit status. Throws only on an internal error. */
export async function main(argv: string[], io: Io): Promise<number> {
  let options: CliOptions;
  try {
    options = parseCliArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`hot-lint: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
  if (options.help) {
    io.stdout(HELP);
    return 0;
  }
  if (options.version) {
    io.stdout(`hot-lint ${cliVersion()} (Heat catalog 19.0.0)\n`);
    return 0;
  }

  const core = await import('@hot-lint/core');
  const configs = new ConfigResolver(core, io.cwd, options.config);

  if (options.explain !== undefined) return explain(core, options.explain, io);
  if (options.listRules) {
    const found = configs.forDirectory(io.cwd);
    if (configs.errors.length) return reportConfigErrors(configs.errors, io);
    return listRules(core.allRules, found?.config ?? null, options, io);
  }

  let status = 0;
  const fail = (message: string) => {
    io.stderr(`hot-lint: ${message}\n`);
    status = 2;
  };
  const { targets, errors } = await expandPaths(options.paths.length ? options.paths : ['.']);
  for (const error of errors) fail(error);

  // Configuration first: a bad one stops everything (exit status 2) before any linting.
  const planned: Array<{ target: Target; absolute: string; config: LoadedConfig | null }> = [];
  for (const target of targets) {
    const absolute = resolve(io.cwd, target.path);
    const config = configs.forDirectory(dirname(absolute));
    if (core.isIgnored(absolute, config)) continue;
    planned.push({ target, absolute, config });
  }
  const here = configs.forDirectory(io.cwd); // its `cache: true` turns the cache on
  if (configs.errors.length) return reportConfigErrors(configs.errors, io);

  const minRank = RANK[options.severity];
  const files: FileReport[] = [];
  const reportable = (list: readonly Diagnostic[]) => list.filter((d) => RANK[d.severity] >= minRank);
  const project = new ProjectRun(core, io.cwd, options);
  for (const problem of project.checkEnvironments()) fail(problem);
  const environmentTargets: Array<{ absolute: string; config: LoadedConfig | null }> = [];
  const nestedFindings: Diagnostic[] = []; // --remote findings inside nested templates (`file` set)
  const scheduler = startScheduler(core, options, io, here);
  const examined = scheduler.run('template', planned.map(({ target, absolute, config }) => ({ absolute, explicit: target.explicit, config })), (file) => examine(core, project, file, options));
  for (const [index, { target, absolute, config }] of planned.entries()) {
    const shown = displayPath(absolute, io.cwd);
    const planning: PlannedFile = { absolute, explicit: target.explicit, config };
    const result = await examined(index);
    if (result.kind === 'skip') continue;
    if (result.kind === 'error') {
      fail(`${shown}: ${result.message}`);
      continue;
    }
    if (result.kind === 'environment') {
      environmentTargets.push({ absolute, config });
      continue;
    }
    if (result.kind === 'other') {
      if (target.explicit) io.stderr(`hot-lint: ${shown}: not a Heat template (no heat_template_version) nor a Heat environment file; skipped.\n`);
      continue;
    }
    const environments = project.environmentsFor(absolute, config);
    const lintText = (text: string, parsed: ParsedDocument | null): Diagnostic[] => lintTemplateText(core, project, planning, options, text, parsed).diagnostics;
    let text = result.text ?? '';
    let diagnostics = result.diagnostics;
    let fixed = 0;
    if (options.fix && !hasSyntaxError(diagnostics)) {
      const { applyCertainFixes, writeAtomically } = await import('./fix.js');
      for (let pass = 0; pass < 10; pass++) {
        const next = applyCertainFixes(text, reportable(diagnostics));
        if (next.applied === 0) break;
        const nextDiagnostics = lintText(next.text, null);
        if (hasSyntaxError(nextDiagnostics)) break; // a fix must never break the file
        text = next.text;
        diagnostics = nextDiagnostics;
        fixed += next.applied;
      }
      lintText(text, null);
      if (fixed > 0) {
        try {
          writeAtomically(absolute, text);
          io.stderr(`hot-lint: ${shown}: fixed ${fixed === 1 ? '1 problem' : `${fixed} problems`}.\n`);
        } catch (error) {
          fail(`${shown}: the fixes could not be written: ${describeFsError(error)}`);
          fixed = 0;
          diagnostics = lintText(result.text ?? '', null);
        }
      }
    }
    if (options.remote) {
      const remote = await validateRemotely(absolute, text, environments, options.remote, io);
      if (remote.failure) fail(`${shown}: remote validation: ${remote.failure}`);
      diagnostics = [...diagnostics, ...remote.diagnostics.filter((d) => d.file === undefined)];
      nestedFindings.push(...remote.diagnostics.filter((d) => d.file !== undefined));
    }
    files.push({ path: shown, absolute, diagnostics: reportable(diagnostics), fixed });
  }
  for (const { file, ...finding } of nestedFindings) {
    let report = files.find((f) => f.absolute === file);
    if (!report) {
      const path = /^[a-z][a-z0-9+.-]*:\/\//i.test(file!) ? file! : displayPath(file!, io.cwd); // a path, or an http(s) URL
      files.push((report = { path, absolute: file!, diagnostics: [], fixed: 0 }));
    }
    report.diagnostics.push(...reportable([finding]));
  }

  // Environment files: those found or named, and those given with -e or bound by a
  // configuration file; each once, against a template it is used with when there is one.
  const environmentJobs: EnvironmentJob[] = project.environmentFiles(environmentTargets).map(({ absolute, config }) => {
    const usedBy = project.templateUsing(absolute);
    return usedBy ? { absolute, config, usedBy } : { absolute, config };
  });
  const environmentResults = scheduler.run('environment', environmentJobs, (job) => lintEnvironmentJob(core, project, job, options));
  for (const [index, job] of environmentJobs.entries()) {
    const shown = displayPath(job.absolute, io.cwd);
    const result = await environmentResults(index);
    if (result.diagnostics === null) {
      fail(`${shown}: cannot read the environment file: ${result.reason}`);
      continue;
    }
    files.push({ path: shown, absolute: job.absolute, diagnostics: reportable(result.diagnostics), fixed: 0 });
  }
  scheduler.close();

  if (files.length === 0 && status === 0) {
    // Nothing linted is easy to mistake for a clean run (a mistyped folder in CI): say so.
    io.stderr(`hot-lint: no Heat templates or environment files found in ${options.paths.length ? options.paths.join(', ') : 'the current directory'}.\n`);
  }
  const report: Report = { files, summary: summarize(files), cwd: io.cwd };
  const context: FormatContext = {
    color:
      options.output === undefined && io.stdoutIsTTY && !io.env.NO_COLOR && io.env.TERM !== 'dumb',
    rules: core.allRules,
    version: cliVersion(),
    heatVersion: core.DEFAULT_HEAT_VERSION,
    repositoryUrl: repositoryUrl(),
  };
  const formatter = await loadFormatter(options.format);
  const output = formatter(report, context);
  if (options.output !== undefined) {
    try {
      writeFileSync(resolve(io.cwd, options.output), output);
    } catch (error) {
      fail(`${options.output}: the report could not be written: ${describeFsError(error)}`);
    }
  } else if (output) {
    io.stdout(output);
  }
  if (status !== 0) return status;
  const { errors: errorCount, warnings } = report.summary;
  if (errorCount > 0) return 1;
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
    io.stderr(`hot-lint: ${warnings} warnings, more than --max-warnings ${options.maxWarnings}.\n`);
    return 1;
  }
  return 0;
}

type Core = typeof import('@hot-lint/core');

/** A file of the run with its configuration decided, not read yet. */
export interface PlannedFile {
  absolute: string;
  /** Named on the command line (not found in a folder). */
  explicit: boolean;
  config: LoadedConfig | null;
}

export type Examined =
  | { kind: 'skip' }
  | { kind: 'error'; message: string }
  | { kind: 'environment' }
  | { kind: 'other' }
  | {
      kind: 'template';
      diagnostics: Diagnostic[];
      /** The files the findings were computed from (for the cache). */
      depends: string[];
      /** The text, when examined in this thread (--fix and --remote need it; they use neither workers nor the cache). */
      text?: string;
    };

/** Reads, classifies and, a template, lints one file: the same work in the main thread and in a pool worker (pool.ts). */
export function examine(core: Core, project: ProjectRun, file: PlannedFile, options: CliOptions): Examined {
  const read = readTarget(file.absolute, file.explicit, maxSizeFor(core, options, file.config));
  if (read.kind !== 'text') return read;
  let document: ParsedDocument | undefined;
  const kind: Kind = classify(read.text, () => {
    document = core.parseDocument(read.text);
    const root = core.nodes.asMap(document.root, document.yaml);
    return root ? root.items.map((pair) => core.nodes.keyName(pair) ?? '') : null;
  });
  if (kind !== 'template') return { kind };
  return { kind, text: read.text, ...lintTemplateText(core, project, file, options, read.text, document ?? null) };
}

export function lintTemplateText(
  core: Core,
  project: ProjectRun,
  file: PlannedFile,
  options: CliOptions,
  text: string,
  parsed: ParsedDocument | null,
): { diagnostics: Diagnostic[]; depends: string[] } {
  const { absolute, config } = file;
  const session = project.session(absolute, config);
  const environments = project.environmentsOf(absolute, config);
  session.setText(absolute, text, parsed);
  const { result, files } = session.tracking(() =>
    core.lintTemplateFile(session, absolute, {
      limits: { maxSize: maxSizeFor(core, options, config) },
      rules: config?.config.rules ?? {},
      allRules: options.allRules,
      suppressions: options.suppressions,
      environments,
    }),
  );
  return { diagnostics: result.diagnostics ?? [], depends: files };
}

/** An environment file to lint, with the template (and its environments) it is used with, when one uses it. */
export interface EnvironmentJob {
  absolute: string;
  config: LoadedConfig | null;
  usedBy?: { template: string; environments: string[] };
}

export type EnvironmentExamined = { diagnostics: Diagnostic[]; depends: string[] } | { diagnostics: null; reason: string };

export function lintEnvironmentJob(core: Core, project: ProjectRun, job: EnvironmentJob, options: CliOptions): EnvironmentExamined {
  const { absolute, config, usedBy } = job;
  const session = project.session(absolute, config);
  const { result, files } = session.tracking(() =>
    core.lintEnvironmentFile(session, absolute, {
      rules: config?.config.rules ?? {},
      allRules: options.allRules,
      suppressions: options.suppressions,
      environments: usedBy?.environments ?? [absolute],
      ...(usedBy ? { templatePath: usedBy.template } : {}),
    }),
  );
  return result.diagnostics === null ? { diagnostics: null, reason: result.reason ?? 'unknown' } : { diagnostics: result.diagnostics, depends: files };
}

/** The cache and the worker threads of a run (schedule.ts); `cache: true` in the current folder's configuration counts as --cache. */
function startScheduler(core: Core, options: CliOptions, io: Io, here: LoadedConfig | null): Scheduler {
  const fingerprint = {
    tool: cliVersion(),
    heat: core.DEFAULT_HEAT_VERSION,
    cwd: io.cwd,
    root: options.root,
    environments: options.environments,
    config: options.config,
    allRules: options.allRules,
    suppressions: options.suppressions,
    maxFileSize: options.maxFileSize,
  };
  return Scheduler.start(options, io, options.cache || here?.config.cache === true, fingerprint);
}

function maxSizeFor(core: Core, options: CliOptions, config: LoadedConfig | null): number {
  return options.maxFileSize ?? config?.config.maxFileSize ?? core.DEFAULT_PARSE_LIMITS.maxSize;
}

/** The --remote pass for one template: Heat's verdict as diagnostics, or a one-line failure. */
async function validateRemotely(
  path: string,
  text: string,
  environmentFiles: string[],
  options: RemoteCliOptions,
  io: Io,
): Promise<{ diagnostics: Diagnostic[]; failure?: string }> {
  const { validateRemote } = await import('@hot-lint/remote');
  const credentialOptions: { cwd: string; heatUrl?: string; cloud?: string } = { cwd: io.cwd };
  if (options.heatUrl !== undefined) credentialOptions.heatUrl = options.heatUrl;
  if (options.cloud !== undefined) credentialOptions.cloud = options.cloud;
  const result = await validateRemote({
    templateText: text,
    templatePath: path,
    environmentFiles,
    resourceValidate: options.resourceValidate,
    showNested: options.showNested,
    insecure: options.insecure,
    env: io.env,
    credentialOptions,
    ...(options.ignoreErrors !== undefined ? { ignoreErrors: options.ignoreErrors } : {}),
    ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
    ...(options.caCert !== undefined ? { caCert: options.caCert } : io.env.OS_CACERT ? { caCert: io.env.OS_CACERT } : {}),
    ...(options.debug ? { debugLog: (line: string) => io.stderr(`hot-lint: debug: ${line}\n`) } : {}),
  });
  if (result.failure) return { diagnostics: [], failure: result.failure.message };
  if (result.ok && options.showParameters && result.parameters) {
    const lines = Object.entries(result.parameters).map(
      ([name, p]) => `  ${name}: ${p.Type ?? '?'}${p.Default !== undefined ? ` = ${JSON.stringify(p.Default)}` : ''}${p.Description ? `  (${p.Description})` : ''}`,
    );
    io.stderr(`hot-lint: ${displayPath(path, io.cwd)}: Heat accepts it${result.requestId ? ` (request ${result.requestId})` : ''}; parameters:\n${lines.join('\n')}\n`);
  }
  return { diagnostics: result.diagnostics };
}
type Session = InstanceType<Core['ProjectSession']>;

/**
 * The project side of a run: one session per project root, so each file (template,
 * environment, nested template, get_file target) is read and parsed once; which
 * environments apply to which template (-e, and the configuration's bindings).
 */
export class ProjectRun {
  private readonly sessions = new Map<string, Session>();
  private cliEnvironments: string[];
  private readonly usage = new Map<string, { template: string; environments: string[] }>();
  private readonly bound = new Map<string, LoadedConfig | null>();

  constructor(
    private readonly core: Core,
    private readonly cwd: string,
    private readonly options: CliOptions,
  ) {
    this.cliEnvironments = options.environments.map((e) => resolve(cwd, e));
  }

  /** Problems with the -e files themselves (missing, unreadable); those files are then left out. */
  checkEnvironments(): string[] {
    const problems: string[] = [];
    const usable: string[] = [];
    for (const path of this.cliEnvironments) {
      try {
        if (statSync(path).isFile()) usable.push(path);
        else problems.push(`${displayPath(path, this.cwd)}: the environment file is not a file.`);
      } catch (error) {
        problems.push(`${displayPath(path, this.cwd)}: cannot read the environment file: ${describeFsError(error)}`);
      }
    }
    this.cliEnvironments = usable;
    return problems;
  }

  session(absolute: string, config: LoadedConfig | null): Session {
    const root = this.core.projectRootFor(absolute, {
      root: this.options.root === undefined ? undefined : resolve(this.cwd, this.options.root),
      config,
      folders: [this.cwd],
    });
    let session = this.sessions.get(root);
    if (!session) {
      const catalog = this.core.loadCatalog(config?.config.catalog ? { heatVersion: config.config.catalog } : {});
      session = new this.core.ProjectSession(new this.core.NodeFileLoader(root), catalog);
      this.sessions.set(root, session);
    }
    return session;
  }

  /** The configuration's environments whose `templates` glob matches, then the -e files. */
  environmentsFor(template: string, config: LoadedConfig | null): string[] {
    const found = this.environmentsOf(template, config);
    for (const path of this.core.boundEnvironments(template, config)) if (!this.bound.has(path)) this.bound.set(path, config);
    for (const env of found) if (!this.usage.has(env)) this.usage.set(env, { template, environments: found });
    return found;
  }

  /** The same list, without recording that the template uses them: templates may be linted out of order (pool.ts). */
  environmentsOf(template: string, config: LoadedConfig | null): string[] {
    return this.core.environmentsFor(template, config, this.cliEnvironments);
  }

  templateUsing(environment: string): { template: string; environments: string[] } | undefined {
    return this.usage.get(environment);
  }

  /** Every environment file to lint once: found in the paths, given with -e, or bound by a configuration. */
  environmentFiles(found: Array<{ absolute: string; config: LoadedConfig | null }>): Array<{ absolute: string; config: LoadedConfig | null }> {
    const all = new Map<string, LoadedConfig | null>();
    for (const { absolute, config } of found) all.set(absolute, config);
    for (const path of this.cliEnvironments) if (!all.has(path)) all.set(path, null);
    for (const [path, config] of this.bound) if (!all.has(path)) all.set(path, config);
    return [...all].map(([absolute, config]) => ({ absolute, config }));
  }
}

export interface LoadedConfig {
  path: string;
  dir: string;
  config: HotLintConfig;
}

/** Finds (walking up from each folder), reads and validates configuration files, each once. */
export class ConfigResolver {
  readonly errors: string[] = [];
  private readonly byDir = new Map<string, LoadedConfig | null>();
  private readonly byPath = new Map<string, LoadedConfig | null>();
  private readonly explicit: string | undefined;

  constructor(
    private readonly core: Core,
    private readonly cwd: string,
    explicit: string | undefined,
  ) {
    this.explicit = explicit === undefined ? undefined : resolve(cwd, explicit);
  }

  forDirectory(dir: string): LoadedConfig | null {
    if (this.explicit) return this.load(this.explicit);
    let found = this.byDir.get(dir);
    if (found === undefined) {
      const path = this.core.findConfigFile(dir);
      found = path ? this.load(path) : null;
      this.byDir.set(dir, found);
    }
    return found;
  }

  private load(path: string): LoadedConfig | null {
    if (this.byPath.has(path)) return this.byPath.get(path)!;
    const shown = displayPath(path, this.cwd);
    let loaded: LoadedConfig | null = null;
    let text: string | null = null;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      this.errors.push(`${shown}: ${describeFsError(error)}`);
    }
    if (text !== null) {
      const { config, problems } = this.core.parseConfig(text);
      for (const problem of problems) this.errors.push(this.core.formatConfigProblem(shown, problem));
      if (problems.length === 0) loaded = { path, dir: dirname(path), config };
    }
    this.byPath.set(path, loaded);
    return loaded;
  }
}

function reportConfigErrors(errors: readonly string[], io: Io): number {
  for (const error of errors) io.stderr(`hot-lint: ${error}\n`);
  return 2;
}

type ReadOutcome = { kind: 'text'; text: string } | { kind: 'skip' } | { kind: 'error'; message: string };

/** Reads a file for linting. Files found in folders that are binary or huge are skipped quietly unless they look like templates. */
function readTarget(path: string, explicit: boolean, maxSize: number): ReadOutcome {
  let size: number;
  try {
    const stats = statSync(path);
    if (stats.isDirectory()) return { kind: 'error', message: 'is a directory.' };
    size = stats.size;
  } catch (error) {
    return { kind: 'error', message: describeFsError(error) };
  }
  try {
    if (size > maxSize) {
      if (!explicit && !/heat_template_version/.test(readHead(path))) return { kind: 'skip' };
      return { kind: 'error', message: `too large to lint (${megabytes(size)}; the limit is ${megabytes(maxSize)}).` };
    }
    const buffer = readFileSync(path);
    const nul = buffer.subarray(0, 8192).indexOf(0);
    if (nul >= 0) {
      if (!explicit) return { kind: 'skip' };
      return { kind: 'error', message: `not a text file (a NUL byte at offset ${nul}); not linted.` };
    }
    return { kind: 'text', text: buffer.toString('utf8') };
  } catch (error) {
    return { kind: 'error', message: describeFsError(error) };
  }
}

function readHead(path: string): string {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const length = readSync(fd, buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, length).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

function megabytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${bytes} bytes`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}

function hasSyntaxError(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.ruleId === 'yaml-syntax' && d.severity === 'error');
}

export function displayPath(absolute: string, cwd: string): string {
  const rel = relative(cwd, absolute);
  if (rel && !rel.startsWith('..') && !isAbsolute(rel)) return rel.split(sep).join('/');
  return absolute.split(sep).join('/');
}

async function loadFormatter(name: string): Promise<Formatter> {
  switch (name) {
    case 'json':
      return (await import('./formatters/json.js')).format;
    case 'sarif':
      return (await import('./formatters/sarif.js')).format;
    case 'junit':
      return (await import('./formatters/junit.js')).format;
    case 'github':
      return (await import('./formatters/github.js')).format;
    case 'parseable':
      return (await import('./formatters/parseable.js')).format;
    default:
      return (await import('./formatters/stylish.js')).format;
  }
}

interface PackageJson {
  version?: string;
  repository?: string | { url?: string };
}

let packageJson: PackageJson | null = null;
function readPackageJson(): PackageJson {
  if (!packageJson) {
    try {
      packageJson = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as PackageJson;
    } catch {
      packageJson = {};
    }
  }
  return packageJson;
}

export function cliVersion(): string {
  return readPackageJson().version ?? '0.0.0';
}

function repositoryUrl(): string | null {
  const repo = readPackageJson().repository;
  const url = typeof repo === 'string' ? repo : repo?.url;
  if (!url) return null;
  return url.replace(/^git\+/, '').replace(/\.git$/, '');
}

function explain(core: Core, id: string, io: Io): number {
  const rule = core.findRule(id);
  if (!rule) {
    const ids = core.allRules.map((r) => r.meta.id);
    io.stderr(`hot-lint: Unknown rule "${id}".${core.didYouMean(core.closestMatches(id, ids))} Run hot-lint --list-rules for the rules.\n`);
    return 2;
  }
  const m = rule.meta;
  let out = `# ${m.id}\n\n${m.description}\n\nSeverity: ${m.severity}. Area: ${m.area}. ${m.enabledByDefault ? 'On by default.' : 'Off by default.'}\n`;
  if (m.stricterThanHeat) out += `Stricter than Heat's validate: ${m.stricterThanHeat}\n`;
  out += `\n${m.docs.trimEnd()}\n`;
  io.stdout(out);
  return 0;
}

function listRules(rules: readonly Rule[], config: HotLintConfig | null, options: CliOptions, io: Io): number {
  const rows = rules.map((rule) => {
    const setting = config?.rules[rule.meta.id];
    const enabled = setting ? setting !== 'off' : rule.meta.enabledByDefault || options.allRules;
    const severity = setting && setting !== 'off' ? setting : rule.meta.severity;
    return [rule.meta.id, severity, enabled ? 'yes' : 'no', rule.meta.area, rule.meta.description];
  });
  const header = ['RULE', 'SEVERITY', 'ENABLED', 'AREA', 'DESCRIPTION'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  ');
  io.stdout(`${[header, ...rows].map(line).join('\n')}\n`);
  return 0;
}
