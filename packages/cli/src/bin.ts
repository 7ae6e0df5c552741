#!/usr/bin/env node
import type { Io } from './main.js';
import { optimizeNoMore } from './compile-cache.js';
import { main } from './main.js';
import { prestartPool } from './pool.js';

// `hot-lint ... | head` closes the pipe early: stop quietly instead of crashing.
let exitCode = 0;
const onPipeError = (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(exitCode);
  internalError(error);
};
process.stdout.on('error', onPipeError);
// Standard error's stream is made on first use (a pipe's loads node:net, 3 ms): most runs write nothing there.
let stderr: NodeJS.WriteStream | null = null;
const writeStderr = (text: string) => {
  if (!stderr) {
    stderr = process.stderr;
    stderr.on('error', () => process.exit(exitCode));
  }
  stderr.write(text);
};

function internalError(error: unknown): never {
  const message = error instanceof Error ? error.message : String(error);
  try {
    writeStderr(`hot-lint: internal error: ${message.split('\n')[0]}. Please report this, with the command and file that caused it.\n`);
    if (process.env.HOT_LINT_DEBUG && error instanceof Error) writeStderr(`${error.stack}\n`);
  } finally {
    process.exit(2);
  }
}

async function readStandardInput(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

process.on('uncaughtException', internalError);
process.on('unhandledRejection', internalError);

const argv = process.argv.slice(2);
const io: Io = {
  stdout: (text) => void process.stdout.write(text),
  stderr: writeStderr,
  cwd: process.cwd(),
  env: process.env,
  stdoutIsTTY: process.stdout.isTTY === true,
  stdin: readStandardInput,
  // Asked by the human format alone (its progress line): the stream is made then.
  get stderrIsTTY() {
    return process.stderr.isTTY === true;
  },
  nothingToLint: optimizeNoMore,
};
// Worker threads start loading while this thread loads its own modules and finds the files.
prestartPool(argv, io);
main(argv, io).then(
  (status) => {
    exitCode = status;
    process.exitCode = status;
  },
  internalError,
);
