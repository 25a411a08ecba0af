import type { Edit } from '../edit.js';
import { asOcrResult } from '../ocr/as-ocr-result.js';
import type { NormalizeStep } from '../step.js';
import { CHAR } from '../vietnamese/char-class.js';

const LETTER = CHAR.letter;
const isLetterCode = (c: number): boolean => LETTER[c] === 1;

/**
 * Function words that are never doubled in Vietnamese, so 'phù hợp với với tình hình' is a
 * slip. Content words can be ('thực hiện thực hiện' may be a heading's wording; 'từ từ' is a
 * word), so they are left alone.
 */
const NEVER_DOUBLED = new Set([
  'với',
  'của',
  'và',
  'các',
  'những',
  'được',
  'trong',
  'cho',
  'để',
  'theo',
  'tại',
  'là',
]);
const LONGEST = 5;

export const doubledWords: NormalizeStep = {
  name: 'doubled-words',
  run(text, options) {
    const edits: Edit[] = [];
    const n = text.length;
    let prevStart = -1;
    let prevEnd = -1;
    let i = 0;
    while (i < n) {
      if (!isLetterCode(text.charCodeAt(i))) {
        i++;
        continue;
      }
      const start = i;
      while (i < n && isLetterCode(text.charCodeAt(i))) i++;
      const len = i - start;
      if (
        prevEnd >= 0 &&
        len <= LONGEST &&
        len === prevEnd - prevStart &&
        /^[ \t]+$/.test(text.slice(prevEnd, start)) &&
        text.slice(start, i).toLowerCase() === text.slice(prevStart, prevEnd).toLowerCase() &&
        NEVER_DOUBLED.has(text.slice(start, i).toLowerCase())
      ) {
        edits.push({ start: prevEnd, end: i, to: '', kind: 'ocr', confidence: 0.9 });
      }
      prevStart = start;
      prevEnd = i;
    }
    return asOcrResult(edits, options);
  },
};
