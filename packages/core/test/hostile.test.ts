import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NodeFileLoader, readRegularFile } from '../src/index.js';

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
