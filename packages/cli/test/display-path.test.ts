import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { displayPath } from '../src/main.js';

describe('displayPath', () => {
  it('is the path relative to the current folder below it, else the absolute path, as path.relative decides', () => {
    const byRelative = (absolute: string, cwd: string) => {
      const rel = relative(cwd, absolute);
      return rel && !rel.startsWith('..') ? rel : absolute;
    };
    const cases: Array<[string, string]> = [
      ['/work/main/a.yaml', '/work/main'],
      ['/work/main/sub/dir/a.yaml', '/work/main'],
      ['/work/mainly/a.yaml', '/work/main'],
      ['/work/main', '/work/main'],
      ['/tmp/tht/a.yaml', '/work/main'],
      ['/work/a.yaml', '/work/main'],
      ['/a.yaml', '/'],
      ['/work/main/.hidden/a.yaml', '/work/main'],
      ['/work/main/..x/a.yaml', '/work/main'],
      ['/work/main//a.yaml', '/work/main'],
      ['/work/main/./a.yaml', '/work/main'],
      ['/work/main/../main/a.yaml', '/work/main'],
    ];
    for (const [absolute, cwd] of cases) expect(displayPath(absolute, cwd), `${absolute} from ${cwd}`).toBe(byRelative(absolute, cwd));
    expect(displayPath('/work/main/sub/a.yaml', '/work/main')).toBe('sub/a.yaml');
    expect(displayPath('/tmp/tht/a.yaml', '/work/main')).toBe('/tmp/tht/a.yaml');
  });
});
