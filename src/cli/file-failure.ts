import { isKehoachError } from '../errors.js';

/**
 * Reports a file the command could not handle as `kehoach: FILE: CODE: message` on standard
 * error (the same line for parse, normalize and view, which a script can split on ': '), and
 * gives the exit status for it.
 */
export function fileFailure(file: string, error: unknown): 1 {
  const name = file === '-' ? 'stdin' : file;
  const code = isKehoachError(error) ? error.code : 'INTERNAL';
  process.stderr.write(`kehoach: ${name}: ${code}: ${String((error as Error)?.message ?? error)}\n`);
  return 1;
}
