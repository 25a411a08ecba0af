import { stat } from 'node:fs/promises';
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
 * Expands the command line's patterns into a sorted, de-duplicated list of files, relative to
 * `cwd` with '/' separators, so the same corpus gives the same paths (and shards) on every machine.
 * A path that exists is taken literally (names with '[' or '(' are common in scanned corpora);
 * a directory stands for the plan files under it.
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
  return [...new Set(files)].sort();
}
