import { existsSync, statSync } from 'node:fs';

/**
 * Why `out` cannot be the directory a command writes into (it is an existing file), or null.
 * Checked before any work, so the user gets a usage error rather than a raw EEXIST from mkdir
 * after the inputs were read.
 */
export function notADirectory(out: string | undefined, what: string): string | null {
  if (out === undefined || !existsSync(out) || statSync(out).isDirectory()) return null;
  return `--out ${out} is a file: ${what} writes into a directory (--out DIR)`;
}
