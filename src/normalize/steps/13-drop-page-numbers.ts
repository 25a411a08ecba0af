import type { Edit } from '../edit.js';
import { layoutLines } from '../layout/layout-lines.js';
import { PAGE_NUMBER } from '../layout/page-number.js';
import type { NormalizeStep } from '../step.js';

const DECORATED = /[-–—/]|Trang/iu;
const SENTENCE_END = /[.!?:;]["”’)]*$/u;

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
    const edits: Edit[] = [];
    let kept = -1; // the last non-blank line that stays
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      if (line.blank) continue;
      if (!PAGE_NUMBER.test(line.text)) {
        kept = i;
        continue;
      }
      let n = i + 1;
      while (n < lines.length && lines[n]!.blank) n++;
      const framed = lines[i - 1]?.blank === true || lines[i + 1]?.blank === true;
      if (!framed && !DECORATED.test(line.text)) {
        kept = i;
        continue;
      }
      // From the end of the last kept line to the start of the next line: the number and the
      // blank lines around it. At either end of the text the region simply goes.
      const start = kept < 0 ? 0 : lines[kept]!.end;
      const end = n < lines.length ? lines[n]!.start : text.length;
      const inner = kept >= 0 && n < lines.length && !PAGE_NUMBER.test(lines[n]!.text);
      const to = !inner ? '' : SENTENCE_END.test(lines[kept]!.text) ? '\n\n' : '\n';
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
