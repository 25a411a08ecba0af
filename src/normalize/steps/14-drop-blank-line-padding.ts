import type { Edit } from '../edit.js';
import { layoutLines } from '../layout/layout-lines.js';
import type { NormalizeStep } from '../step.js';

/** Share of lines followed by a blank line above which the blank lines are padding. */
const PADDED_SHARE = 0.6;
const MIN_LINES = 6;

/**
 * PDF exports that put a blank line after every line (SPEC §3). The decision is made for
 * the whole document: when most lines are followed by a blank line, a single blank line
 * says nothing and goes, and a run of several shrinks to one (that one was a real break).
 * A document where blank lines only separate paragraphs is left alone.
 */
export const dropBlankLinePadding: NormalizeStep = {
  name: 'drop-blank-line-padding',
  run(text) {
    const lines = layoutLines(text);
    // Each gap between two non-blank lines: the first line after the one before, the next
    // non-blank line (equal when nothing lies between).
    const firsts: number[] = [];
    const nexts: number[] = [];
    let previous = -1;
    let padded = 0;
    for (let i = 0; i < lines.count; i++) {
      if (lines.blank(i)) continue;
      if (previous >= 0) {
        firsts.push(previous + 1);
        nexts.push(i);
        if (i > previous + 1) padded++;
      }
      previous = i;
    }
    const gaps = firsts.length;
    if (gaps < MIN_LINES) return [];
    if (padded / gaps < PADDED_SHARE) return [];
    const edits: Edit[] = [];
    for (let g = 0; g < gaps; g++) {
      const first = firsts[g]!;
      const next = nexts[g]!;
      const blanks = next - first;
      if (blanks === 0) continue;
      // Keep one blank line of a longer run: drop from the second blank line on.
      const from = blanks === 1 ? lines.start(first) : lines.start(first + 1);
      edits.push({ start: from, end: lines.start(next), to: '', kind: 'layout', confidence: 0.9 });
    }
    return edits;
  },
};
