import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { allRules } from '@hot-lint/core';

/** The built command (build first: npx tsc -b packages/cli). */
export const BIN = resolve(__dirname, '../dist/bin.js');
export const FIXTURES = resolve(__dirname, 'fixtures');

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function run(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): RunResult {
  const env = { ...process.env, ...options.env };
  delete env.FORCE_COLOR;
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? FIXTURES,
    env,
    encoding: 'utf8',
    // A whole tree's JSON report (tripleo.test.ts) passes spawnSync's default 1 MiB.
    maxBuffer: 256 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * As run(), in this process: the command's main(argv, io) with the same working folder and
 * environment, without starting Node each time. Spawned runs (run) stay for what only the
 * built binary does: its launcher, pipes, signals, workers.
 */
export async function runHere(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; stdin?: string; nothingToLint?: () => void } = {}): Promise<RunResult> {
  const env = { ...process.env, ...options.env };
  delete env.FORCE_COLOR;
  const { cli } = await import('./in-process.js');
  return cli(args, options.cwd ?? FIXTURES, { env, ...(options.stdin === undefined ? {} : { stdin: options.stdin }), ...(options.nothingToLint ? { nothingToLint: options.nothingToLint } : {}) });
}

/** As runStable(), in this process. */
export function runStableHere(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<RunResult> {
  return runHere(['--config', stableConfigPath(), ...args], options);
}

/** As run(), without blocking the test's event loop (for servers the test itself runs: proxies, TLS fronts). */
export function runAsync(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<RunResult> {
  const env = { ...process.env, ...options.env };
  delete env.FORCE_COLOR;
  return new Promise((resolvePromise) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: options.cwd ?? FIXTURES, env });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    child.on('close', (status) => resolvePromise({ status, stdout, stderr }));
  });
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'hot-lint-cli-'));
}

/** Writes `files` (relative path -> text) into `dir`, creating their folders. */
export function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
}

/** The rules these tests rely on; every other rule is turned off so the rule set can grow freely. */
export const STABLE_RULES = ['yaml-syntax', 'duplicate-key', 'template-format', 'template-version', 'unused-suppression', 'heat-remote'];

let otherRules: string[] | null = null;

/** `rules:` lines turning off every rule but the stable ones. */
export function offRules(): string {
  otherRules ??= allRules.map((rule) => rule.meta.id).filter((id) => !STABLE_RULES.includes(id));
  return otherRules.map((id) => `  ${id}: off\n`).join('');
}

let stableConfig: string | null = null;

/** A configuration file with only the stable rules on. */
export function stableConfigPath(): string {
  if (!stableConfig) {
    stableConfig = join(tempDir(), '.hot-lint.yaml');
    writeFileSync(stableConfig, `rules:\n${offRules() || '  {}\n'}`);
  }
  return stableConfig;
}

/** Runs with only the stable rules on (through --config). */
export function runStable(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): RunResult {
  return run(['--config', stableConfigPath(), ...args], options);
}
