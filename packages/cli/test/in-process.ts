import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Io } from '../src/main.js';
import { main } from '../src/main.js';
import { offRules, tempDir, writeFiles } from './run.js';

export interface Outcome {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs the command in this process, with standard input `stdin` and a non-terminal stdout. */
export async function cli(argv: string[], cwd: string, options: { stdin?: string; env?: NodeJS.ProcessEnv; tty?: boolean; nothingToLint?: () => void } = {}): Promise<Outcome> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    cwd,
    env: options.env ?? {},
    stdoutIsTTY: options.tty ?? false,
    stdin: async () => options.stdin ?? '',
    ...(options.nothingToLint ? { nothingToLint: options.nothingToLint } : {}),
  };
  const status = await main(argv, io);
  return { status, stdout, stderr };
}

/** `rules:` turning off every rule but the stable parser ones. */
export const STABLE_ONLY = `rules:\n${offRules()}`;

/** A temp folder with these files (folders created); a `.git` folder makes it a repository when `repository`. */
export function folder(files: Record<string, string>, repository = false): string {
  const dir = tempDir();
  if (repository) mkdirSync(join(dir, '.git'));
  writeFiles(dir, files);
  return dir;
}
