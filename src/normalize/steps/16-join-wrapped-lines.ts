import { lineContinuationWords } from '../../lexicon/line-continuation-words.js';
import type { Edit } from '../edit.js';
import { isCapsLine, type LayoutLine, layoutLines, startsBlock } from '../layout/layout-lines.js';
import { typicalWidth } from '../layout/typical-width.js';
import type { NormalizeStep } from '../step.js';

// Compared without tone marks: OCR correction runs after this step and may restore a tone
// ('Cac' → 'Các'); the join decision must not change when it does, or normalization would not
// be idempotent. Hats and horns stay ('của' and 'cửa' are different words).
const bare = (word: string): string =>
  word
    .normalize('NFD')
    .replace(/[\u0300\u0301\u0303\u0309\u0323]/gu, '')
    .normalize('NFC')
    .toLowerCase();
const CONTINUATION = new Set<string>(lineContinuationWords.map(bare));
// 'quyền làm chủ của Nhân dân.', 'như sau:', '… cơ sở”;' — where a line may legitimately end.
const HARD_END = /[.!?…]["”’)]*$/u;
const SOFT_END = /[;:]["”’)]*$/u;
const LAST_WORD = /(?<word>\p{L}+)$/u;
// 'Nam Chính, ngày 16 tháng 01 năm 2025' — a dateline is a line of its own.
const DATELINE = /^[\p{L} .'-]{2,40}, ngày\b/u;

/**
 * Joins hard-wrapped lines into paragraphs (SPEC §3 layout) and keeps real boundaries.
 * A line is never joined to the next when the next starts a block (numbered item, bullet,
 * label), when either is an all-caps heading, or when the first ends a sentence. It is
 * joined when the next line starts in lower case or with a digit (even across one blank
 * line: a page break), when it ends on a comma or a word no sentence ends on ('của'), or —
 * in a hard-wrapped document — when it is as full as the typical line, so the next word
 * could not have fitted. A short line followed by a capital is a heading over its body.
 */
export const joinWrappedLines: NormalizeStep = {
  name: 'join-wrapped-lines',
  run(text) {
    const lines = layoutLines(text);
    // Measured only when a line needs it: most joins are decided by their first letter.
    let width: number | null | undefined;
    const widthOf = () => {
      width ??= typicalWidth(lines);
      return width;
    };
    const edits: Edit[] = [];
    let a = -1;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      if (line.blank) continue;
      if (a >= 0 && i - a <= 2 && shouldJoin(lines[a]!, line, i - a - 1, widthOf)) {
        edits.push({
          start: lines[a]!.contentEnd,
          end: line.contentStart,
          to: ' ',
          kind: 'layout',
          confidence: 0.8,
        });
      }
      a = i;
    }
    return edits;
  },
};

function shouldJoin(a: LayoutLine, b: LayoutLine, blanks: number, widthOf: () => number | null): boolean {
  if (
    startsBlock(b.text) ||
    isCapsLine(a.text) ||
    isCapsLine(b.text) ||
    (startsBlock(a.text) && a.text.length < 4)
  ) {
    return false;
  }
  if (HARD_END.test(a.text) || DATELINE.test(b.text) || DATELINE.test(a.text) || /^Số\s*:/u.test(a.text))
    return false;
  if (/^[\p{Ll}\d]/u.test(b.text)) return true;
  const last = LAST_WORD.exec(a.text.slice(-24))?.groups?.['word'];
  const word = last === undefined ? undefined : bare(last);
  const soft = SOFT_END.test(a.text);
  if (!soft && (a.text.endsWith(',') || (word !== undefined && CONTINUATION.has(word)))) return true;
  if (blanks > 0 || b.text.startsWith('(')) return false;
  const width = widthOf();
  if (width === null) return false;
  // A line as full as the typical line was wrapped: the next word would not have fitted.
  const firstWord = b.text.split(/\s/u, 1)[0] ?? '';
  return a.text.length + 1 + firstWord.length > width * (soft ? 0.97 : 0.92);
}
