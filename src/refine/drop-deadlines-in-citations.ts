import { firstNotBefore } from '../first-not-before.js';
import type { Deadline } from '../schema/deadline.js';
import type { Span } from '../schema/span.js';
import type { RefinePass } from './types.js';

// '… 33/CT-TTg, ngày 26/11/2021': only spaces and commas between a mention and its date.
const DATE_GAP = /^[\s,]*$/u;
// How far after a mention its date may start and still be its own.
const DATE_REACH = 4;

/** The number of sorted values below `v`. */
const countBelow = (sorted: ArrayLike<number>, v: number): number =>
  firstNotBefore(sorted.length, (i) => sorted[i]! < v);

/**
 * A citation's date is not a deadline (SPEC §2.3): drop deadlines that overlap a citation
 * mention, and dates that follow one with nothing but a comma between ('số 33/CT-TTg, ngày …').
 * A bound right after a mention ('… Kế hoạch số 12/KH-UBND trước ngày 30/6') stays.
 * Each deadline is checked by binary search, not against every mention (deadlines × mentions).
 */
export const dropDeadlinesInCitations: RefinePass = {
  name: 'drop-deadlines-in-citations',
  run(state, { text }) {
    const mentions: Span[] = state.citations.flatMap((c) => c.mentions).sort((a, b) => a.start - b.start);
    if (mentions.length === 0) return state;
    const starts = mentions.map((m) => m.start);
    // The furthest end among the mentions up to each one: some mention before d.end reaches past d.start?
    const reach: number[] = [];
    for (const m of mentions) reach.push(Math.max(reach[reach.length - 1] ?? -Infinity, m.end));
    const ends = [...new Set(mentions.map((m) => m.end))].sort((a, b) => a - b);
    const cited = (d: Deadline): boolean => {
      const before = countBelow(starts, d.span.end);
      if (before > 0 && reach[before - 1]! > d.span.start) return true;
      if (d.kind !== 'date') return false;
      for (
        let k = countBelow(ends, d.span.start - DATE_REACH);
        k < ends.length && ends[k]! <= d.span.start;
        k++
      ) {
        if (DATE_GAP.test(text.slice(ends[k], d.span.start))) return true;
      }
      return false;
    };
    return { ...state, deadlines: state.deadlines.filter((d) => !cited(d)) };
  },
};
