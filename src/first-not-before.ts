/**
 * Binary search over a sorted sequence: the first index in [0, count) for which `before(i)` is
 * false, where `before` is true for a prefix of the indices and false after it (count if it is
 * true everywhere). Stages look up spans in their sorted lists with it, so that a look-up per
 * item costs log n and not a walk from the start (items × list, quadratic on a long text).
 */
export function firstNotBefore(count: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
