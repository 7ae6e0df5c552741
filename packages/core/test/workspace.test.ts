import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintEnvironmentFile, lintTemplateFile, loadCatalog, MemoryFileLoader, ProjectSession, resolveProject, Workspace } from '../src/index.js';
import type { HostEntry, WorkspaceHost } from '../src/index.js';

/** An in-memory file system: the workspace reads nothing else. */
function memoryHost(files: Record<string, string>): WorkspaceHost & { reads: string[] } {
  const reads: string[] = [];
  const dirs = new Set<string>();
  for (const path of Object.keys(files)) for (let dir = dirname(path); !dirs.has(dir); dir = dirname(dir)) dirs.add(dir);
  return {
    reads,
    readFile(path) {
      reads.push(path);
      const text = files[path];
      return text === undefined ? { ok: false, code: 'ENOENT', reason: 'it does not exist' } : { ok: true, text };
    },
    stat(path) {
      if (files[path] !== undefined) return { kind: 'file', mtimeMs: 1 };
      return dirs.has(path) ? { kind: 'directory', mtimeMs: 1 } : null;
    },
    realpath: (path) => path,
    listDir(path) {
      if (!dirs.has(path)) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      const names = new Map<string, HostEntry['kind']>();
      for (const file of [...Object.keys(files), ...dirs]) {
        if (dirname(file) === path && file !== path) names.set(file.slice(path.length + 1), files[file] === undefined ? 'directory' : 'file');
      }
      return [...names].map(([name, kind]) => ({ name, kind }));
    },
  };
}

const TEMPLATE = `heat_template_version: 2018-08-31
resources:
  inner:
    type: nested/inner.yaml
  mapped:
    type: My::Mapped
  script:
    type: OS::Heat::SoftwareConfig
    properties:
      config: { get_file: scripts/run.sh }
`;

const INNER = `heat_template_version: 2018-08-31
resources:
  deeper:
    type: deeper.yaml
`;

const DEEPER = `heat_template_version: 2018-08-31
resources: {}
`;

const files = {
  '/p/.git/HEAD': '',
  '/p/.hot-lint.yaml': `environments:\n  - templates: "*.yaml"\n    files: [env.yaml]\nignore: [vendor]\n`,
  '/p/main.yaml': TEMPLATE,
  '/p/env.yaml': 'resource_registry:\n  My::Mapped: mapped.yaml\n  My::Gone: gone.yaml\n',
  '/p/mapped.yaml': DEEPER,
  '/p/nested/inner.yaml': INNER,
  '/p/nested/deeper.yaml': DEEPER,
  '/p/scripts/run.sh': 'echo hi\n',
  '/p/node_modules/x/t.yaml': DEEPER,
  '/p/sub/other.yml': DEEPER,
  '/p/sub/notes.txt': 'not a candidate',
};

describe('Workspace', () => {
  it('finds the configuration, its root and its bindings through the host alone', () => {
    const host = memoryHost(files);
    const workspace = new Workspace({ host, folders: ['/'] });
    const config = workspace.configFor('/p/sub');
    expect(config?.path).toBe('/p/.hot-lint.yaml');
    expect(workspace.rootFor('/p/main.yaml', config)).toBe('/p');
    expect(workspace.environmentsFor('/p/main.yaml', config)).toEqual(['/p/env.yaml']);
    expect(workspace.configProblems).toEqual([]);
    // Each configuration file is read once, however many folders ask.
    workspace.configFor('/p');
    expect(host.reads).toEqual(['/p/.hot-lint.yaml']);
  });

  it('reports a bad configuration as a problem with its position, and does not use it', () => {
    const workspace = new Workspace({ host: memoryHost({ '/q/.hot-lint.yaml': 'rules: [1]\n' }) });
    expect(workspace.configFor('/q')).toBeNull();
    expect(workspace.configProblems).toHaveLength(1);
    expect(workspace.configProblems[0]).toMatchObject({ path: '/q/.hot-lint.yaml', problem: { range: { start: { line: 0 } } } });
  });

  it('discovers candidate files depth first in name order, skipping node_modules and .git', () => {
    const workspace = new Workspace({ host: memoryHost(files) });
    expect(workspace.discover('/p')).toEqual([
      '/p/.hot-lint.yaml',
      '/p/env.yaml',
      '/p/main.yaml',
      '/p/mapped.yaml',
      '/p/nested/deeper.yaml',
      '/p/nested/inner.yaml',
      '/p/sub/other.yml',
    ]);
    expect(workspace.discover('/p', undefined, { files: 2 })).toEqual(['/p/.hot-lint.yaml', '/p/env.yaml']);
    const errors: string[] = [];
    expect(workspace.discover('/missing', (dir) => errors.push(dir))).toEqual([]);
    expect(errors).toEqual(['/missing']);
  });

  it('keeps one session per root and release, and knows which documents depend on a file', () => {
    const workspace = new Workspace({ host: memoryHost(files) });
    const config = workspace.configFor('/p');
    expect(workspace.session('/p/main.yaml', config)).toBe(workspace.session('/p/sub/other.yml', config));
    const session = workspace.session('/p/main.yaml', config);
    const { depends } = lintTemplateFile(session, '/p/main.yaml', { environments: workspace.environmentsFor('/p/main.yaml', config) });
    workspace.recordDepends('doc:main', '/p/main.yaml', depends);
    expect(workspace.dependentsOf('/p/nested/deeper.yaml')).toEqual(['doc:main']);
    expect(workspace.dependentsOf('/p/env.yaml')).toEqual(['doc:main']);
    expect(workspace.dependentsOf('/p/main.yaml')).toEqual([]);
    workspace.forgetOwner('doc:main');
    expect(workspace.dependentsOf('/p/nested/deeper.yaml')).toEqual([]);
  });

  it('binds an environment to the first template that uses it', () => {
    const workspace = new Workspace({ host: memoryHost(files) });
    expect(workspace.useEnvironments('a', '/p/a.yaml', ['/p/env.yaml'], '/p')).toEqual(['/p/env.yaml']);
    expect(workspace.useEnvironments('b', '/p/b.yaml', ['/p/env.yaml'], '/p')).toEqual([]);
    expect(workspace.templateUsing('/p/env.yaml')).toMatchObject({ owner: 'a', template: '/p/a.yaml' });
  });
});

describe('project-resolution phase', () => {
  const memory = new Map(Object.entries(files));

  it('loads every file the template pulls in before the rules run: nested (through the registry too), get_file, registry targets', () => {
    const session = new ProjectSession(new MemoryFileLoader(memory, '/p'), loadCatalog());
    const env = session.environment('/p/env.yaml')!;
    const snapshot = resolveProject(session, { template: session.template('/p/main.yaml'), path: '/p/main.yaml', environments: [env], maxDepth: 5, catalog: session.catalog });
    expect(snapshot.files.sort()).toEqual(['/p/gone.yaml', '/p/mapped.yaml', '/p/nested/deeper.yaml', '/p/nested/inner.yaml', '/p/scripts/run.sh']);
    expect(snapshot.reference('/p/main.yaml', 'scripts/run.sh')).toMatchObject({ kind: 'loaded', text: 'echo hi\n' });
    expect(snapshot.reference('/p/env.yaml', 'gone.yaml')).toMatchObject({ kind: 'unreadable', reason: 'it does not exist' });
    expect(snapshot.reference('/p/main.yaml', 'https://example.com/x.yaml')).toEqual({ kind: 'url', written: 'https://example.com/x.yaml' });
    // A path the phase never reached is not read by the rule that asks: it is reported unread.
    expect(snapshot.reference('/p/main.yaml', 'elsewhere.yaml')).toMatchObject({ kind: 'unreadable', reason: 'it was not loaded with the project' });
    expect(snapshot.relativeName('/p/nested/inner.yaml')).toBe('nested/inner.yaml');
  });

  it('never reads a file outside the project root', () => {
    const loader = new MemoryFileLoader(new Map([...memory, ['/outside.sh', 'x'], ['/p/t.yaml', 'heat_template_version: 2018-08-31\noutputs:\n  o: { value: { get_file: ../outside.sh } }\n']]), '/p');
    const session = new ProjectSession(loader, loadCatalog());
    const snapshot = resolveProject(session, { template: session.template('/p/t.yaml'), path: '/p/t.yaml', environments: [], maxDepth: 5, catalog: session.catalog });
    expect(snapshot.reference('/p/t.yaml', '../outside.sh')).toEqual({ kind: 'outside', path: '/outside.sh', written: '../outside.sh' });
  });

  it('follows nested templates no deeper than maxDepth', () => {
    const session = new ProjectSession(new MemoryFileLoader(memory, '/p'), loadCatalog());
    const snapshot = resolveProject(session, { template: session.template('/p/main.yaml'), path: '/p/main.yaml', environments: [], maxDepth: 0, catalog: session.catalog });
    expect(snapshot.files.sort()).toEqual(['/p/nested/inner.yaml', '/p/scripts/run.sh']);
  });

  it('gives the lint its dependencies: the file, its environments and what the phase loaded', () => {
    const session = new ProjectSession(new MemoryFileLoader(memory, '/p'), loadCatalog());
    const template = lintTemplateFile(session, '/p/main.yaml', { environments: ['/p/env.yaml'] });
    expect(template.depends.sort()).toEqual(['/p/env.yaml', '/p/gone.yaml', '/p/main.yaml', '/p/mapped.yaml', '/p/nested/deeper.yaml', '/p/nested/inner.yaml', '/p/scripts/run.sh']);
    const environment = lintEnvironmentFile(session, '/p/env.yaml', { environments: ['/p/env.yaml'], templatePath: '/p/main.yaml' });
    expect(environment.depends.sort()).toEqual(['/p/env.yaml', '/p/gone.yaml', '/p/main.yaml', '/p/mapped.yaml']);
    expect(environment.diagnostics?.map((d) => [d.ruleId, d.message])).toContainEqual([
      'environment-registry',
      'Template "gone.yaml" for registry entry "My::Gone" cannot be read: it does not exist.',
    ]);
  });
});
