import type { Edit } from '../edit.js';
import { asOcrResult } from '../ocr/as-ocr-result.js';
import type { NormalizeStep } from '../step.js';
import { CHAR } from '../vietnamese/char-class.js';

const LETTER = CHAR.letter;
const UPPER = CHAR.upper;
const DIGIT = CHAR.digit;
// The letters OCR reads for digits: 'O' and 'o' for 0, 'l' and 'I' for 1.
const isZeroLike = (c: number): boolean => c === 0x4f || c === 0x6f;
const isOneLike = (c: number): boolean => c === 0x6c || c === 0x49;
const isWordChar = (c: number): boolean => LETTER[c] === 1 || DIGIT[c] === 1;
// Where a number stands: before '/', '-' or '.' and a digit or a code ('1O/KH-UBND', '3O/8',
// 'l0/2025'), after a number and '/' ('15/O6'), after 'ngày', 'tháng', 'năm', 'số'.
const BEFORE_NUMBER = /^\s{0,1}[/.-]\s{0,1}[\dA-ZĐ]/u;
const AFTER_NUMBER = /\d\s{0,1}[/.-]\s{0,1}$/u;
const AFTER_WORD = /(?<![\p{L}])(?:ngày|tháng|năm|số|Số:?)\s{1,2}$/iu;
const MIN_RUN = 2;
const MAX_RUN = 4;

/**
 * Letters OCR read for the digits of numbers and dates (SPEC §3: a letter between digits is
 * overwhelming evidence): 'Số: 1O/KH-UBND' → '10/KH-UBND', 'ngày O5 tháng 8 năm 2O25' → '05' and
 * '2025', 'Nghị định số l86/2025/NĐ-CP' → '186/…', 'NQ-UBTVQHl5' → 'UBTVQH15'. Only inside a
 * number's context: a word of such letters alone is left as it is.
 */
export const ocrDigits: NormalizeStep = {
  name: 'ocr-digits',
  run(text, options) {
    if (options.ocrCorrection === 'off') return [];
    const edits: Edit[] = [];
    // Only a word with a digit in it can be a damaged number: the words are found from their
    // digits (a native search), not by a walk over every character.
    const digit = /\d/gu;
    for (let m = digit.exec(text); m; m = digit.exec(text)) {
      let start = m.index;
      while (start > 0 && isWordChar(text.charCodeAt(start - 1))) start--;
      let end = m.index + 1;
      while (end < text.length && isWordChar(text.charCodeAt(end))) end++;
      digit.lastIndex = end;
      repairWord(text, start, end, edits);
    }
    return asOcrResult(edits, options);
  },
};

/** The repairs of the word [start, end), which has a digit in it. */
function repairWord(text: string, start: number, end: number, edits: Edit[]): void {
  let letters = 0;
  let alike = true;
  const ones: Edit[] = [];
  for (let i = start; i < end; i++) {
    const d = text.charCodeAt(i);
    if (DIGIT[d] === 1) continue;
    if (isZeroLike(d) || isOneLike(d)) {
      letters++;
      // 'UBTVQHl5': a code's capitals, an 'l', a digit
      if (
        d === 0x6c &&
        i > start &&
        UPPER[text.charCodeAt(i - 1)] === 1 &&
        DIGIT[text.charCodeAt(i + 1)] === 1
      )
        ones.push({ start: i, end: i + 1, to: '1', kind: 'ocr', confidence: 0.9 });
    } else alike = false;
  }
  const length = end - start;
  const inNumber =
    alike &&
    letters > 0 &&
    length >= MIN_RUN &&
    length <= MAX_RUN &&
    (BEFORE_NUMBER.test(text.slice(end, end + 4)) ||
      AFTER_NUMBER.test(text.slice(Math.max(0, start - 4), start)) ||
      AFTER_WORD.test(text.slice(Math.max(0, start - 8), start)));
  // the word whole, or else its code's 'l's
  if (!inNumber) {
    edits.push(...ones);
    return;
  }
  let to = '';
  for (let k = start; k < end; k++) {
    const d = text.charCodeAt(k);
    to += isZeroLike(d) ? '0' : isOneLike(d) ? '1' : text[k];
  }
  edits.push({ start, end, to, kind: 'ocr', confidence: 0.9 });
}
