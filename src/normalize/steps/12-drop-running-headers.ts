import { isBullet, matchNumbering } from '../../lexicon/numbering.js';
import type { Edit } from '../edit.js';
import { type LayoutLine, layoutLines } from '../layout/layout-lines.js';
import { PAGE_NUMBER } from '../layout/page-number.js';
import type { NormalizeStep } from '../step.js';

const MIN_REPEATS = 3;
/** Lines apart, at the least, for repeats to be page furniture rather than text. */
const MIN_SPACING = 15;
const SENTENCE_END = /[.!?;:,]["”’)]*$/u;

/**
 * Running headers and footers: the same short line ('Kế hoạch số 21/KH-UBND ngày …',
 * 'Cổng thông tin điện tử huyện') printed on every page. A line repeated as text — 'Thời
 * gian thực hiện: Thường xuyên trong năm 2022.' after each item — ends with punctuation
 * or is an item, so it is never taken; neither are repeats closer than a page apart, unless
 * every one of them stands by a page number ('… - UBND phường An Lạc ⏎ 2').
 */
export const dropRunningHeaders: NormalizeStep = {
  name: 'drop-running-headers',
  run(text) {
    const lines = layoutLines(text);
    const byText = new Map<string, number[]>();
    lines.forEach((line, i) => {
      if (line.blank || line.text.length < 4 || line.text.length > 100) return;
      const at = byText.get(line.text);
      if (at) at.push(i);
      else byText.set(line.text, [i]);
    });
    const edits: Edit[] = [];
    for (const [line, at] of byText) {
      // Only a repeated line can be furniture: the tests of what it says are made for those.
      if (at.length < 2 || !mayBeFurniture(line)) continue;
      const spaced = at.length >= MIN_REPEATS && at.every((i, k) => k === 0 || i - at[k - 1]! >= MIN_SPACING);
      const byPageNumber = at.length >= 2 && at.every((i) => nextToPageNumber(lines, i));
      if (!spaced && !byPageNumber) continue;
      for (const i of at) {
        const line = lines[i]!;
        const end = i + 1 < lines.length ? lines[i + 1]!.start : line.end;
        edits.push({ start: line.start, end, to: '', kind: 'layout', confidence: 0.8 });
      }
    }
    return edits;
  },
};

// 'Cổng thông tin điện tử huyện': a line with a letter.
const LETTER = /\p{L}/u;

/** A line that is no sentence, item or bullet, and has words. */
const mayBeFurniture = (line: string): boolean =>
  !SENTENCE_END.test(line) && !isBullet(line) && !matchNumbering(line) && LETTER.test(line);

/** Whether a page number stands within two non-blank lines of line i. */
function nextToPageNumber(lines: readonly LayoutLine[], i: number): boolean {
  for (const step of [-1, 1]) {
    let seen = 0;
    for (let j = i + step; j >= 0 && j < lines.length && seen < 2; j += step) {
      if (lines[j]!.blank) continue;
      if (PAGE_NUMBER.test(lines[j]!.text)) return true;
      seen++;
    }
  }
  return false;
}
