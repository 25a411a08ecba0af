import type { Edit } from '../edit.js';
import type { NormalizeStep } from '../step.js';

// 'Nơi nhận:                        CHỦ TỊCH', 'ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI …':
// two columns of a printed page on one line. The right column starts with a capital.
const COLUMN_GAP = /(?<! ) {5,}(?=[\p{Lu}"“(])/gu;
// The left column must be words, not an item number ('I.      MỤC ĐÍCH') or a fill-in label.
const LEFT_IS_TEXT = /\p{L}[^\n]*\p{L}/u;
const LEFT_IS_MARKER = /^\s*(?:[-+•*]|[IVXL]{1,7}[.)]|\d{1,2}(?:\.\d{1,2}){0,3}[.)]?|[a-zđA-HĐ][.)])\s*$/u;

/** Splits two columns printed on one line into two lines, at a run of five or more spaces. */
export const splitColumns: NormalizeStep = {
  name: 'split-columns',
  run(text) {
    const edits: Edit[] = [];
    for (const m of text.matchAll(COLUMN_GAP)) {
      const lineStart = text.lastIndexOf('\n', m.index - 1) + 1;
      const left = text.slice(lineStart, m.index);
      if (!LEFT_IS_TEXT.test(left) || LEFT_IS_MARKER.test(left)) continue;
      edits.push({ start: m.index, end: m.index + m[0].length, to: '\n', kind: 'layout', confidence: 0.9 });
    }
    return edits;
  },
};
