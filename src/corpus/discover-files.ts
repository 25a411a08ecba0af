import { realpath, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { escapePath, glob } from 'tinyglobby';

/** Extensions taken when a directory is named: the formats parsePlan reads. */
export const planFileExtensions = ['txt', 'pdf', 'docx', 'png', 'jpg', 'jpeg', 'tif', 'tiff', 'bmp', 'webp'];

async function kind(path: string): Promise<'file' | 'dir' | null> {
  try {
    const info = await stat(path);
    return info.isDirectory() ? 'dir' : info.isFile() ? 'file' : null;
  } catch {
    return null;
  }
}

/**
 * The paths with a file that an earlier path (in the given order) already reaches through
 * symbolic links left out: a mirror's 'latest -> 2024/' or a link back up the tree would
 * otherwise give the same plan twice, and a researcher would count it twice. A path whose real
 * path cannot be read stays (its worker reports why).
 */
async function oncePerFile(paths: readonly string[], cwd: string): Promise<string[]> {
  const real = await Promise.all(paths.map((path) => realpath(resolve(cwd, path)).catch(() => path)));
  const seen = new Set<string>();
  return paths.filter((_, i) => !seen.has(real[i]!) && seen.add(real[i]!));
}

/**
 * Expands the command line's patterns into a sorted, de-duplicated list of files, relative to
 * `cwd` with '/' separators, so the same corpus gives the same paths (and shards) on every machine.
 * A path that exists is taken literally (names with '[' or '(' are common in scanned corpora);
 * a directory stands for the plan files under it. Symbolic links are followed, and a file reached
 * by several paths is listed once, under the first of them in sorted order.
 */
export async function discoverFiles(patterns: readonly string[], cwd = process.cwd()): Promise<string[]> {
  const globs: string[] = [];
  for (const pattern of patterns) {
    const found = await kind(pattern.startsWith('/') ? pattern : `${cwd}/${pattern}`);
    const literal = escapePath(pattern.replaceAll('\\', '/'));
    if (found === 'file') globs.push(literal);
    else if (found === 'dir')
      globs.push(`${literal.replace(/\/+$/, '')}/**/*.{${planFileExtensions.join(',')}}`);
    else globs.push(pattern);
  }
  if (!globs.length) return [];
  const files = await glob(globs, {
    cwd,
    onlyFiles: true,
    expandDirectories: false,
    caseSensitiveMatch: false,
  });
  return oncePerFile([...new Set(files)].sort(), cwd);
}
