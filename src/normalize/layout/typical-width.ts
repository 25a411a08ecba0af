import type { LayoutLine } from './layout-lines.js';

const MIN_LENGTH = 30;
const MIN_LINES = 8;
/** Share of long lines that must sit within ±15 % of the median for the text to be hard-wrapped. */
const CLUSTER_SHARE = 0.5;

/**
 * The width a hard-wrapped text was wrapped at (the median length of its longer lines), or
 * null when the text is not hard-wrapped (each paragraph on one line, lengths all over).
 */
export function typicalWidth(lines: readonly LayoutLine[]): number | null {
  const lengths = lines
    .filter((l) => l.text.length >= MIN_LENGTH)
    .map((l) => l.text.length)
    .sort((x, y) => x - y);
  if (lengths.length < MIN_LINES) return null;
  const median = lengths[lengths.length >> 1]!;
  const near = lengths.filter((n) => n >= median * 0.85 && n <= median * 1.15).length;
  return near / lengths.length >= CLUSTER_SHARE ? median : null;
}
