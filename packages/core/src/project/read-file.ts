import { closeSync, constants, fstatSync, openSync, readSync, realpathSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/** `size` (bytes, at least) with code EFBIG. */
export type FileBytes = { ok: true; bytes: Buffer } | { ok: false; code: string; reason: string; size?: number };

const CHUNK = 64 * 1024;

/**
 * The one place hot-lint reads a file it lints or follows: only a regular file (never a FIFO, a
 * device such as /dev/zero, or a socket, which could block or never end), and never more than
 * `maxSize` bytes, counted while reading, so a file growing under us cannot exhaust memory.
 */
export function readRegularFile(path: string, maxSize: number): FileBytes {
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO must not wait for a writer; it changes nothing for regular files.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return failure(error);
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) return { ok: false, code: 'EISDIR', reason: 'it is a directory' };
    if (!stat.isFile()) return { ok: false, code: 'ENOTREG', reason: `it is not a regular file (${fileKind(stat)})` };
    if (stat.size > maxSize) return tooLarge(stat.size, maxSize);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(CHUNK, maxSize + 1 - total));
      const length = readSync(fd, chunk, 0, chunk.length, null);
      if (length === 0) break;
      total += length;
      if (total > maxSize) return tooLarge(total, maxSize, 'at least ');
      chunks.push(length === chunk.length ? chunk : chunk.subarray(0, length));
    }
    return { ok: true, bytes: Buffer.concat(chunks, total) };
  } catch (error) {
    return failure(error);
  } finally {
    closeSync(fd);
  }
}

/**
 * The system's realpath(3): one call where Node's own walks the path a component at a time (an
 * lstat each; a fifth of the CLI's file handling). Windows keeps Node's, whose answers for
 * substituted drives and network shares the native one does not match.
 */
const realpath = process.platform === 'win32' ? realpathSync : realpathSync.native;

/** A path with every symbolic link resolved, also when its last parts do not exist yet. */
export function realPath(path: string): string {
  const absolute = resolve(path);
  try {
    return realpath(absolute);
  } catch {
    const parent = dirname(absolute);
    return parent === absolute ? absolute : join(realPath(parent), basename(absolute));
  }
}

export function sizeText(bytes: number): string {
  if (bytes < 1024 * 1024) return `${bytes} bytes`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}

function tooLarge(size: number, maxSize: number, prefix = ''): FileBytes {
  return { ok: false, code: 'EFBIG', size, reason: `it is larger than the limit of ${sizeText(maxSize)} (${prefix}${sizeText(size)}; --max-file-size raises it)` };
}

function fileKind(stat: ReturnType<typeof fstatSync>): string {
  if (stat.isFIFO()) return 'a named pipe';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  if (stat.isSocket()) return 'a socket';
  return 'not a file';
}

function failure(error: unknown): FileBytes {
  const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
  const reason =
    code === 'ENOENT' ? 'it does not exist'
    : code === 'EACCES' || code === 'EPERM' ? 'permission denied'
    : code === 'EISDIR' ? 'it is a directory'
    : code === 'ELOOP' ? 'too many symbolic links'
    : (error as Error).message;
  return { ok: false, code, reason };
}
