import type { CliOptions } from './args.js';
import type { Io } from './main.js';

/** Quiet for this long: most runs end before anything is shown. */
const AFTER_MS = 1000;
const EVERY_MS = 100;

/**
 * "hot-lint: 120/887 files" on one self-erasing stderr line, once a run has taken over a
 * second, on a terminal, in the human format only: never in machine formats or logs.
 */
export class Progress {
  private readonly enabled: boolean;
  private readonly start: number;
  private total = 0;
  private finished = 0;
  private shownAt = -Infinity;
  private shown = false;

  constructor(
    private readonly io: Io,
    options: Pick<CliOptions, 'format'>,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.enabled = options.format === 'stylish' && io.stderrIsTTY === true && io.env.TERM !== 'dumb';
    this.start = now();
  }

  add(count: number): void {
    this.total += count;
  }

  done(): void {
    this.finished++;
    if (!this.enabled) return;
    const now = this.now();
    if (now - this.start < AFTER_MS || now - this.shownAt < EVERY_MS) return;
    this.shownAt = now;
    this.shown = true;
    this.io.stderr(`\r\x1b[Khot-lint: ${this.finished}/${this.total} files`);
  }

  /** Erases the line, before the report is printed. */
  end(): void {
    if (this.shown) this.io.stderr('\r\x1b[K');
    this.shown = false;
  }
}
