import { KehoachError } from '../errors.js';

/** One slice of a corpus: shard `index` (1-based) of `count`. */
export interface Shard {
  index: number;
  count: number;
}

// '2/8' — shard 2 of 8, as a job runner's array index would pass it.
const SHARD = /^(?<index>\d{1,6})\/(?<count>\d{1,6})$/;

/** Parses '--shard i/n' (1 ≤ i ≤ n); a malformed value is an INVALID_OPTIONS error. */
export function parseShard(spec: string): Shard {
  const groups = SHARD.exec(spec.trim())?.groups;
  const index = Number(groups?.index);
  const count = Number(groups?.count);
  if (!groups || count < 1 || index < 1 || index > count) {
    throw new KehoachError(
      'INVALID_OPTIONS',
      `--shard expects i/n with 1 ≤ i ≤ n (e.g. 1/4), not '${spec}'; shards are numbered from 1`,
    );
  }
  return { index, count };
}

/**
 * FNV-1a over the UTF-16 code units of the path. A hash, not a sorted index, so that a file
 * keeps its shard when other files are added to or removed from the corpus.
 */
export function pathHash(path: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < path.length; i++) {
    hash ^= path.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** Whether a file belongs to a shard: every path lands in exactly one of the n shards. */
export function inShard(path: string, shard: Shard): boolean {
  return pathHash(path) % shard.count === shard.index - 1;
}
