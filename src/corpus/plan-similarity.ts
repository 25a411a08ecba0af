import { bandKeys, estimateSimilarity } from './minhash.js';

export interface SimilarityItem {
  name: string;
  issuedDate: string | null;
  signature: Uint32Array;
}

/**
 * Two plans whose bodies share most of their wording. When both issue dates are known and
 * differ, `copy` is the later one: it re-issues `source` (a commune plan copying its district's).
 * Otherwise `ordered` is false and the two are in name order.
 */
export interface SimilarPair {
  source: string;
  copy: string;
  similarity: number;
  ordered: boolean;
}

export interface SimilarityResult {
  pairs: SimilarPair[];
  /**
   * Groups of plans with the same body (the same file copied, or re-issued word for word with
   * only the header changed), each in order of issue date: the first is the original.
   */
  identical: string[][];
}

// Partial dates ('2023-01') only order against dates they are not a prefix of.
function order(a: SimilarityItem, b: SimilarityItem): [SimilarityItem, SimilarityItem, boolean] {
  const x = a.issuedDate;
  const y = b.issuedDate;
  if (x && y && !x.startsWith(y) && !y.startsWith(x)) return x < y ? [a, b, true] : [b, a, true];
  return a.name <= b.name ? [a, b, false] : [b, a, false];
}

// Dated plans first, earliest first; undated ones after them, by name.
const byIssue = (a: SimilarityItem, b: SimilarityItem): number =>
  (a.issuedDate ?? '~').localeCompare(b.issuedDate ?? '~') || a.name.localeCompare(b.name);

/** Finds near-duplicate plans by MinHash + LSH: identical bodies grouped, similar pairs scored. */
export function findSimilarPlans(items: readonly SimilarityItem[], minSimilarity = 0.5): SimilarityResult {
  const groups = new Map<string, SimilarityItem[]>();
  for (const item of items) {
    const key = item.signature.join(',');
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  const identical = [...groups.values()]
    .filter((g) => g.length > 1)
    .map((g) => [...g].sort(byIssue).map((i) => i.name))
    .sort((a, b) => b.length - a.length || a[0]!.localeCompare(b[0]!));
  // One representative per group: a thousand copies of one plan are one plan to compare.
  const reps = [...groups.values()].map((g) => g[0]!);
  const buckets = new Map<string, number[]>();
  for (const [index, rep] of reps.entries()) {
    for (const key of bandKeys(rep.signature)) {
      const bucket = buckets.get(key);
      if (bucket) bucket.push(index);
      else buckets.set(key, [index]);
    }
  }
  const seen = new Set<number>();
  const pairs: SimilarPair[] = [];
  for (const bucket of buckets.values()) {
    for (let i = 0; i < bucket.length; i++) {
      for (let j = i + 1; j < bucket.length; j++) {
        const a = bucket[i]!;
        const b = bucket[j]!;
        const id = a * reps.length + b;
        if (seen.has(id)) continue;
        seen.add(id);
        const similarity = estimateSimilarity(reps[a]!.signature, reps[b]!.signature);
        if (similarity < minSimilarity) continue;
        const [source, copy, ordered] = order(reps[a]!, reps[b]!);
        pairs.push({ source: source.name, copy: copy.name, similarity, ordered });
      }
    }
  }
  pairs.sort((p, q) => q.similarity - p.similarity || p.source.localeCompare(q.source));
  return { pairs, identical };
}
