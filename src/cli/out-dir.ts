import { statSync } from 'node:fs';

const existing = (out: string | undefined) =>
  out === undefined ? undefined : statSync(out, { throwIfNoEntry: false });

/**
 * Why `out` cannot be the directory a command writes into (it is an existing file), or null.
 * Both checks run before any work, so the user gets a usage error rather than a raw EEXIST or
 * EISDIR after the inputs were read.
 */
export function notADirectory(out: string | undefined, what: string): string | null {
  const info = existing(out);
  return info && !info.isDirectory()
    ? `--out ${out} is a file: ${what} writes into a directory (--out DIR)`
    : null;
}

/** The other way round: why `out` cannot be the file a command writes, or null. */
export function notAFile(out: string | undefined, what: string): string | null {
  return existing(out)?.isDirectory() ? `--out ${out} is a directory: ${what} goes to a file` : null;
}
