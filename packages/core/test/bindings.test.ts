import { isAbsolute, relative, sep } from 'node:path';
import { describe, expect, test } from 'vitest';
import { boundEnvironments, emptyConfig, environmentsFor, innermostFolder, isIgnored, isInside, projectRootFor, relativeInside } from '../src/index.js';
import type { ConfigLocation, HotLintConfig } from '../src/index.js';

const at = (dir: string, config: Partial<HotLintConfig>): ConfigLocation => ({ dir, config: { ...emptyConfig(), ...config } });

describe('isInside and innermostFolder', () => {
  test('a folder holds itself and what is below it, not its siblings nor names that merely start with ".."', () => {
    expect(isInside('/p', '/p')).toBe(true);
    expect(isInside('/p', '/p/a/b.yaml')).toBe(true);
    expect(isInside('/p', '/p/..x/b.yaml')).toBe(true);
    expect(isInside('/p', '/pq/b.yaml')).toBe(false);
    expect(isInside('/p/a', '/p/b.yaml')).toBe(false);
    expect(isInside('/p/a', '/p')).toBe(false);
  });

  test('says what path.relative says, for resolved paths (compared as strings) and any others', () => {
    const byRelative = (dir: string, path: string) => {
      const rel = relative(dir, path);
      return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
    };
    const paths = ['/', '/p', '/p/', '/p/a', '/p/a/', '/pa', '/p/..', '/p/../p/a', '/p/./a', '/p//a', '//p', '/p/.', '/p/.a', '/p/..a', '/p/a.', '/.', '/..', 'p', 'p/a', '.', '', '/P', '/p/a/b/c'];
    const mismatches = paths.flatMap((dir) => paths.filter((path) => isInside(dir, path) !== byRelative(dir, path)).map((path) => `${dir} ${path}`));
    expect(mismatches).toEqual([]);
    const relativeMismatches = paths.flatMap((dir) =>
      paths.filter((path) => relativeInside(dir, path) !== (byRelative(dir, path) ? relative(dir, path) : null)).map((path) => `${dir} ${path}`),
    );
    expect(relativeMismatches).toEqual([]);
  });

  test('the innermost folder holding the path, else null', () => {
    expect(innermostFolder('/w/a/b/t.yaml', ['/w', '/w/a/b', '/w/a'])).toBe('/w/a/b');
    expect(innermostFolder('/w/a/t.yaml', ['/w/a/b', '/w'])).toBe('/w');
    expect(innermostFolder('/x/t.yaml', ['/w', '/w/a'])).toBeNull();
    expect(innermostFolder('/x/t.yaml', [])).toBeNull();
  });
});

describe('projectRootFor', () => {
  const config = at('/w/proj', {});

  test('an explicit root wins over everything', () => {
    expect(projectRootFor('/w/proj/stacks/a.yaml', { root: '/r', config, folders: ['/w'] })).toBe('/r');
    expect(projectRootFor('/w/proj/stacks/a.yaml', { root: '/r/sub/..' })).toBe('/r');
  });

  test("else the configuration's folder when the file is inside it", () => {
    expect(projectRootFor('/w/proj/stacks/a.yaml', { config, folders: ['/w', '/w/proj/stacks'] })).toBe('/w/proj');
  });

  test('a configuration that does not hold the file (named from elsewhere) does not mark the project', () => {
    expect(projectRootFor('/w/other/a.yaml', { config, folders: ['/w'] })).toBe('/w');
    expect(projectRootFor('/elsewhere/a.yaml', { config, folders: ['/w'] })).toBe('/elsewhere');
  });

  test('else the innermost working folder holding the file, else the file folder', () => {
    expect(projectRootFor('/w/a/b/t.yaml', { config: null, folders: ['/w', '/w/a'] })).toBe('/w/a');
    expect(projectRootFor('/x/y/t.yaml', { folders: ['/w'] })).toBe('/x/y');
    expect(projectRootFor('/x/y/t.yaml')).toBe('/x/y');
  });
});

describe('environmentsFor and boundEnvironments', () => {
  const config = at('/p', {
    environments: [
      { templates: 'stacks/*.yaml', files: ['env/common.yaml', 'env/net.yaml'] },
      { templates: '**/prod-*.{yaml,yml}', files: ['env/prod.yaml'] },
      { templates: 'stacks/?.yaml', files: ['/abs/short.yaml'] },
      { templates: '**/.hidden/*.yaml', files: ['env/hidden.yaml'] },
    ],
  });

  test('every matching binding, in order, resolved from the configuration folder; then the explicit files', () => {
    expect(environmentsFor('/p/stacks/prod-app.yaml', config, ['/cli/e1.yaml', '/cli/e2.yaml'])).toEqual([
      '/p/env/common.yaml',
      '/p/env/net.yaml',
      '/p/env/prod.yaml',
      '/cli/e1.yaml',
      '/cli/e2.yaml',
    ]);
    expect(boundEnvironments('/p/stacks/prod-app.yaml', config)).toEqual(['/p/env/common.yaml', '/p/env/net.yaml', '/p/env/prod.yaml']);
  });

  test('globs: "*" stays in one folder, "**" crosses folders, "?" is one character, braces alternate, dotfiles match', () => {
    expect(boundEnvironments('/p/stacks/a.yaml', config)).toEqual(['/p/env/common.yaml', '/p/env/net.yaml', '/abs/short.yaml']);
    expect(boundEnvironments('/p/stacks/deep/a.yaml', config)).toEqual([]);
    expect(boundEnvironments('/p/x/y/prod-db.yml', config)).toEqual(['/p/env/prod.yaml']);
    expect(boundEnvironments('/p/prod-db.json', config)).toEqual([]);
    expect(boundEnvironments('/p/a/.hidden/t.yaml', config)).toEqual(['/p/env/hidden.yaml']);
    expect(boundEnvironments('/p/stacks/.t.yaml', config)).toEqual(['/p/env/common.yaml', '/p/env/net.yaml']);
  });

  test('a path not in resolved form matches as its resolved form; the same settings in another folder resolve there', () => {
    for (const unresolved of ['/p/./stacks/a.yaml', '/p//stacks/a.yaml', '/p/x/../stacks/a.yaml']) {
      expect(boundEnvironments(unresolved, config)).toEqual(['/p/env/common.yaml', '/p/env/net.yaml', '/abs/short.yaml']);
    }
    expect(boundEnvironments('/r/stacks/a.yaml', { dir: '/r', config: config.config })).toEqual(['/r/env/common.yaml', '/r/env/net.yaml', '/abs/short.yaml']);
    expect(boundEnvironments('/p/stacks/a.yaml', config)).toEqual(['/p/env/common.yaml', '/p/env/net.yaml', '/abs/short.yaml']);
  });

  test('no configuration, or a template outside its folder: only the explicit files', () => {
    expect(environmentsFor('/p/stacks/a.yaml', null, ['/e.yaml'])).toEqual(['/e.yaml']);
    expect(environmentsFor('/p/stacks/a.yaml', undefined)).toEqual([]);
    expect(environmentsFor('/q/stacks/a.yaml', config, ['/e.yaml'])).toEqual(['/e.yaml']);
  });

  test('the same file bound twice is listed twice, as Heat would merge it twice', () => {
    const twice = at('/p', { environments: [{ templates: '*.yaml', files: ['e.yaml'] }, { templates: 't.*', files: ['e.yaml'] }] });
    expect(environmentsFor('/p/t.yaml', twice, ['/p/e.yaml'])).toEqual(['/p/e.yaml', '/p/e.yaml', '/p/e.yaml']);
  });
});

describe('isIgnored', () => {
  const config = at('/p', { ignore: ['vendor', 'build/**', '**/*.generated.yaml', 'one?.yaml', '{tmp,cache}/*'] });

  test('the file or any folder it is in, relative to the configuration folder', () => {
    expect(isIgnored('/p/vendor/a.yaml', config)).toBe(true);
    expect(isIgnored('/p/vendor/deep/a.yaml', config)).toBe(true);
    expect(isIgnored('/p/build/x/a.yaml', config)).toBe(true);
    expect(isIgnored('/p/stacks/app.generated.yaml', config)).toBe(true);
    expect(isIgnored('/p/one1.yaml', config)).toBe(true);
    expect(isIgnored('/p/cache/a.yaml', config)).toBe(true);
    expect(isIgnored('/p/tmp/sub/a.yaml', config)).toBe(true); // its folder tmp/sub matches tmp/*
  });

  test('other files are not ignored', () => {
    expect(isIgnored('/p/stacks/app.yaml', config)).toBe(false);
    expect(isIgnored('/p/stacks/vendor.yaml', config)).toBe(false);
    expect(isIgnored('/p/one12.yaml', config)).toBe(false);
    expect(isIgnored('/p/vendors/a.yaml', config)).toBe(false);
  });

  test('nothing is ignored outside the configuration folder, nor without a configuration or globs', () => {
    expect(isIgnored('/vendor/a.yaml', config)).toBe(false);
    expect(isIgnored('/q/vendor/a.yaml', config)).toBe(false);
    expect(isIgnored('/p', config)).toBe(false);
    expect(isIgnored('/p/vendor/a.yaml', null)).toBe(false);
    expect(isIgnored('/p/vendor/a.yaml', at('/p', {}))).toBe(false);
  });

  test('dotfiles and dot folders match', () => {
    const dots = at('/p', { ignore: ['**/*.yaml'] });
    expect(isIgnored('/p/.git/x.yaml', dots)).toBe(true);
    expect(isIgnored('/p/.x.yaml', dots)).toBe(true);
  });

  test('a glob picomatch rejects matches nothing and does not throw', () => {
    const bad = at('/p', { ignore: ['', 'vendor/**'], environments: [{ templates: '', files: ['e.yaml'] }] });
    expect(isIgnored('/p/vendor/a.yaml', bad)).toBe(true);
    expect(isIgnored('/p/a.yaml', bad)).toBe(false);
    expect(boundEnvironments('/p/a.yaml', bad)).toEqual([]);
  });
});
