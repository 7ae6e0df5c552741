// The CLI decides what a file is with core's classifyDocument, as the server does (issue 15): the
// same inputs are linted as templates, as environments, or skipped.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { classifyDocument } from '@hot-lint/core';
import { cli, folder } from './in-process.js';

interface FileKindCase {
  name: string;
  text: string;
  kind: 'template' | 'environment' | 'other';
}
const { cases } = JSON.parse(readFileSync(new URL('../../../test-fixtures/file-kinds/inputs.json', import.meta.url), 'utf8')) as { cases: FileKindCase[] };

describe('the CLI classifies files as core does', () => {
  test.each(cases)('$name: $kind', async ({ text, kind }) => {
    expect(classifyDocument(text).kind).toBe(kind);
    const dir = folder({ 'input.yaml': text });
    const run = await cli(['--format', 'json', 'input.yaml'], dir);
    const report = JSON.parse(run.stdout) as { files: Array<{ path: string; diagnostics: Array<{ message: string }> }> };
    if (kind === 'other') {
      expect(report.files).toEqual([]);
      expect(run.stderr.split('\n')[0]).toBe('hot-lint: input.yaml: not a Heat template (no heat_template_version) nor a Heat environment file; skipped.');
      return;
    }
    expect(report.files).toHaveLength(1);
    expect([join(dir, 'input.yaml'), 'input.yaml']).toContain(report.files[0]!.path);
    const messages = report.files[0]!.diagnostics.map((d) => d.message).join('\n');
    // An environment linted as a template would be told it lacks heat_template_version.
    if (kind === 'environment') expect(messages).not.toMatch(/heat_template_version/);
  });
});
