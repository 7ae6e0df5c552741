import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runHere, runStableHere, tempDir } from './run.js';

// Findings of the stable parser rules only (yaml-syntax, duplicate-key), so the rule set can grow.
const FILES = ['broken.yaml', 'duplicate.yaml', 'clean.yaml'];
const TAB = 'YAML syntax error: Tabs are not allowed as indentation.';
const DUP = 'Duplicate key "description": Heat keeps only this last one and ignores the one on line 2.';

describe('output formats', () => {
  it('stylish (default): grouped by file, no colour when not a TTY, a summary line', async () => {
    const r = await runStableHere(FILES);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      [
        'broken.yaml',
        `  4:1  error    ${TAB}  yaml-syntax`,
        '',
        'duplicate.yaml',
        `  3:1  warning  ${DUP}  duplicate-key`,
        '',
        '2 problems (1 error, 1 warning, 0 infos) in 2 files',
        '',
      ].join('\n'),
    );
  });

  it('stylish prints nothing for clean files', async () => {
    const r = await runStableHere(['clean.yaml']);
    expect(r).toEqual({ status: 0, stdout: '', stderr: '' });
  });

  it('parseable: path:line:col: severity [rule] message', async () => {
    const r = await runStableHere(['--format', 'parseable', ...FILES]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe(
      `broken.yaml:4:1: error [yaml-syntax] ${TAB}\nduplicate.yaml:3:1: warning [duplicate-key] ${DUP}\n`,
    );
  });

  it('json: the documented shape, every linted file listed', async () => {
    const r = await runStableHere(['-f', 'json', ...FILES]);
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report).toEqual({
      version: 1,
      tool: { name: 'hot-lint', version: '0.1.0', heatVersion: '26.0.1', heatRelease: 'Heat 26 (2026.1)' },
      files: [
        {
          path: 'broken.yaml',
          diagnostics: [
            { ruleId: 'yaml-syntax', severity: 'error', message: TAB, line: 4, column: 1, endLine: 4, endColumn: 2, fixes: [] },
          ],
          fixed: 0,
        },
        {
          path: 'duplicate.yaml',
          diagnostics: [
            { ruleId: 'duplicate-key', severity: 'warning', message: DUP, line: 3, column: 1, endLine: 3, endColumn: 12, fixes: [] },
          ],
          fixed: 0,
        },
        { path: 'clean.yaml', diagnostics: [], fixed: 0 },
      ],
      summary: { files: 3, errors: 1, warnings: 1, infos: 0, fixable: 0, fixed: 0 },
    });
  });

  it('json and sarif name the variant of a finding that has one', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'cfn.yaml'), 'AWSTemplateFormatVersion: "2010-09-09"\nResources: {}\n');
    const json = JSON.parse((await runHere(['-f', 'json', 'cfn.yaml'], { cwd: dir })).stdout);
    expect(json.files[0].diagnostics.map((d: { ruleId: string; variant?: string; severity: string }) => [d.ruleId, d.variant, d.severity])).toEqual([
      ['template-format', 'cloudformation', 'info'],
    ]);
    const sarif = JSON.parse((await runHere(['-f', 'sarif', 'cfn.yaml'], { cwd: dir })).stdout);
    expect(sarif.runs[0].results.map((r: { ruleId: string; properties?: unknown }) => [r.ruleId, r.properties])).toEqual([
      ['template-format', { variant: 'cloudformation' }],
    ]);
  });

  it('json lists fixes with 1-based edit ranges', async () => {
    const report = JSON.parse((await runStableHere(['-f', 'json', 'bad-version.yaml'])).stdout);
    const finding = report.files[0].diagnostics.find((d: { ruleId: string }) => d.ruleId === 'template-version');
    expect(finding.fixes).toEqual([
      {
        title: 'Change to "2021-04-16"',
        certain: true,
        edits: [{ line: 1, column: 24, endLine: 1, endColumn: 34, newText: '2021-04-16' }],
      },
    ]);
    expect(report.summary.fixable).toBe(1);
  });

  it('github: workflow commands', async () => {
    const r = await runStableHere(['-f', 'github', ...FILES]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe(
      `::error file=broken.yaml,line=4,col=1,endLine=4,endColumn=2,title=yaml-syntax::${TAB}\n` +
        `::warning file=duplicate.yaml,line=3,col=1,endLine=3,endColumn=12,title=duplicate-key::${DUP}\n`,
    );
  });

  it('junit: a suite per file, a failure per finding', async () => {
    const r = await runStableHere(['-f', 'junit', ...FILES]);
    expect(r.status).toBe(1);
    const dup = DUP.replace(/"/g, '&quot;');
    expect(r.stdout).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<testsuites name="hot-lint" tests="3" failures="2" errors="0">',
        '  <testsuite name="broken.yaml" tests="1" failures="1" errors="0">',
        '    <testcase classname="broken.yaml" name="broken.yaml:4:1 yaml-syntax">',
        `      <failure type="error" message="${TAB}">broken.yaml:4:1: error [yaml-syntax] ${TAB}</failure>`,
        '    </testcase>',
        '  </testsuite>',
        '  <testsuite name="duplicate.yaml" tests="1" failures="1" errors="0">',
        '    <testcase classname="duplicate.yaml" name="duplicate.yaml:3:1 duplicate-key">',
        `      <failure type="warning" message="${dup}">duplicate.yaml:3:1: warning [duplicate-key] ${dup}</failure>`,
        '    </testcase>',
        '  </testsuite>',
        '  <testsuite name="clean.yaml" tests="1" failures="0" errors="0">',
        '    <testcase classname="clean.yaml" name="clean.yaml"/>',
        '  </testsuite>',
        '</testsuites>',
        '',
      ].join('\n'),
    );
  });

  it('--output writes the report to a file, stdout stays empty', async () => {
    const { tempDir } = await import('./run.js');
    const { readFileSync } = await import('node:fs');
    const out = `${tempDir()}/report.txt`;
    const r = await runStableHere(['-f', 'parseable', '-o', out, 'duplicate.yaml']);
    expect(r).toEqual({ status: 0, stdout: '', stderr: '' });
    expect(readFileSync(out, 'utf8')).toBe(`duplicate.yaml:3:1: warning [duplicate-key] ${DUP}\n`);
  });
});
