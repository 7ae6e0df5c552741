import { describe, expect, it } from 'vitest';
import { searchConfig } from '../src/config/find-config.js';
import type { ConfigSearch } from '../src/config/find-config.js';

/** A file system of these paths, counting the questions asked of it. */
function fakeFs(paths: string[]) {
  const asked: string[] = [];
  const isFile = (path: string) => (asked.push(path), paths.includes(path));
  const exists = (path: string) => (asked.push(path), paths.some((p) => p === path || p.startsWith(`${path}/`)));
  return { asked, isFile, exists };
}

describe('searchConfig with earlier answers', () => {
  it('answers a folder below or beside one searched before without asking again about the folders they share', () => {
    const fs = fakeFs(['/repo/.git/HEAD', '/repo/.hot-lint.yaml', '/repo/a/b/t.yaml', '/repo/a/c/t.yaml']);
    const known = new Map<string, ConfigSearch>();
    const found = { path: '/repo/.hot-lint.yaml', stoppedAt: '/repo', reason: 'found' };
    expect(searchConfig('/repo/a/b', fs.isFile, fs.exists, known)).toEqual(found);
    expect(fs.asked).toEqual(['/repo/a/b/.hot-lint.yaml', '/repo/a/b/.hot-lint.yml', '/repo/a/b/.git', '/repo/a/.hot-lint.yaml', '/repo/a/.hot-lint.yml', '/repo/a/.git', '/repo/.hot-lint.yaml']);
    fs.asked.length = 0;
    expect(searchConfig('/repo/a/c', fs.isFile, fs.exists, known)).toEqual(found);
    expect(fs.asked).toEqual(['/repo/a/c/.hot-lint.yaml', '/repo/a/c/.hot-lint.yml', '/repo/a/c/.git']);
    fs.asked.length = 0;
    expect(searchConfig('/repo/a', fs.isFile, fs.exists, known)).toEqual(found);
    expect(fs.asked).toEqual([]);
  });

  it('gives each folder the answer a search from it alone gives', () => {
    const fs = fakeFs(['/w/.git/HEAD', '/w/p/.hot-lint.yml', '/w/p/q/r/t.yaml', '/w/s/t.yaml']);
    const known = new Map<string, ConfigSearch>();
    for (const dir of ['/w/p/q/r', '/w/s', '/w/p/q', '/w/p', '/w', '/']) {
      expect(searchConfig(dir, fs.isFile, fs.exists, known)).toEqual(searchConfig(dir, fs.isFile, fs.exists));
    }
  });
});
