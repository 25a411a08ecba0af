import type { Span } from '../../schema/span.js';

/**
 * A test of whether a position lies inside any of `spans`, for positions asked in increasing
 * order: the spans are merged and sorted once and walked with one cursor, so n questions
 * over m spans cost n + m log m, not n × m (a long text has many sections and many lists).
 */
export function spanCoverage(spans: readonly Span[]): (at: number) => boolean {
  const sorted = spans.filter((s) => s.start < s.end).sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const s of sorted) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ start: s.start, end: s.end });
  }
  let k = 0;
  return (at) => {
    while (k < merged.length && merged[k]!.end <= at) k++;
    return k < merged.length && merged[k]!.start <= at;
  };
}
