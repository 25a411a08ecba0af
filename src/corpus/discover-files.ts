import { realpathSync } from 'node:fs';
import { stat } from 'node:fs/promises';
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
 * The paths with a file that an earlier path (in the given order) already reaches through linked
 * folders left out: a mirror's 'latest -> 2024/' or a link back up the tree would otherwise give
 * the same plan twice, and a researcher would count it twice. Folders, not files, are resolved,
 * once each, and when none is reached through a link the list is returned as it is: resolving
 * 10,000 files one by one raised a batch's peak memory by ≈ 10 MB (≈ 40 MB in the promise form,
 * all at once). A folder that cannot be resolved stays as written (its files' workers say why).
 */
function oncePerFile(paths: string[], cwd: string): string[] {
  const slashAt = (path: string) => Math.max(0, path.lastIndexOf('/'));
  const realFolders = new Map<string, string>();
  let linked = false;
  for (const path of paths) {
    const folder = path.slice(0, slashAt(path));
    if (realFolders.has(folder)) continue;
    const absolute = resolve(cwd, folder);
    let real = absolute;
    try {
      real = realpathSync.native(absolute);
    } catch {
      // Left as written.
    }
    linked ||= real !== absolute;
    realFolders.set(folder, real);
  }
  if (!linked) return paths;
  const seen = new Set<string>();
  return paths.filter((path) => {
    const at = slashAt(path);
    const real = `${realFolders.get(path.slice(0, at))}${path.slice(at)}`;
    if (seen.has(real)) return false;
    seen.add(real);
    return true;
  });
}

/**
 * Expands the command line's patterns into a sorted, de-duplicated list of files, relative to
 * `cwd` with '/' separators, so the same corpus gives the same paths (and shards) on every machine.
 * A path that exists is taken literally (names with '[' or '(' are common in scanned corpora);
 * a directory stands for the plan files under it. Symbolic links are followed, and a file reached
 * through several linked folders is listed once, under the first of its paths in sorted order.
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
