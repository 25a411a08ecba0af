import type { LayoutLines } from './layout-lines.js';

const MIN_LENGTH = 30;
const MIN_LINES = 8;
/** Share of long lines that must sit within ±15 % of the median for the text to be hard-wrapped. */
const CLUSTER_SHARE = 0.5;

/**
 * The width a hard-wrapped text was wrapped at (the median length of its longer lines), or
 * null when the text is not hard-wrapped (each paragraph on one line, lengths all over).
 */
export function typicalWidth(lines: LayoutLines): number | null {
  let count = 0;
  for (let i = 0; i < lines.count; i++) if (lines.length(i) >= MIN_LENGTH) count++;
  if (count < MIN_LINES) return null;
  // A typed array sorts numbers natively, without a comparator call per comparison.
  const lengths = new Int32Array(count);
  let k = 0;
  for (let i = 0; i < lines.count; i++) if (lines.length(i) >= MIN_LENGTH) lengths[k++] = lines.length(i);
  lengths.sort();
  const median = lengths[count >> 1]!;
  let near = 0;
  for (let i = 0; i < count; i++) if (lengths[i]! >= median * 0.85 && lengths[i]! <= median * 1.15) near++;
  return near / count >= CLUSTER_SHARE ? median : null;
}
