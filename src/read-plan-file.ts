import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { isKehoachError, KehoachError, tooLarge } from './errors.js';
import { DEFAULT_MAX_BYTES } from './options.js';

/**
 * Opened without blocking: opening a named pipe (FIFO) for reading waits for a writer, maybe
 * forever, before the size check below could refuse it. On a regular file the flag changes
 * nothing. (Windows has no O_NONBLOCK, nor FIFOs to open.)
 */
const READ_NOW = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

function checkSize(path: string, info: { isFile(): boolean; size: number }, maxBytes: number | undefined) {
  if (!info.isFile())
    throw new KehoachError(
      'FILE_NOT_FOUND',
      `${path} is not a regular file (a folder, pipe or device); save it to a file first, or pass its bytes`,
    );
  const max = maxBytes ?? DEFAULT_MAX_BYTES;
  if (info.size > max) throw tooLarge(info.size, max, path);
}

/** A read's failure as a KehoachError: what the user can do about it, not an INTERNAL error. */
export function readError(path: string, error: unknown): KehoachError {
  if (isKehoachError(error)) return error;
  const code = (error as NodeJS.ErrnoException).code;
  const cause = { cause: error };
  if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR')
    return new KehoachError('FILE_NOT_FOUND', `no such file: ${path}`, cause);
  if (code === 'EACCES' || code === 'EPERM')
    return new KehoachError(
      'FILE_UNREADABLE',
      `${path} cannot be read (permission denied); check its permissions`,
      cause,
    );
  if (code === 'EIO' || code === 'ELOOP' || code === 'ENAMETOOLONG')
    return new KehoachError('FILE_UNREADABLE', `${path} cannot be read (${code})`, cause);
  return new KehoachError('INTERNAL', `cannot read ${path}: ${(error as Error).message}`, cause);
}

/**
 * The bytes of a plan file, refused with a KehoachError if missing or above `maxBytes`. Size
 * and contents come from the one open file, and no more than the size checked is read, so a
 * file that grows after the check is not read past it.
 */
export async function readPlanFile(path: string, maxBytes?: number): Promise<Uint8Array> {
  let file: Awaited<ReturnType<typeof open>> | undefined;
  try {
    file = await open(path, READ_NOW);
    const info = await file.stat();
    checkSize(path, info, maxBytes);
    // Read into the size just checked (FileHandle#readFile would stat the file again and read
    // whatever it has grown to by then).
    const bytes = new Uint8Array(info.size);
    let read = 0;
    while (read < bytes.length) {
      const { bytesRead } = await file.read(bytes, read, bytes.length - read, null);
      if (bytesRead === 0) break; // the file shrank since the stat
      read += bytesRead;
    }
    return read === bytes.length ? bytes : bytes.subarray(0, read);
  } catch (error) {
    throw readError(path, error);
  } finally {
    await file?.close();
  }
}

/**
 * The same, blocking: a batch worker thread has nothing else to do meanwhile, and each await
 * of the asynchronous version is a round trip through libuv's thread pool that leaves the
 * worker's core idle.
 */
export function readPlanFileSync(path: string, maxBytes?: number): Uint8Array {
  let fd: number | null = null;
  try {
    fd = openSync(path, READ_NOW);
    const info = fstatSync(fd);
    checkSize(path, info, maxBytes);
    const bytes = new Uint8Array(info.size);
    let read = 0;
    while (read < bytes.length) {
      const n = readSync(fd, bytes, read, bytes.length - read, null);
      if (n === 0) break; // the file shrank since fstat
      read += n;
    }
    return read === bytes.length ? bytes : bytes.subarray(0, read);
  } catch (error) {
    throw readError(path, error);
  } finally {
    if (fd !== null) closeSync(fd);
  }
}
