import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';
import type { Diagnostic, HotLintConfig, LintOptions, LoadedConfig, ParsedDocument, Rule, Workspace } from '@hot-lint/core';
import { relativeInside } from '@hot-lint/core';
import type { CliOptions, Level, RemoteCliOptions } from './args.js';
import { HELP, parseCliArgs, UsageError } from './args.js';
import type { Kind, Target } from './files.js';
import { describeFsError, expandPaths } from './files.js';
import type { FileReport, FormatContext, Formatter, Report, RunFailure } from './report.js';
import { summarize } from './report.js';
import { Scheduler } from './schedule.js';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdoutIsTTY: boolean;
  /** Reads all of standard input (for the path "-"). */
  stdin?: () => Promise<string>;
  /** Progress is shown on a terminal only. */
  stderrIsTTY?: boolean;
  /** Told once the run has no template left to lint (all came from the cache): what is left is reporting. */
  nothingToLint?: () => void;
}

/** What reports call standard input when --stdin-filename does not name it. */
const STDIN_NAME = '<stdin>';

const RANK: Record<Level, number> = { info: 1, warning: 2, error: 3 };
const HEAD_BYTES = 64 * 1024;

/** Runs the command; resolves to the exit status. Throws only on an internal error. */
export async function main(argv: string[], io: Io): Promise<number> {
  if (argv[0] === 'catalog') {
    const { catalogCommand } = await import('./catalog-pull.js');
    return catalogCommand(argv.slice(1), io);
  }
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
  if (options.init) return (await import('./init.js')).writeInitialConfig(io);

  const core = await import('@hot-lint/core');
  const workspace = cliWorkspace(core, io.cwd, options);
  const configs = new RunConfigs(core, workspace, io.cwd);
  if (options.heatRelease !== undefined) {
    const releases = core.heatReleasesOf(options.heatRelease);
    if (typeof releases === 'string') {
      io.stderr(`hot-lint: --heat-release: ${releases}\n`);
      return 2;
    }
  }
  const releaseFor = (config: LoadedConfig | null) => workspace.releaseFor(config);
  if (options.version) {
    const here = configs.for(io.cwd);
    if (configs.errors.length) return reportConfigErrors(configs.errors, io);
    const spec = releaseFor(here);
    io.stdout(`hot-lint ${cliVersion()} (${core.heatReleaseSpecLabel(spec)}, catalog ${core.sessionRelease(spec) ?? core.DEFAULT_HEAT_VERSION})\n`);
    return 0;
  }
  if (options.printConfig !== undefined) {
    const absolute = resolve(io.cwd, options.printConfig);
    const found = configs.for(dirname(absolute));
    if (configs.errors.length) return reportConfigErrors(configs.errors, io);
    const { effectiveConfig } = await import('./print-config.js');
    io.stdout(`${JSON.stringify(effectiveConfig(core, workspace, absolute, found, options, io.cwd), null, 2)}\n`);
    return 0;
  }

  if (options.explain !== undefined) return explain(core, options.explain, io);
  if (options.listRules) {
    const found = configs.for(io.cwd);
    if (configs.errors.length) return reportConfigErrors(configs.errors, io);
    return listRules(core.allRules, found?.config ?? null, options, io);
  }

  let status = 0;
  const failures: RunFailure[] = [];
  const fail = (message: string, path?: string) => {
    io.stderr(`hot-lint: ${path === undefined ? '' : `${path}: `}${message}\n`);
    failures.push(path === undefined ? { message } : { message, path });
    status = 2;
  };
  if (options.remote?.ignoreErrors !== undefined) {
    const { parseIgnoreErrors } = await import('@hot-lint/remote');
    const codes = parseIgnoreErrors(options.remote.ignoreErrors);
    if (!codes.ok) {
      io.stderr(`hot-lint: --ignore-errors: ${codes.message}\n`);
      return 2;
    }
  }
  const readsStdin = options.paths.includes('-');
  const { targets, errors } = await expandPaths(options.paths.length ? options.paths.filter((p) => p !== '-') : ['.'], io.cwd, workspace);
  for (const error of errors) fail(error);
  if (options.output !== undefined && writesOverInput(resolve(io.cwd, options.output), targets, io.cwd, options.environments)) {
    io.stderr(`hot-lint: -o ${options.output}: that is a file being linted; the report would replace it. Name another file.\n`);
    return 2;
  }
  let stdinText: string | null = null;
  const stdinPath = resolve(io.cwd, options.stdinFilename ?? STDIN_NAME);
  if (readsStdin) {
    stdinText = io.stdin ? await io.stdin() : '';
    targets.unshift({ absolute: stdinPath, explicit: true });
  }

  // Configuration first: a bad one stops everything (exit status 2) before any linting.
  const planned: Array<{ target: Target; config: LoadedConfig | null }> = [];
  for (const target of targets) {
    const config = configs.for(dirname(target.absolute));
    if (core.isIgnored(target.absolute, config)) continue;
    planned.push({ target, config });
  }
  // A pulled catalog (catalog: ./heat-catalog.json) that cannot be read is a configuration error.
  const catalogFiles = new Set(planned.flatMap(({ config }) => (config?.config.catalogFile === undefined ? [] : [resolve(config.dir, config.config.catalogFile)])));
  for (const file of catalogFiles) {
    try {
      core.loadCatalogFile(file);
    } catch (error) {
      configs.errors.push((error as Error).message);
    }
  }
  const here = configs.for(io.cwd); // its `cache: true` turns the cache on
  if (configs.errors.length) return reportConfigErrors(configs.errors, io);

  const minRank = RANK[options.severity];
  const files: FileReport[] = [];
  const reportable = (list: readonly Diagnostic[]) => list.filter((d) => RANK[d.severity] >= minRank);
  const project = new ProjectRun(core, workspace, io.cwd, options);
  for (const problem of project.checkEnvironments()) fail(problem);
  const environmentTargets: Array<{ absolute: string; config: LoadedConfig | null; text?: string }> = [];
  const remoteQueue: RemoteItem[] = [];
  const scheduler = startScheduler(core, options, io, here);
  const jobs: PlannedFile[] = planned.map(({ target: { absolute, explicit }, config }) => {
    const fromStdin = stdinText !== null && absolute === stdinPath;
    return { absolute, explicit, config, ...(fromStdin ? { text: stdinText! } : {}) };
  });
  const examined = scheduler.run('template', jobs, (file) => examine(core, project, file, options));
  for (const [index, { target, config }] of planned.entries()) {
    const { absolute } = target;
    const job = jobs[index]!;
    const fromStdin = job.text !== undefined;
    const shown = fromStdin && options.stdinFilename === undefined ? STDIN_NAME : displayPath(absolute, io.cwd);
    const result = await examined(index);
    if (result.kind === 'skip') continue;
    if (result.kind === 'outside') {
      // Found in a folder or by a glob, through a link that leads out of the project: not read.
      io.stderr(`hot-lint: ${shown}: a link to a file outside the project root; not linted.\n`);
      continue;
    }
    if (result.kind === 'error') {
      fail(result.message, shown);
      continue;
    }
    if (result.kind === 'environment') {
      environmentTargets.push({ absolute, config, ...(fromStdin ? { text: job.text } : {}) });
      continue;
    }
    if (result.kind === 'other') {
      if (target.explicit) io.stderr(`hot-lint: ${shown}: not a Heat template (no heat_template_version) nor a Heat environment file; skipped.\n`);
      continue;
    }
    // Also binds the environments to the template, for the environment files' phase below.
    const environments = project.environmentsFor(absolute, config);
    const lintText = (text: string, parsed: ParsedDocument | null): Diagnostic[] => lintTemplateText(core, project, job, options, text, parsed).diagnostics;
    const original = result.text ?? '';
    let text = original;
    let diagnostics = result.diagnostics;
    if (options.graph) {
      // Only a graph needs the file's session here (and the catalog it loads: a cached file has none yet).
      const session = workspace.session(absolute, config, workspace.maxSizeFor(config));
      return (await import('./graph.js')).drawGraph(core, session, absolute, environments, diagnostics, options, io);
    }
    let fixed = 0;
    if (options.fix && !hasSyntaxError(diagnostics)) {
      const { applyCertainFixes, writeFixed } = await import('./fix.js');
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
          writeFixed(absolute, original, text);
          io.stderr(`hot-lint: ${shown}: fixed ${fixed === 1 ? '1 problem' : `${fixed} problems`}.\n`);
        } catch (error) {
          const reason = (error as NodeJS.ErrnoException).code ? describeFsError(error) : (error as Error).message;
          fail(`the fixes could not be written: ${reason}`, shown);
          fixed = 0;
          diagnostics = lintText(original, null);
        }
      }
    }
    const fileReport: FileReport = { path: shown, absolute, diagnostics: reportable(diagnostics), fixed, ...(result.text === undefined ? {} : { text }) };
    files.push(fileReport);
    if (options.remote) {
      const finalText = text;
      remoteQueue.push({
        absolute,
        text,
        environments,
        root: workspace.rootFor(absolute, config),
        rules: config?.config.rules ?? {},
        // Heat's findings go through lint as external findings: configured and suppressed like any other.
        relint: (external) => {
          fileReport.diagnostics = reportable(lintTemplateText(core, project, job, options, finalText, null, external).diagnostics);
        },
      });
    }
  }
  if (options.remote && remoteQueue.length) {
    const elsewhere = await validateRemotely(remoteQueue, options.remote, io, fail);
    for (const { file, ...finding } of elsewhere) {
      let report = files.find((f) => f.absolute === file);
      if (!report) {
        const path = /^[a-z][a-z0-9+.-]*:\/\//i.test(file!) ? file! : displayPath(file!, io.cwd); // a path, or an http(s) URL
        files.push((report = { path, absolute: file!, diagnostics: [], fixed: 0 }));
      }
      report.diagnostics.push(...reportable([finding]));
    }
  }

  // Environment files: those found or named, and those given with -e or bound by a
  // configuration file; each once, against a template it is used with when there is one.
  const environmentJobs: EnvironmentJob[] = project.environmentFiles(environmentTargets).map(({ absolute, config }) => {
    const use = workspace.templateUsing(absolute);
    const usedBy = use ? { template: use.template, environments: [...use.environments] } : undefined;
    const text = environmentTargets.find((t) => t.absolute === absolute)?.text;
    return { absolute, config, ...(usedBy ? { usedBy } : {}), ...(text === undefined ? {} : { text }) };
  });
  const environmentResults = scheduler.run('environment', environmentJobs, (job) => lintEnvironmentJob(core, project, job, options));
  for (const [index, job] of environmentJobs.entries()) {
    const { absolute } = job;
    const fromStdin = stdinText !== null && absolute === stdinPath;
    const shown = fromStdin && options.stdinFilename === undefined ? STDIN_NAME : displayPath(absolute, io.cwd);
    const result = await environmentResults(index);
    if (result.diagnostics === null) {
      fail(`cannot read the environment file: ${result.reason}`, shown);
      continue;
    }
    files.push({ path: shown, absolute, diagnostics: reportable(result.diagnostics), fixed: 0 });
  }
  scheduler.close();

  if (files.length === 0 && status === 0) {
    // Nothing linted is easy to mistake for a clean run (a mistyped folder in CI): say so.
    io.stderr(`hot-lint: no Heat templates or environment files found in ${options.paths.length ? options.paths.join(', ') : 'the current directory'}.\n`);
  }
  if (options.graph) {
    if (status === 0) fail('not a Heat template; only a template has a stack graph.', options.paths[0]);
    return status;
  }
  const report: Report = { files, summary: summarize(files), cwd: io.cwd, root: repositoryRoot(io.cwd), failures };
  const context: FormatContext = {
    color: useColor(options, io),
    rules: core.allRules,
    version: cliVersion(),
    heatVersion: core.sessionRelease(releaseFor(configs.for(io.cwd))) ?? core.DEFAULT_HEAT_VERSION,
    heatRelease: core.heatReleaseSpecLabel(releaseFor(configs.for(io.cwd))),
    repositoryUrl: repositoryUrl(),
    ruleUrl: (id) => {
      const home = repositoryUrl();
      return home ? `${home}/blob/main/docs/rules/${id}.md` : null;
    },
  };
  const formatter = await loadFormatter(options.format);
  const output = formatter(report, context);
  if (options.output !== undefined) {
    try {
      const target = resolve(io.cwd, options.output);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, output);
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

/** A file of the run with its configuration decided, not read yet; `text` is standard input's. */
export interface PlannedFile {
  absolute: string;
  /** Named on the command line (not found in a folder). */
  explicit: boolean;
  config: LoadedConfig | null;
  text?: string;
}

export type Examined =
  | { kind: 'skip' }
  | { kind: 'outside' }
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
  const { workspace } = project;
  const maxSize = workspace.maxSizeFor(file.config);
  const session = workspace.session(file.absolute, file.config, maxSize);
  if (file.text === undefined && !file.explicit && !session.loader.isAllowed(file.absolute)) return { kind: 'outside' };
  const read = file.text !== undefined ? readStdinText(core, file.text, maxSize) : readTarget(core, file.absolute, file.explicit, maxSize);
  if (read.kind !== 'text') return read;
  // One parse of a file per thread: a template or environment that an earlier template used is
  // parsed already, and an environment file's parse is kept for its own lint (the environment phase).
  const document: ParsedDocument = session.parsedAs(file.absolute, read.text) ?? core.parseDocument(read.text, { ...core.DEFAULT_PARSE_LIMITS, maxSize });
  const kind: Kind = core.classifyDocument(read.text, document).kind;
  if (kind === 'environment' && file.text === undefined) session.setText(file.absolute, read.text, document);
  if (kind !== 'template') return { kind };
  const linted = lintTemplateText(core, project, file, options, read.text, document);
  // Only the findings are kept: a run over many templates must not hold every parsed one.
  // A later template that nests this one, or an environment used with it, reads it again.
  if (!options.fix && !options.remote && !options.graph) session.forget(file.absolute);
  return { kind, text: read.text, ...linted };
}

/** A range (--heat-release, else the configuration's) is linted against each of its releases; a single release is the session's catalog. */
function rangeOption(core: Core, workspace: Workspace, config: LoadedConfig | null): Pick<LintOptions, 'heatRelease'> {
  const release = workspace.releaseFor(config);
  return core.isReleaseRange(release) ? { heatRelease: release } : {};
}

export function lintTemplateText(
  core: Core,
  project: ProjectRun,
  file: PlannedFile,
  options: CliOptions,
  text: string,
  parsed: ParsedDocument | null,
  external?: Diagnostic[],
): { diagnostics: Diagnostic[]; depends: string[] } {
  const { absolute, config } = file;
  const maxSize = project.workspace.maxSizeFor(config);
  const session = project.workspace.session(absolute, config, maxSize);
  const environments = project.workspace.environmentsFor(absolute, config);
  session.setText(absolute, text, parsed);
  const result = core.lintTemplateFile(session, absolute, {
    ...rangeOption(core, project.workspace, config),
    limits: { maxSize },
    rules: config?.config.rules ?? {},
    allRules: options.allRules,
    suppressions: options.suppressions,
    environments,
    ...(external ? { external } : {}),
  });
  return { diagnostics: result.diagnostics ?? [], depends: result.depends };
}

/** An environment file to lint, with the template (and its environments) it is used with, when one uses it; `text` is standard input's. */
export interface EnvironmentJob {
  absolute: string;
  config: LoadedConfig | null;
  usedBy?: { template: string; environments: string[] };
  text?: string;
}

export type EnvironmentExamined = { diagnostics: Diagnostic[]; depends: string[] } | { diagnostics: null; reason: string };

export function lintEnvironmentJob(core: Core, project: ProjectRun, job: EnvironmentJob, options: CliOptions): EnvironmentExamined {
  const { absolute, config, usedBy } = job;
  const session = project.workspace.session(absolute, config);
  if (job.text !== undefined) session.setText(absolute, job.text, null);
  const result = core.lintEnvironmentFile(session, absolute, {
    ...rangeOption(core, project.workspace, config),
    rules: config?.config.rules ?? {},
    allRules: options.allRules,
    suppressions: options.suppressions,
    environments: usedBy?.environments ?? [absolute],
    ...(usedBy ? { templatePath: usedBy.template } : {}),
  });
  return result.diagnostics === null ? { diagnostics: null, reason: result.reason ?? 'unknown' } : { diagnostics: result.diagnostics, depends: result.depends };
}

/** The cache and the worker threads of a run (schedule.ts); `cache: true` in the current folder's configuration counts as --cache. */
function startScheduler(core: Core, options: CliOptions, io: Io, here: LoadedConfig | null): Scheduler {
  const fingerprint = {
    tool: cliVersion(),
    heat: core.DEFAULT_HEAT_VERSION,
    heatRelease: options.heatRelease,
    cwd: io.cwd,
    root: options.root,
    environments: options.environments,
    config: options.config,
    allRules: options.allRules,
    suppressions: options.suppressions,
    maxFileSize: options.maxFileSize,
  };
  // A graph is drawn from the session of this run, never from a cached or a worker's lint.
  return Scheduler.start(options, io, !options.graph && (options.cache || here?.config.cache === true), fingerprint);
}

/** Heat's validate marks a hidden parameter with NoEcho "true". */
function isNoEcho(value: unknown): boolean {
  return value === true || (typeof value === 'string' && value.toLowerCase() === 'true');
}

/** A template waiting for the remote pass. */
interface RemoteItem {
  absolute: string;
  text: string;
  environments: string[];
  root: string;
  rules: Record<string, string>;
  relint: (external: Diagnostic[]) => void;
}

/**
 * The --remote pass over every template: one Keystone login, a few templates at a time,
 * progress on stderr, and a failure that would repeat for every template said once.
 * Findings in the templates are linted again as external findings; those in other files
 * (nested templates, environment files) are returned.
 */
async function validateRemotely(
  items: RemoteItem[],
  options: RemoteCliOptions,
  io: Io,
  fail: (message: string, path?: string) => void,
): Promise<Diagnostic[]> {
  const { validateMany, proxyFromEnv } = await import('@hot-lint/remote');
  const { HIDDEN_TEXT } = await import('@hot-lint/core');
  const credentialOptions: { cwd: string; heatUrl?: string; cloud?: string } = { cwd: io.cwd };
  if (options.heatUrl !== undefined) credentialOptions.heatUrl = options.heatUrl;
  if (options.cloud !== undefined) credentialOptions.cloud = options.cloud;
  const byPath = new Map(items.map((item) => [item.absolute, item]));
  const elsewhere: Diagnostic[] = [];
  const total = items.length;
  const run = await validateMany(
    items.map((item) => ({ path: item.absolute, text: item.text, environmentFiles: item.environments, root: item.root })),
    {
      resourceValidate: options.resourceValidate,
      showNested: options.showNested,
      insecure: options.insecure,
      env: io.env,
      credentialOptions,
      proxy: proxyFromEnv(io.env),
      userAgent: `hot-lint/${cliVersion()}`,
      // The CLI's promise holds for the remote pass too: nothing outside the root, no URL fetched.
      fetchUrls: false,
      concurrency: options.concurrency,
      ...(options.ignoreErrors !== undefined ? { ignoreErrors: options.ignoreErrors } : {}),
      ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
      ...(options.caCert !== undefined ? { caCert: options.caCert } : io.env.OS_CACERT ? { caCert: io.env.OS_CACERT } : {}),
      ...(options.debug ? { debugLog: (line: string) => io.stderr(`hot-lint: debug: ${line}\n`) } : {}),
      onResult: (template, result, done) => {
        const shown = displayPath(template.path, io.cwd);
        const verdict = result.failure
          ? 'not checked'
          : result.ok
            ? 'accepted'
            : `rejected (${result.diagnostics.length === 1 ? '1 finding' : `${result.diagnostics.length} findings`})`;
        if (total > 1) io.stderr(`hot-lint: remote [${done}/${total}] ${shown}: ${verdict}\n`);
      },
    },
  );
  for (const [path, result] of run.results) {
    const item = byPath.get(path)!;
    const shown = displayPath(path, io.cwd);
    if (result.failure) {
      fail(`remote validation: ${result.failure.message}`, shown);
      continue;
    }
    const own = result.diagnostics.filter((d) => d.file === undefined);
    if (own.length || item.text.includes('hot-lint-disable')) item.relint(own);
    const setting = item.rules['heat-remote'];
    if (setting !== 'off') {
      for (const d of result.diagnostics) {
        if (d.file !== undefined) elsewhere.push(setting ? { ...d, severity: setting as Diagnostic['severity'] } : d);
      }
    }
    if (result.ok && options.showParameters && result.parameters) {
      const lines = Object.entries(result.parameters).map(
        ([name, p]) =>
          `  ${name}: ${p.Type ?? '?'}${p.Default !== undefined ? ` = ${isNoEcho(p.NoEcho) ? HIDDEN_TEXT : JSON.stringify(p.Default)}` : ''}${p.Description ? `  (${p.Description})` : ''}`,
      );
      io.stderr(`hot-lint: ${shown}: Heat accepts it${result.requestId ? ` (request ${result.requestId})` : ''}; parameters:\n${lines.join('\n')}\n`);
    }
  }
  if (run.failure) {
    const skipped = run.skipped.length;
    const left = skipped === total ? '' : ` (${skipped === 1 ? '1 template' : `${skipped} templates`} of ${total} not validated)`;
    fail(`remote validation stopped${left}: ${run.failure.message}`);
  }
  return elsewhere;
}

/** The run's workspace (core's): the working directory, --root, --config, -e, --heat-release and --max-file-size applied. */
export function cliWorkspace(core: Core, cwd: string, options: CliOptions): Workspace {
  const environments = options.environments.map((e) => resolve(cwd, e));
  return new core.Workspace({
    folders: [cwd],
    ...(options.root === undefined ? {} : { root: resolve(cwd, options.root) }),
    config: options.config === undefined ? null : resolve(cwd, options.config),
    environments: () => environments,
    ...(options.heatRelease === undefined ? {} : { release: options.heatRelease }),
    ...(options.maxFileSize === undefined ? {} : { maxFileSize: options.maxFileSize }),
  });
}

/**
 * What the run adds to the workspace: the -e files that can be used, and which environment
 * files get linted (found, given with -e, or bound by a configuration), each against the first
 * template that uses it.
 */
export class ProjectRun {
  private readonly bound = new Map<string, LoadedConfig | null>();
  private cliEnvironments: string[];

  constructor(
    private readonly core: Core,
    readonly workspace: Workspace,
    private readonly cwd: string,
    options: CliOptions,
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
    this.workspace.explicitEnvironments = () => usable;
    return problems;
  }

  /** A template's environments, recorded as used with it (in the order templates are reported). */
  environmentsFor(template: string, config: LoadedConfig | null): string[] {
    const found = this.workspace.environmentsFor(template, config);
    for (const path of this.core.boundEnvironments(template, config)) if (!this.bound.has(path)) this.bound.set(path, config);
    this.workspace.useEnvironments(template, template, found, this.workspace.rootFor(template, config));
    return found;
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

/** The workspace's configurations, their problems as the run reports them (exit status 2), in the order met. */
class RunConfigs {
  readonly errors: string[] = [];
  private reported = 0;

  constructor(
    private readonly core: Core,
    private readonly workspace: Workspace,
    private readonly cwd: string,
  ) {}

  for(dir: string): LoadedConfig | null {
    const found = this.workspace.configFor(dir);
    const problems = this.workspace.configProblems;
    for (; this.reported < problems.length; this.reported++) {
      const problem = problems[this.reported]!;
      const shown = displayPath(problem.path, this.cwd);
      if ('problem' in problem) this.errors.push(this.core.formatConfigProblem(shown, problem.problem));
      else this.errors.push(`${shown}: ${problem.code === 'ENOTREG' || problem.code === 'EFBIG' ? `${problem.reason}.` : describeFsError({ code: problem.code })}`);
    }
    return found;
  }
}

/** True when the report file is (the same file as) a template or environment file of the run. */
function writesOverInput(output: string, targets: readonly Target[], cwd: string, environments: readonly string[]): boolean {
  let outputStat;
  try {
    outputStat = statSync(output);
  } catch {
    return false; // a new file cannot be an input
  }
  const inputs = [...targets.map((t) => t.absolute), ...environments];
  return inputs.some((input) => {
    try {
      const stat = statSync(resolve(cwd, input));
      return stat.ino === outputStat.ino && stat.dev === outputStat.dev;
    } catch {
      return false;
    }
  });
}

function reportConfigErrors(errors: readonly string[], io: Io): number {
  for (const error of errors) io.stderr(`hot-lint: ${error}\n`);
  return 2;
}

/**
 * Whether the stylish report is coloured: --color/--no-color, else FORCE_COLOR (as Node and
 * chalk read it: set and not 0/false), else NO_COLOR, else a terminal that is not dumb.
 * A report written to a file (-o) is coloured only when --color asks.
 */
export function useColor(options: Pick<CliOptions, 'color' | 'output'>, io: Pick<Io, 'env' | 'stdoutIsTTY'>): boolean {
  if (options.color !== undefined) return options.color;
  if (options.output !== undefined) return false;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined && force !== '0' && force.toLowerCase() !== 'false') return true;
  if (io.env.NO_COLOR) return false;
  return io.stdoutIsTTY && io.env.TERM !== 'dumb';
}

/**
 * The repository the run is in (the nearest folder above `cwd` with .git), which SARIF and
 * GitLab paths are relative to; `cwd` when there is none.
 */
export function repositoryRoot(cwd: string): string {
  let dir = resolve(cwd);
  for (;;) {
    if (existsSync(resolve(dir, '.git'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return resolve(cwd);
    dir = parent;
  }
}

function readStdinText(core: Core, text: string, maxSize: number): ReadOutcome {
  const size = Buffer.byteLength(text);
  if (size > maxSize) return { kind: 'error', message: `too large to lint (${core.sizeText(size)}; the limit is ${core.sizeText(maxSize)}).` };
  return { kind: 'text', text };
}

type ReadOutcome = { kind: 'text'; text: string } | { kind: 'skip' } | { kind: 'error'; message: string };

/** Reads a file for linting. Files found in folders that are binary, huge or not regular files are skipped quietly unless they look like templates. */
function readTarget(core: Core, path: string, explicit: boolean, maxSize: number): ReadOutcome {
  const read = core.readRegularFile(path, maxSize);
  if (!read.ok) {
    if (read.code === 'EFBIG') {
      try {
        if (!explicit && !/heat_template_version/.test(readHead(path))) return { kind: 'skip' };
      } catch (error) {
        return { kind: 'error', message: describeFsError(error) };
      }
      return { kind: 'error', message: `too large to lint (${core.sizeText(read.size ?? maxSize + 1)}; the limit is ${core.sizeText(maxSize)}).` };
    }
    if (read.code === 'ENOTREG') return explicit ? { kind: 'error', message: `${read.reason}; not linted.` } : { kind: 'skip' };
    return { kind: 'error', message: describeFsError({ code: read.code }) };
  }
  const buffer = read.bytes;
  const nul = buffer.subarray(0, 8192).indexOf(0);
  if (nul >= 0) {
    if (!explicit) return { kind: 'skip' };
    return { kind: 'error', message: `not a text file (a NUL byte at offset ${nul}); not linted.` };
  }
  return { kind: 'text', text: buffer.toString('utf8') };
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

function hasSyntaxError(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.ruleId === 'yaml-syntax' && d.severity === 'error');
}

export function displayPath(absolute: string, cwd: string): string {
  const rel = relativeInside(cwd, absolute);
  if (rel && !rel.startsWith('..')) return rel;
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
    case 'gitlab':
      return (await import('./formatters/gitlab.js')).format;
    case 'checkstyle':
      return (await import('./formatters/checkstyle.js')).format;
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
  out += `Heat catches it: ${m.heatCatches}.\n`;
  if (m.stricterThanHeat) out += `Stricter than Heat's validate: ${m.stricterThanHeat}\n`;
  out += `\n${m.docs.trimEnd()}\n`;
  const variants = Object.entries(m.variants ?? {});
  if (variants.length) {
    out += `\nVariants (configured as ${m.id}/<variant>):\n`;
    for (const [variant, v] of variants) out += `  ${m.id}/${variant}: ${v.severity}, Heat catches it: ${v.heatCatches}. ${v.description}\n`;
  }
  io.stdout(out);
  return 0;
}

function listRules(rules: readonly Rule[], config: HotLintConfig | null, options: CliOptions, io: Io): number {
  const rows = rules.map((rule) => {
    const setting = config?.rules[rule.meta.id];
    const enabled = setting ? setting !== 'off' : rule.meta.enabledByDefault || options.allRules;
    const severity = setting && setting !== 'off' ? setting : rule.meta.severity;
    const row = [rule.meta.id, severity, enabled ? 'yes' : 'no', rule.meta.area, rule.meta.description];
    const variants = Object.entries(rule.meta.variants ?? {}).map(([variant, v]) => {
      const own = config?.rules[`${rule.meta.id}/${variant}`];
      const on = own ? own !== 'off' : enabled;
      return [`${rule.meta.id}/${variant}`, own && own !== 'off' ? own : setting && setting !== 'off' ? setting : v.severity, on ? 'yes' : 'no', rule.meta.area, v.description];
    });
    return [row, ...variants];
  }).flat();
  const header = ['RULE', 'SEVERITY', 'ENABLED', 'AREA', 'DESCRIPTION'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  ');
  io.stdout(`${[header, ...rows].map(line).join('\n')}\n`);
  return 0;
}
