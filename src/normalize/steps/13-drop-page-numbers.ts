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
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      if (line.blank || !PAGE_NUMBER.test(line.text)) continue;
      let p = i - 1;
      while (p >= 0 && lines[p]!.blank) p--;
      let n = i + 1;
      while (n < lines.length && lines[n]!.blank) n++;
      const framed = p < i - 1 || n > i + 1;
      if (!framed && !DECORATED.test(line.text)) continue;
      if (p < 0 || n >= lines.length) {
        // First or last line of the text: drop it with its own line break.
        const start = p < 0 ? line.start : lines[p]!.end;
        const end = p < 0 ? (n < lines.length ? lines[n]!.start : line.end) : line.end;
        edits.push({ start, end, to: '', kind: 'layout', confidence: 0.9 });
        continue;
      }
      const prev = lines[p]!;
      const to = SENTENCE_END.test(prev.text) ? '\n\n' : '\n';
      edits.push({ start: prev.end, end: lines[n]!.start, to, kind: 'layout', confidence: 0.9 });
      i = n - 1;
    }
    return edits;
  },
};
