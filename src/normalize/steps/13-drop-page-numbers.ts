import type { Edit } from '../edit.js';
import { cellTableLines } from '../layout/cell-tables.js';
import { type LayoutLines, layoutLines } from '../layout/layout-lines.js';
import { PAGE_NUMBER } from '../layout/page-number.js';
import type { NormalizeStep } from '../step.js';

const DECORATED = /[-–—/]|Trang/iu;
const SENTENCE_END = /[.!?:;]["”’)]*$/u;

/**
 * Whether line i is a page number (PAGE_NUMBER). The pattern is anchored at the line start,
 * where it wants a dash, 'Trang' (any case) or a digit: other lines are not cut from the text.
 */
function isPageNumber(lines: LayoutLines, i: number): boolean {
  const c = lines.source.charCodeAt(lines.contentStart(i));
  const mayStart = (c >= 48 && c <= 57) || c === 45 || c === 0x2013 || c === 0x2014 || c === 84 || c === 116;
  return mayStart && PAGE_NUMBER.test(lines.text(i));
}

/**
 * Page numbers standing alone between page breaks. A bare number counts only with a blank
 * line on either side (a page break), so a table's 'STT' cell on its own line survives.
 * The number and the blank lines around it go; a sentence cut in two by the page break
 * ('xử lý đơn ⏎4⏎ thư') becomes two adjacent lines that the join step puts back together.
 */
export const dropPageNumbers: NormalizeStep = {
  name: 'drop-page-numbers',
  run(text) {
    const lines = layoutLines(text);
    // A row number of a table one cell to a line is no page number, blank lines around or not.
    const table = cellTableLines(lines);
    const edits: Edit[] = [];
    let kept = -1; // the last non-blank line that stays
    for (let i = 0; i < lines.count; i++) {
      if (lines.blank(i)) continue;
      if (table[i] === 1 || !isPageNumber(lines, i)) {
        kept = i;
        continue;
      }
      let n = i + 1;
      while (n < lines.count && lines.blank(n)) n++;
      const framed = (i > 0 && lines.blank(i - 1)) || (i + 1 < lines.count && lines.blank(i + 1));
      if (!framed && !DECORATED.test(lines.text(i))) {
        kept = i;
        continue;
      }
      // From the end of the last kept line to the start of the next line: the number and the
      // blank lines around it. At either end of the text the region simply goes.
      const start = kept < 0 ? 0 : lines.end(kept);
      const end = n < lines.count ? lines.start(n) : text.length;
      const inner = kept >= 0 && n < lines.count && !isPageNumber(lines, n);
      const to = !inner ? '' : SENTENCE_END.test(lines.text(kept)) ? '\n\n' : '\n';
      const last = edits.at(-1);
      if (last && last.end >= start) {
        // Two page numbers in a row ('- 2 -' ⏎ '3'): one region.
        last.end = end;
        last.to = to;
      } else edits.push({ start, end, to, kind: 'layout', confidence: 0.9 });
    }
    return edits;
  },
};
