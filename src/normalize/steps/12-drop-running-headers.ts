import { isBullet, matchNumbering } from '../../lexicon/numbering.js';
import type { Edit } from '../edit.js';
import { cellTableLines } from '../layout/cell-tables.js';
import { type LayoutLines, layoutLines } from '../layout/layout-lines.js';
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
    const maybe = mayRepeat(lines);
    // A cell that recurs in a table one cell to a line ('Văn phòng Sở') is no header.
    const table = cellTableLines(lines);
    const byText = new Map<string, number[]>();
    for (let i = 0; i < lines.count; i++) {
      if (maybe[i] === 0 || table[i] === 1) continue;
      const line = lines.text(i);
      const at = byText.get(line);
      if (at) at.push(i);
      else byText.set(line, [i]);
    }
    const edits: Edit[] = [];
    for (const [line, at] of byText) {
      // Only a repeated line can be furniture: the tests of what it says are made for those.
      if (at.length < 2 || !mayBeFurniture(line)) continue;
      const spaced = at.length >= MIN_REPEATS && at.every((i, k) => k === 0 || i - at[k - 1]! >= MIN_SPACING);
      const byPageNumber = at.length >= 2 && at.every((i) => nextToPageNumber(lines, i));
      if (!spaced && !byPageNumber) continue;
      for (const i of at) {
        const end = i + 1 < lines.count ? lines.start(i + 1) : lines.end(i);
        edits.push({ start: lines.start(i), end, to: '', kind: 'layout', confidence: 0.8 });
      }
    }
    return edits;
  },
};

const MIN_LENGTH = 4;
const MAX_LENGTH = 100;
const BUCKETS = 4096;

/**
 * 1 for each line long enough to be furniture whose text another line may share: lines are
 * put in buckets by their length and three of their characters, and a line alone in its bucket
 * is alone in the text. Most lines are, and are never hashed whole into the map of line texts.
 */
function mayRepeat(lines: LayoutLines): Uint8Array {
  const { source } = lines;
  const bucketOf = new Int32Array(lines.count).fill(-1);
  const count = new Uint8Array(BUCKETS);
  for (let i = 0; i < lines.count; i++) {
    const n = lines.length(i);
    if (n < MIN_LENGTH || n > MAX_LENGTH) continue;
    const from = lines.contentStart(i);
    let h = Math.imul(n, 0x9e3779b1) ^ source.charCodeAt(from);
    h = Math.imul(h, 0x85ebca6b) ^ source.charCodeAt(from + (n >> 1));
    h = Math.imul(h, 0xc2b2ae35) ^ source.charCodeAt(from + n - 1);
    const bucket = (h ^ (h >>> 15)) & (BUCKETS - 1);
    bucketOf[i] = bucket;
    if (count[bucket]! < 2) count[bucket]!++;
  }
  const out = new Uint8Array(lines.count);
  for (let i = 0; i < lines.count; i++) if (bucketOf[i]! >= 0 && count[bucketOf[i]!] === 2) out[i] = 1;
  return out;
}

// 'Cổng thông tin điện tử huyện': a line with a letter.
const LETTER = /\p{L}/u;

/** A line that is no sentence, item or bullet, and has words. */
const mayBeFurniture = (line: string): boolean =>
  !SENTENCE_END.test(line) && !isBullet(line) && !matchNumbering(line) && LETTER.test(line);

/** Whether a page number stands within two non-blank lines of line i. */
function nextToPageNumber(lines: LayoutLines, i: number): boolean {
  for (const step of [-1, 1]) {
    let seen = 0;
    for (let j = i + step; j >= 0 && j < lines.count && seen < 2; j += step) {
      if (lines.blank(j)) continue;
      if (PAGE_NUMBER.test(lines.text(j))) return true;
      seen++;
    }
  }
  return false;
}
