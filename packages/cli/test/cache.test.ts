import { mkdirSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeCacheFile, LintCache } from '../src/cache.js';
import { runHere, tempDir, writeFiles } from './run.js';

/**
 * Two folders with their own configuration; templates using nested templates, get_file
 * targets and environments (bound by the configuration and given with -e).
 */
function project(): string {
  const dir = tempDir();
  const files: Record<string, string> = {
    'a/.hot-lint.yaml': 'environments:\n  - templates: "uses-env.yaml"\n    files: [env.yaml]\n',
    'a/env.yaml': 'parameter_defaults:\n  name: x\nresource_registry:\n  My::Thing: nested.yaml\n',
    'a/nested.yaml': 'heat_template_version: 2021-04-16\nparameters:\n  name: {type: string}\nresources: {}\n',
    'a/uses-env.yaml': 'heat_template_version: 2021-04-16\nparameters:\n  name: {type: string}\nresources:\n  thing:\n    type: My::Thing\n    properties: {name: {get_param: name}}\n',
    'a/uses-nested.yaml': 'heat_template_version: 2021-04-16\nresources:\n  n:\n    type: nested.yaml\n    properties: {name: x}\n',
    'a/uses-file.yaml': 'heat_template_version: 2021-04-16\nresources:\n  c:\n    type: OS::Heat::SoftwareConfig\n    properties: {config: {get_file: script.sh}}\n',
    'a/script.sh': '#!/bin/sh\n',
    'a/plain.yaml': 'heat_template_version: 2021-04-16\ndescription: first\ndescription: again\nresources: {}\n',
    'b/.hot-lint.yaml': 'rules: {}\n',
    'b/one.yaml': 'heat_template_version: 2021-04-16\nresources:\n  x: {type: OS::Heat::None, depends_on: [y]}\n',
    'b/two.yaml': 'heat_template_version: 2021-04-16\nresources: {}\n',
    'cli-env.yaml': 'parameter_defaults: {}\n',
  };
  writeFiles(dir, files);
  return dir;
}

/** A cache file's entries (by phase and file) and file table (by path), as the cache reads them. */
function readCache(path: string) {
  const file = decodeCacheFile(readFileSync(path, 'utf8'))!;
  return { entries: Object.fromEntries(file.entries), files: Object.fromEntries(file.files) };
}

const ARGS = ['-f', 'json', '--cache', '--cache-location', 'cache/lint.json', 'a', 'b'];

/** A cached run: its report, how many files it reused and linted, and how many times it said it had no template to lint. */
async function cached(dir: string, extra: string[] = [], env: NodeJS.ProcessEnv = {}) {
  let nothingToLint = 0;
  const r = await runHere([...ARGS, ...extra], { cwd: dir, env: { HOT_LINT_DEBUG: '1', HOT_LINT_WORKERS: '0', ...env }, nothingToLint: () => nothingToLint++ });
  if (!/debug: cache/.test(r.stderr)) throw new Error(`no cache counts: ${r.status} ${r.stderr}`);
  const counts = /hot-lint: debug: cache: (\d+) reused, (\d+) linted\./.exec(r.stderr);
  return { ...r, reused: Number(counts?.[1]), linted: Number(counts?.[2]), nothingToLint };
}

/** The files (reported paths) re-linted by a run: those whose cache entries changed. */
async function relinted(dir: string, change: () => void, extra: string[] = []): Promise<string[]> {
  await cached(dir, extra);
  const before = readCache(join(dir, 'cache/lint.json')).entries;
  change();
  const after = await cached(dir, extra);
  const now = readCache(join(dir, 'cache/lint.json')).entries;
  const changed = Object.keys(now).filter((id) => JSON.stringify(now[id]) !== JSON.stringify(before[id]));
  expect(after.linted).toBe(changed.length);
  return changed.map((id) => id.replace(`${dir}/`, '')).sort();
}

/** Every file under `dir` made an hour old (older than the cache's window for files that may still be changing). */
function age(dir: string): void {
  const then = new Date(Date.now() - 3_600_000);
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) utimesSync(join(entry.parentPath, entry.name), then, then);
  }
}

describe('--cache', () => {
  it("trusts a file's size, times and inode only while none moved: a same-size edit with its old time put back is linted again", async () => {
    const dir = project();
    age(dir);
    await cached(dir);
    const cache = readCache(join(dir, 'cache/lint.json'));
    const two = join(dir, 'b/two.yaml');
    expect(cache.files[two]).toMatchObject({ size: statSync(two).size, mtimeMs: statSync(two).mtimeMs, ino: statSync(two).ino });
    expect(await cached(dir)).toMatchObject({ linted: 0 });
    // The same size, the old modification time: only the change time tells.
    const before = statSync(two);
    writeFileSync(two, readFileSync(two, 'utf8').replace('resources: {}', 'resources: []'));
    utimesSync(two, before.atime, before.mtime);
    expect(statSync(two)).toMatchObject({ size: before.size, mtimeMs: before.mtimeMs });
    const after = await cached(dir);
    expect(after.linted).toBe(1);
    expect(after.stdout).toContain('b/two.yaml');
    const now = readCache(join(dir, 'cache/lint.json')).files[two]!;
    expect(now.hash).not.toBe(cache.files[two].hash);
    expect(await cached(dir)).toMatchObject({ linted: 0 });
    // A file modified moments ago may change again within its timestamp's granularity: hashed, not trusted.
    writeFileSync(two, readFileSync(two, 'utf8').replace('resources: []', 'resources: {}'));
    expect(await cached(dir)).toMatchObject({ linted: 1 });
    expect(readCache(join(dir, 'cache/lint.json')).files[two]).toBeUndefined();
  });

  it('reuses every file of an unchanged project, with the very same report', async () => {
    const dir = project();
    const plain = await runHere(['-f', 'json', 'a', 'b'], { cwd: dir });
    const first = await cached(dir);
    const second = await cached(dir);
    expect(first.stdout).toBe(plain.stdout);
    expect(second.stdout).toBe(plain.stdout);
    expect(second.status).toBe(plain.status);
    expect(first.reused).toBe(0);
    expect(first.linted).toBeGreaterThan(10);
    expect(second).toMatchObject({ reused: first.linted, linted: 0 });
    // Told once, as the template phase starts: the command then stops V8's optimizing compiler.
    expect([first.nothingToLint, second.nothingToLint]).toEqual([0, 1]);
    writeFileSync(join(dir, 'b/two.yaml'), 'heat_template_version: 2021-04-16\nresources: {y: {type: OS::Heat::None}}\n');
    expect(await cached(dir)).toMatchObject({ linted: 1, nothingToLint: 0 });
  });

  it('lints again exactly the files a change can affect', async () => {
    const dir = project();
    const edit = (name: string, text: string) => () => writeFileSync(join(dir, name), text);
    expect(await relinted(dir, edit('b/two.yaml', 'heat_template_version: 2021-04-16\nresources: {x: {type: OS::Heat::None}}\n'))).toEqual(['template:b/two.yaml']);
    expect(await relinted(dir, edit('b/.hot-lint.yaml', 'rules: {depends-on-undefined: off}\n'))).toEqual([
      'template:b/.hot-lint.yaml',
      'template:b/one.yaml',
      'template:b/two.yaml',
    ]);
    expect(await relinted(dir, edit('a/nested.yaml', 'heat_template_version: 2021-04-16\nresources: {}\n'))).toEqual([
      'environment:a/env.yaml',
      'template:a/nested.yaml',
      'template:a/uses-env.yaml',
      'template:a/uses-nested.yaml',
    ]);
    expect(await relinted(dir, edit('a/env.yaml', 'parameter_defaults:\n  name: y\nresource_registry:\n  My::Thing: nested.yaml\n'))).toEqual([
      'environment:a/env.yaml',
      'template:a/env.yaml',
      'template:a/uses-env.yaml',
    ]);
    expect(await relinted(dir, edit('a/script.sh', '#!/bin/sh\necho\n'))).toEqual(['template:a/uses-file.yaml']);
    // A file that was missing appears.
    expect(await relinted(dir, edit('a/uses-nested.yaml', 'heat_template_version: 2021-04-16\nresources:\n  n:\n    type: later.yaml\n'))).toEqual(['template:a/uses-nested.yaml']);
    expect(await relinted(dir, edit('a/later.yaml', 'heat_template_version: 2021-04-16\nresources: {}\n'))).toEqual(['template:a/later.yaml', 'template:a/uses-nested.yaml']);
  });

  it('lints everything again when a run-wide input changes: -e, --all-rules', async () => {
    const dir = project();
    const first = await cached(dir);
    expect(await cached(dir, ['-e', 'cli-env.yaml'])).toMatchObject({ reused: 0, linted: first.linted + 1 });
    expect(await cached(dir, ['--all-rules'])).toMatchObject({ reused: 0 });
    expect(await cached(dir, ['--all-rules'])).toMatchObject({ linted: 0 });
  });

  it('is turned on by `cache: true` in the configuration of the current folder', async () => {
    const dir = project();
    writeFileSync(join(dir, '.hot-lint.yaml'), 'cache: true\n');
    await runHere(['-f', 'json', 'b'], { cwd: dir });
    const cache = readCache(join(dir, '.hot-lint-cache'));
    expect(Object.keys(cache.entries).map((id) => id.replace(`${dir}/`, '')).sort()).toEqual(['template:b/.hot-lint.yaml', 'template:b/one.yaml', 'template:b/two.yaml']);
    const bad = await runHere(['-f', 'json', 'b'], { cwd: dir, env: { HOT_LINT_DEBUG: '1' } });
    expect(bad.stderr).toContain('hot-lint: debug: cache: 3 reused, 0 linted.');
    writeFileSync(join(dir, '.hot-lint.yaml'), 'cache: yes please\n');
    const r = await runHere(['b'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('"cache" must be true or false.');
  });

  it('sets a damaged or foreign cache file aside with a note, then writes a good one', async () => {
    const dir = project();
    const plain = await runHere(['-f', 'json', 'a', 'b'], { cwd: dir });
    mkdirSync(join(dir, 'cache'));
    for (const junk of ['{"entries": ', '{"format": "eslint"}', '\u0000\u0001binary']) {
      writeFileSync(join(dir, 'cache/lint.json'), junk);
      const r = await cached(dir);
      expect(r.stdout).toBe(plain.stdout);
      expect(r.stderr.split('\n')[0]).toBe('hot-lint: cache/lint.json: not a hot-lint cache file, or a damaged one; linting everything and writing a new one.');
      expect(r.reused).toBe(0);
      expect((await cached(dir)).linted).toBe(0);
    }
  });

  it('does not stop the run when the cache cannot be written', async () => {
    const dir = project();
    writeFileSync(join(dir, 'cache'), 'a file where the folder should be');
    const r = await cached(dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^hot-lint: .*cache\/lint\.json: cannot write the cache \(.*\); the next run lints everything again\.$/m);
  });
});

describe('LintCache', () => {
  it('keeps nothing written by another hot-lint (version, catalog: the tool fingerprint)', async () => {
    const dir = tempDir();
    const path = join(dir, 'cache');
    writeFileSync(join(dir, 'f'), 'x');
    const notes: string[] = [];
    const a = LintCache.open(path, 'hot-lint 0.1.0 / Heat 19.0.0', (m) => notes.push(m));
    const f = join(dir, 'f');
    a.store('template', f, 'k', [f], { kind: 'other' });
    a.save((m) => notes.push(m));
    expect(LintCache.open(path, 'hot-lint 0.1.0 / Heat 19.0.0', (m) => notes.push(m)).lookup('template', f, 'k')).toEqual({ kind: 'other' });
    expect(LintCache.open(path, 'hot-lint 0.2.0 / Heat 19.0.0', (m) => notes.push(m)).lookup('template', f, 'k')).toBeUndefined();
    expect(LintCache.open(path, 'hot-lint 0.1.0 / Heat 20.0.0', (m) => notes.push(m)).lookup('template', f, 'k')).toBeUndefined();
    const same = LintCache.open(path, 'hot-lint 0.1.0 / Heat 19.0.0', (m) => notes.push(m));
    expect(same.lookup('template', f, 'other key')).toBeUndefined();
    expect(same.lookup('environment', f, 'k')).toBeUndefined();
    expect(notes).toEqual([]);
  });

  it('reads each entry it can: a malformed one is linted again, the file is not set aside', () => {
    const dir = tempDir();
    const path = join(dir, 'cache');
    const tool = 'hot-lint 0.1.0 / Heat 19.0.0';
    const [f, g] = [join(dir, 'f'), join(dir, 'g')];
    writeFileSync(f, 'x');
    const hour = new Date(Date.now() - 3_600_000);
    utimesSync(f, hour, hour);
    writeFileSync(g, 'y'); // just written: its hash is not kept in `files`
    const a = LintCache.open(path, tool, () => {});
    a.store('template', f, 'k', [f], { kind: 'other' });
    a.store('template', g, 'k', [g, f], { kind: 'other', g: true });
    a.save(() => {});
    const file = JSON.parse(readFileSync(path, 'utf8'));
    expect(file).toMatchObject({ format: 'hot-lint-cache', version: 3, tool, paths: [f, g], files: [[0, a.hashOf(f), 1, statSync(f).mtimeMs, statSync(f).ctimeMs, statSync(f).ino]] });
    // A file's hash is written once, in `files`, unless the entry's differs from it.
    expect(file.entries).toEqual([
      ['template', 0, 'k', [0], { kind: 'other' }],
      ['template', 1, 'k', [1, a.hashOf(g), 0], { kind: 'other', g: true }],
    ]);
    const broken = (entries: unknown[]) => {
      writeFileSync(path, JSON.stringify({ ...file, entries }));
      const notes: string[] = [];
      const cache = LintCache.open(path, tool, (m) => notes.push(m));
      return { f: cache.lookup('template', f, 'k'), g: cache.lookup('template', g, 'k'), notes };
    };
    const [one, two] = file.entries;
    expect(broken([one, two])).toEqual({ f: { kind: 'other' }, g: { kind: 'other', g: true }, notes: [] });
    for (const bad of [
      [...two.slice(0, 3), [1, two[3][1], 7], two[4]], // no such path
      [...two.slice(0, 3), [1, two[3][1], 0, 5], two[4]],
      [...two.slice(0, 3), [1], two[4]], // g's hash is in no table
      [...two.slice(0, 3), [two[3][1]], two[4]],
      ['template', 9, 'k', [], {}],
      two.slice(0, 4),
      'g',
    ]) {
      expect(broken([one, bad])).toEqual({ f: { kind: 'other' }, g: undefined, notes: [] });
    }
    // Not the paths table this format needs: a damaged file.
    writeFileSync(path, JSON.stringify({ ...file, paths: { 0: f } }));
    const notes: string[] = [];
    expect(LintCache.open(path, tool, (m) => notes.push(m)).lookup('template', f, 'k')).toBeUndefined();
    expect(notes).toEqual(['not a hot-lint cache file, or a damaged one; linting everything and writing a new one.']);
    // The previous format, keyed by paths: read as nothing, quietly (the next save replaces it).
    writeFileSync(path, JSON.stringify({ format: 'hot-lint-cache', version: 2, tool, entries: { [`template:${f}`]: { key: 'k', depends: {}, result: {} } }, files: {} }));
    notes.length = 0;
    expect(LintCache.open(path, tool, (m) => notes.push(m)).lookup('template', f, 'k')).toBeUndefined();
    expect(notes).toEqual([]);
  });
});
