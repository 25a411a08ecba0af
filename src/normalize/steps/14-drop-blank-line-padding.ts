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
    const gaps: Array<{ first: number; next: number }> = [];
    let previous = -1;
    lines.forEach((line, i) => {
      if (line.blank) return;
      if (previous >= 0) gaps.push({ first: previous + 1, next: i });
      previous = i;
    });
    if (gaps.length < MIN_LINES) return [];
    const padded = gaps.filter((g) => g.next > g.first).length;
    if (padded / gaps.length < PADDED_SHARE) return [];
    const edits: Edit[] = [];
    for (const { first, next } of gaps) {
      const blanks = next - first;
      if (blanks === 0) continue;
      // Keep one blank line of a longer run: drop from the second blank line on.
      const from = blanks === 1 ? lines[first]!.start : lines[first + 1]!.start;
      edits.push({ start: from, end: lines[next]!.start, to: '', kind: 'layout', confidence: 0.9 });
    }
    return edits;
  },
};
