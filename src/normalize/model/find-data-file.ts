import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The path of a file in the package's data/ folder. The module may run from dist/index.js,
 * dist/index.cjs (tsup shims import.meta.url) or src/normalize/model/ under vitest, so the
 * folder is looked for in the parents of this module rather than at one fixed depth.
 */
export function findDataFile(name: string): string | null {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let up = 0; up < 6; up++) {
    const path = join(dir, 'data', name);
    if (existsSync(path)) return path;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return null;
}
