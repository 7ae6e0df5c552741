import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as core from '@hot-lint/core';
import { parseCliArgs } from '../src/args.js';
import { cliWorkspace, examine, lintEnvironmentJob, ProjectRun } from '../src/main.js';
import { tempDir, writeFiles } from './run.js';

const PARENT = `heat_template_version: 2018-08-31
resources:
  child:
    type: child.yaml
`;
const CHILD = `heat_template_version: 2018-08-31
parameters:
  size:
    type: number
    default: 1
`;
const ENVIRONMENT = `parameter_defaults:
  size: 2
`;

/** A run's project over `files`, and the texts its examine parsed itself (not through a session). */
function project(files: Record<string, string>) {
  const dir = tempDir();
  writeFiles(dir, files);
  const options = parseCliArgs(['.']);
  const parsed: string[] = [];
  const counting = {
    ...core,
    parseDocument: (text: string, limits?: core.ParseLimits) => {
      parsed.push(text);
      return core.parseDocument(text, limits);
    },
  } as typeof core;
  const run = new ProjectRun(counting, cliWorkspace(counting, dir, options), dir, options);
  const file = (name: string) => ({ absolute: join(dir, name), explicit: false, config: null });
  return { core: counting, run, options, parsed, file };
}

describe('examine parses each file once per thread', () => {
  it('takes the parse of a template that an earlier template nested', () => {
    const { core, run, options, parsed, file } = project({ 'parent.yaml': PARENT, 'child.yaml': CHILD });
    expect(examine(core, run, file('parent.yaml'), options).kind).toBe('template');
    expect(parsed).toEqual([PARENT]);
    const session = run.workspace.session(file('child.yaml').absolute, null);
    const parses = session.stats.parses;
    expect(examine(core, run, file('child.yaml'), options).kind).toBe('template');
    expect(parsed).toEqual([PARENT]); // the session's parse of child.yaml, read for parent.yaml
    expect(session.stats.parses).toBe(parses);
  });

  it("keeps an environment file's parse for its own lint", () => {
    const { core, run, options, parsed, file } = project({ 'env.yaml': ENVIRONMENT });
    expect(examine(core, run, file('env.yaml'), options).kind).toBe('environment');
    expect(parsed).toEqual([ENVIRONMENT]);
    const session = run.workspace.session(file('env.yaml').absolute, null);
    const parses = session.stats.parses;
    const result = lintEnvironmentJob(core, run, { absolute: file('env.yaml').absolute, config: null }, options);
    expect(result.diagnostics).toEqual([]);
    expect(session.stats.parses).toBe(parses);
    expect(parsed).toEqual([ENVIRONMENT]);
  });

  it('parses a file again when its text is not what the session read', () => {
    const { core, run, options, parsed, file } = project({ 'parent.yaml': PARENT, 'child.yaml': CHILD });
    examine(core, run, file('parent.yaml'), options);
    const edited = `${CHILD}# edited\n`;
    expect(examine(core, run, { ...file('child.yaml'), text: edited }, options).kind).toBe('template');
    expect(parsed).toEqual([PARENT, edited]);
  });
});
