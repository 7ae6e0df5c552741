#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { lint } from '@hot-lint/core';

// Minimal entry point: `hot-lint FILE...`. The full command lives in main.ts once written.
const files = process.argv.slice(2);
let failed = false;
for (const file of files) {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    process.stderr.write(`${file}: cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`);
    process.exitCode = 2;
    continue;
  }
  for (const d of lint(text)) {
    if (d.severity === 'error') failed = true;
    process.stdout.write(`${file}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${d.severity} ${d.ruleId} ${d.message}\n`);
  }
}
if (failed && !process.exitCode) process.exitCode = 1;
