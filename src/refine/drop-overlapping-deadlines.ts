import { firstNotBefore } from '../first-not-before.js';
import type { Deadline } from '../schema/deadline.js';
import type { RefinePass } from './types.js';

/**
 * Rules over-generate: 'Định kỳ 6 tháng (trước ngày 10/6)' is also a 'trước ngày 10/6'. Of
 * overlapping deadlines the longest wins; on equal length, the earlier rule. Result in text order.
 */
export const dropOverlappingDeadlines: RefinePass = {
  name: 'drop-overlapping-deadlines',
  run(state) {
    const ranked = state.deadlines
      .map((d, order) => ({ d, order }))
      .sort((a, b) => length(b.d) - length(a.d) || a.order - b.order);
    // Kept spans never overlap, so in start order they are also in end order: binary search.
    const kept: Deadline[] = [];
    for (const { d } of ranked) {
      const i = firstEndingAfter(kept, d.span.start);
      if (i < kept.length && kept[i]!.span.start < d.span.end) continue;
      kept.splice(i, 0, d);
    }
    return { ...state, deadlines: kept };
  },
};

const length = (d: Deadline): number => d.span.end - d.span.start;

/** Index of the first kept deadline whose span ends after `pos`. */
const firstEndingAfter = (kept: readonly Deadline[], pos: number): number =>
  firstNotBefore(kept.length, (i) => kept[i]!.span.end <= pos);
