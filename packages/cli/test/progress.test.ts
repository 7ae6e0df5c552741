import { describe, expect, it } from 'vitest';
import type { Io } from '../src/main.js';
import { Progress } from '../src/progress.js';

function io(stderrIsTTY: boolean, env: NodeJS.ProcessEnv = {}): Io & { err: string[] } {
  const err: string[] = [];
  return { err, stdout: () => {}, stderr: (t) => void err.push(t), cwd: '/', env, stdoutIsTTY: false, stderrIsTTY };
}

/** 10 files, one every 150 ms of a fake clock. */
function runTen(target: Io, format: 'stylish' | 'json'): void {
  let now = 0;
  const progress = new Progress(target, { format }, () => now);
  progress.add(10);
  for (let i = 0; i < 10; i++) {
    now += 150;
    progress.done();
  }
  progress.end();
}

describe('progress on stderr', () => {
  it('shows files done over the total once a run has taken a second, then erases its line', () => {
    const target = io(true);
    runTen(target, 'stylish');
    expect(target.err).toEqual([
      '\r\x1b[Khot-lint: 7/10 files',
      '\r\x1b[Khot-lint: 8/10 files',
      '\r\x1b[Khot-lint: 9/10 files',
      '\r\x1b[Khot-lint: 10/10 files',
      '\r\x1b[K',
    ]);
  });

  it('never when stderr is not a terminal, in a machine format or on a dumb terminal', () => {
    for (const [target, format] of [
      [io(false), 'stylish'],
      [io(true), 'json'],
      [io(true, { TERM: 'dumb' }), 'stylish'],
    ] as const) {
      runTen(target, format);
      expect(target.err).toEqual([]);
    }
  });

  it('says nothing for a run that ends within a second', () => {
    const target = io(true);
    let now = 0;
    const progress = new Progress(target, { format: 'stylish' }, () => now);
    progress.add(3);
    for (let i = 0; i < 3; i++) {
      now += 300;
      progress.done();
    }
    progress.end();
    expect(target.err).toEqual([]);
  });
});
