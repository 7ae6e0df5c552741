import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Alias, Parser } from 'yaml';
import { describe, expect, it, vi } from 'vitest';
import { fastParse } from '../src/parse/fast-yaml.js';
import { YAML_OPTIONS } from '../src/parse/parse-document.js';
import {
  DEFAULT_PARSE_LIMITS,
  findConfigFile,
  lint,
  lintTemplateFile,
  loadCatalog,
  MemoryFileLoader,
  NodeFileLoader,
  parseDocument,
  ProjectSession,
  readRegularFile,
  searchConfig,
} from '../src/index.js';
import { countNodes, nodesAtLeast } from '../src/parse/parse-document.js';
import { matchesAllowedPattern } from '../src/util/python-regex.js';

const temp = () => realpathSync(mkdtempSync(join(tmpdir(), 'hot-lint-hostile-')));

describe('the file loader (CLI and server)', () => {
  it('confines by the real path: links to files and folders outside are outside', () => {
    const outside = temp();
    writeFileSync(join(outside, 'secret.yaml'), 'parameters: {password: hunter2}\n');
    const root = temp();
    mkdirSync(join(root, 'in'));
    writeFileSync(join(root, 'in/ok.yaml'), 'ok\n');
    symlinkSync(join(outside, 'secret.yaml'), join(root, 'file-link.yaml'));
    symlinkSync(outside, join(root, 'folder-link'));
    symlinkSync(join(root, 'in/ok.yaml'), join(root, 'inner-link.yaml'));
    const loader = new NodeFileLoader(root);
    expect(loader.isAllowed(join(root, 'file-link.yaml'))).toBe(false);
    expect(loader.isAllowed(join(root, 'folder-link/secret.yaml'))).toBe(false);
    expect(loader.isAllowed(join(root, 'folder-link/not-yet.yaml'))).toBe(false);
    expect(loader.read(join(root, 'folder-link/secret.yaml'))).toEqual({ ok: false, reason: `it is outside the project root ${root}` });
    expect(loader.read(join(root, 'inner-link.yaml'))).toEqual({ ok: true, text: 'ok\n' });
    expect(loader.isAllowed(join(root, 'in/missing.yaml'))).toBe(true);
  });

  it('reads only regular files, bounded while reading', () => {
    const root = temp();
    expect(spawnSync('mkfifo', [join(root, 'pipe')]).status).toBe(0);
    expect(readRegularFile(join(root, 'pipe'), 100)).toEqual({ ok: false, code: 'ENOTREG', reason: 'it is not a regular file (a named pipe)' });
    expect(readRegularFile('/dev/zero', 100)).toEqual({ ok: false, code: 'ENOTREG', reason: 'it is not a regular file (a device)' });
    writeFileSync(join(root, 'big'), 'x'.repeat(101));
    expect(readRegularFile(join(root, 'big'), 100)).toMatchObject({ ok: false, code: 'EFBIG', size: 101 });
    expect(new NodeFileLoader(root, 100).read(join(root, 'big'))).toEqual({
      ok: false,
      reason: 'it is larger than the limit of 100 bytes (101 bytes; --max-file-size raises it)',
    });
  });
});

describe('allowed_pattern: Python re semantics on a linear-time engine', () => {
  const template = (pattern: string, value: string) =>
    `heat_template_version: 2021-04-16\nparameters:\n  p:\n    type: string\n    default: ${value}\n    constraints:\n      - allowed_pattern: ${JSON.stringify(pattern)}\n`;
  const defaults = (pattern: string, value: string) =>
    lint(template(pattern, value))
      .filter((d) => d.ruleId === 'parameter-default')
      .map((d) => d.message);

  it('an exponential-backtracking pattern is checked, in linear time', () => {
    // With a backtracking engine this takes about 2^40 steps (hours).
    expect(defaults('(a+)+$', JSON.stringify(`${'a'.repeat(40)}!`))).toEqual([
      `The default "${'a'.repeat(40)}!" of parameter "p" does not match the pattern "(a+)+$" (it must match the whole value).`,
    ]);
    expect(matchesAllowedPattern('(a|aa)+$', `${'a'.repeat(5000)}`)).toBe(true);
  });

  it('reads [[:alpha:]] as Python does (a set with "[", ":", "a"..., then "]"), not as a POSIX class', () => {
    expect(defaults('[[:alpha:]]', 'x')).toEqual(['The default "x" of parameter "p" does not match the pattern "[[:alpha:]]" (it must match the whole value).']);
    expect(matchesAllowedPattern('[[:alpha:]]+', ':]]')).toBe(true);
    expect(matchesAllowedPattern('[[:alpha:]]+', ':a]]')).toBe(false);
  });

  it('lets $ match before a final newline, as Python\'s does', () => {
    expect(defaults('[a-z]+$\\s*', '|\n      abc')).toEqual([]);
    expect(defaults('[a-z]+$', '|\n      abc')).toEqual([
      'The default "abc\\n" of parameter "p" does not match the pattern "[a-z]+$" (it must match the whole value).',
    ]);
    expect(matchesAllowedPattern('a|ab', 'ab')).toBe(false); // re.match stops at "a"
  });

  it('property constraints use the same engine and Heat\'s whole-value check', () => {
    const text = [
      'heat_template_version: 2021-04-16',
      'resources:',
      '  lease:',
      '    type: OS::Blazar::Lease',
      '    properties:',
      '      name: l',
      '      start_date: "2030-01-01 10:00 and more"',
      '      end_date: "2030-01-02 10:00"',
      '      reservations: []',
      '',
    ].join('\n');
    expect(lint(text).filter((d) => d.ruleId === 'property-constraint').map((d) => d.message)).toEqual([
      'Property "start_date" (resources.lease.properties.start_date): "2030-01-01 10:00 and more" does not match pattern "\\d{4}-\\d{2}-\\d{2}\\s\\d{2}:\\d{2}".',
    ]);
  });
});

describe('messages stay readable whatever the template holds', () => {
  it('a template with only CR line breaks gets short messages', () => {
    const text = `heat_template_version: 2021-04-16\rdescription: >\r  ${'word '.repeat(200_000)}\rparameters:\r  p:\r    type: string\r`;
    const messages = lint(text).map((d) => `${d.ruleId} ${d.message}`);
    expect(messages.every((m) => m.length < 300)).toBe(true);
    expect(messages.length).toBeGreaterThan(0);
  });

  it('long quoted text is cut in the middle, with its length', () => {
    const version = `2021-04-16\r${'x'.repeat(100_000)}`;
    expect(lint(`heat_template_version: ${version}\n`).map((d) => d.message)).toEqual([
      `"2021-04-16\r${'x'.repeat(69)}…${'x'.repeat(20)}" (100011 characters) is not a HOT template version. Valid: 2013-05-23, 2014-10-16, 2015-04-30, 2015-10-15, 2016-04-08, 2016-10-14 (newton), 2017-02-24 (ocata), 2017-09-01 (pike), 2018-03-02 (queens), 2018-08-31 (rocky), 2021-04-16 (wallaby).`,
    ]);
  });
});

describe('size and alias limits', () => {
  const plain = (count: number) =>
    `heat_template_version: 2021-04-16\nparameters:\n${Array.from({ length: count }, (_, i) => `  p${i}: {type: string}\n`).join('')}`;
  /** The same with a tag, which the fast reader leaves to yaml. */
  const tagged = (count: number) => plain(count).replace('2021-04-16', '!!str 2021-04-16');

  it('a large template without aliases is not reported as an alias expansion; its own limit says what it is', () => {
    const text = plain(40); // 1 + 2 + 2 + 40 * 4 = 165 nodes
    expect(parseDocument(text, { ...DEFAULT_PARSE_LIMITS, maxExpandedNodes: 50 }).problems).toEqual([]);
    expect(parseDocument(text, { ...DEFAULT_PARSE_LIMITS, maxNodes: 100 }).problems.map((p) => p.message)).toEqual([
      'The document has more than 100 YAML nodes (keys, values and collections), over the limit; it was not read further. (Heat itself refuses templates over 512 KB, its max_template_size.)',
    ]);
  });

  it('a text over the node limit is refused by one pass of the lexer, before yaml builds its tree (issue 20: 9 MB, 98 s, 2 GB)', () => {
    const parse = vi.spyOn(Parser.prototype, 'parse');
    try {
      const limits = { ...DEFAULT_PARSE_LIMITS, maxNodes: 1000 };
      const over = parseDocument(plain(400), limits);
      expect(over.problems.map((p) => [p.ruleId, p.message, p.range])).toEqual([
        [
          'yaml-syntax',
          'The document has more than 1000 YAML nodes (keys, values and collections), over the limit; it was not read further. (Heat itself refuses templates over 512 KB, its max_template_size.)',
          { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } },
        ],
      ]);
      expect(over.root).toBeNull();
      expect(parse).not.toHaveBeenCalled();
      // Under the limit: the fast reader's one pass, and yaml's for what it leaves.
      expect(parseDocument(plain(200), limits).problems).toEqual([]);
      expect(parse).not.toHaveBeenCalled();
      expect(parseDocument(tagged(200), limits).problems).toEqual([]);
      expect(parse).toHaveBeenCalledTimes(1);
    } finally {
      parse.mockRestore();
    }
  });

  it('parsing is linear: twice the text, twice the tokens through yaml, in one pass', () => {
    const next = vi.spyOn(Parser.prototype, 'next');
    const parse = vi.spyOn(Parser.prototype, 'parse');
    try {
      const steps = (count: number) => {
        next.mockClear();
        parse.mockClear();
        const parsed = parseDocument(tagged(count));
        expect(parsed.problems).toEqual([]);
        expect(parse).toHaveBeenCalledTimes(1);
        return { tokens: next.mock.calls.length, nodes: countNodes(parsed.root) };
      };
      const one = steps(2000);
      const two = steps(4000);
      expect(two.nodes).toBe(2 * one.nodes - 5); // 5 + 4 per parameter
      expect(two.tokens).toBeLessThanOrEqual(2 * one.tokens);
    } finally {
      next.mockRestore();
      parse.mockRestore();
    }
  });

  it('the fast reader is linear: twice the text, twice the characters looked at, yaml not called', () => {
    const parse = vi.spyOn(Parser.prototype, 'parse');
    const looks = vi.spyOn(String.prototype, 'charCodeAt');
    try {
      const steps = (count: number) => {
        const text = plain(count);
        looks.mockClear();
        const parsed = parseDocument(text);
        expect(parsed.problems).toEqual([]);
        return looks.mock.calls.length / text.length;
      };
      const one = steps(2000);
      const two = steps(4000);
      expect(parse).not.toHaveBeenCalled();
      expect(one).toBeGreaterThan(0.5);
      expect(two).toBeLessThan(one * 1.02);
    } finally {
      looks.mockRestore();
      parse.mockRestore();
    }
  });

  it('deeply nested block collections are refused with the nesting message, never a parser failure (the fast reader leaves them to yaml)', () => {
    const maps = (levels: number) => Array.from({ length: levels }, (_, i) => `${' '.repeat(i)}a:\n`).join('') + `${' '.repeat(levels)}x: 1\n`;
    const seqs = (levels: number) => Array.from({ length: levels }, (_, i) => `${' '.repeat(2 * i)}-\n`).join('');
    for (const text of [maps(300), seqs(300), maps(3000), seqs(3000)]) {
      expect(fastParse(text, YAML_OPTIONS)).toBeNull();
      const messages = parseDocument(text).problems.map((p) => p.message);
      expect(messages).toHaveLength(1);
      expect(messages[0]).toMatch(/^Collections are nested (deeper than 200 levels|too deeply to read); the document was not read further\.$/);
    }
    // A template nests its collections far less deep: the fast reader reads one of 40 levels.
    expect(fastParse(maps(40), YAML_OPTIONS)).not.toBeNull();
  });

  it("the lexer's count is a lower bound of the document's nodes, whatever the scalars start with", () => {
    const text = [
      'heat_template_version: 2021-04-16',
      'description: |',
      '  [not a list',
      '  {nor a map',
      'parameters:',
      '  a: &x {type: string, default: "q[uoted", label: \'{s}\'}',
      '  b: *x',
      '  c: [plain(1, {}, [], ? k, l: ]',
      '  d: >-',
      '    "folded',
      'outputs: {o: {value: {get_param: a}}}',
      '',
    ].join('\n');
    const parsed = parseDocument(text);
    expect(parsed.problems).toEqual([]);
    expect(nodesAtLeast(text, Infinity)).toBeLessThanOrEqual(countNodes(parsed.root));
    expect(nodesAtLeast(text, Infinity)).toBe(32);
    expect(nodesAtLeast(text, 10)).toBe(10);
  });

  it('aliases are resolved with one walk of the document, not one per alias', () => {
    const count = 300;
    let text = 'heat_template_version: 2021-04-16\nparameters:\n';
    for (let i = 0; i < count; i++) text += `  p${i}: &a${i} {type: string}\n`;
    text += `outputs:\n  o:\n    value: [${Array.from({ length: count }, (_, i) => `*a${i}`).join(', ')}]\n`;
    const spy = vi.spyOn(Alias.prototype, 'resolve');
    try {
      const findings = lint(text, { rules: { 'parameter-unused': 'off' } });
      expect(findings).toEqual([]);
      // yaml's Alias.resolve walks the whole document on each call: n aliases, n² steps.
      expect(spy).not.toHaveBeenCalled();
    } finally {
      spy.mockRestore();
    }
  });
});

describe('project-level searches are linear in files and edges', () => {
  it('nested templates that each name the next 40 times, 5 levels deep, are searched once each', () => {
    const files = new Map<string, string>();
    for (let level = 0; level < 6; level++) {
      const resources = Array.from({ length: 40 }, (_, i) => `  r${i}:\n    type: t${level + 1}.yaml\n`).join('');
      files.set(`/p/t${level}.yaml`, `heat_template_version: 2021-04-16\nresources:\n${level < 5 ? resources : '  x:\n    type: OS::Heat::None\n'}`);
    }
    const loader = new MemoryFileLoader(files, '/p');
    const resolve = vi.spyOn(loader, 'resolve');
    const session = new ProjectSession(loader, loadCatalog());
    const result = lintTemplateFile(session, '/p/t0.yaml');
    expect(result.diagnostics?.filter((d) => d.ruleId === 'nested-template-cycle')).toEqual([]);
    // Without a record of what was searched this is 40^5 (10^8) look-ups.
    expect(resolve.mock.calls.length).toBeLessThan(40 * 6 * 10);
  });
});

describe('which configuration applies', () => {
  it('the search stops at the repository root and says so', () => {
    const parent = temp();
    writeFileSync(join(parent, '.hot-lint.yaml'), 'rules: {}\n');
    mkdirSync(join(parent, 'repo/.git'), { recursive: true });
    mkdirSync(join(parent, 'repo/stacks'));
    expect(searchConfig(join(parent, 'repo/stacks'))).toEqual({ path: null, stoppedAt: join(parent, 'repo'), reason: 'repository-root' });
    writeFileSync(join(parent, 'repo/.hot-lint.yml'), 'rules: {}\n');
    expect(searchConfig(join(parent, 'repo/stacks'))).toEqual({ path: join(parent, 'repo/.hot-lint.yml'), stoppedAt: join(parent, 'repo'), reason: 'found' });
    expect(searchConfig(join(parent, 'repo/stacks')).path).toBe(findConfigFile(join(parent, 'repo/stacks')));
  });
});
