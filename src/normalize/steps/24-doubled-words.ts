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
// 'với với', 'Của của': one of the words twice, each letter in either case. One search of the
// whole text (the regex engine skips ahead faster than a loop over its words) tells whether the
// word-by-word check below can find anything. No other letter lower-cases to a letter of these
// words (a test checks the BMP), so the search misses no doubling.
const eitherCase = (word: string): string =>
  [...word].map((ch) => (ch === ch.toUpperCase() ? ch : `[${ch}${ch.toUpperCase()}]`)).join('');
const MAY_BE_DOUBLED = new RegExp(
  [...NEVER_DOUBLED].map((word) => `${eitherCase(word)}[ \\t]+${eitherCase(word)}`).join('|'),
);

const isBlank = (c: number) => c === 32 || c === 9;

/** Whether text[from, to) is one or more spaces and tabs. */
function blankBetween(text: string, from: number, to: number): boolean {
  if (from >= to) return false;
  for (let i = from; i < to; i++) if (!isBlank(text.charCodeAt(i))) return false;
  return true;
}

export const doubledWords: NormalizeStep = {
  name: 'doubled-words',
  run(text, options) {
    const edits: Edit[] = [];
    if (!MAY_BE_DOUBLED.test(text)) return asOcrResult(edits, options);
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
        blankBetween(text, prevEnd, start)
      ) {
        const word = text.slice(start, i).toLowerCase();
        if (NEVER_DOUBLED.has(word) && text.slice(prevStart, prevEnd).toLowerCase() === word) {
          edits.push({ start: prevEnd, end: i, to: '', kind: 'ocr', confidence: 0.9 });
        }
      }
      prevStart = start;
      prevEnd = i;
    }
    return asOcrResult(edits, options);
  },
};
