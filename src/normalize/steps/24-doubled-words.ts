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
// Their first letters in either case. No other character lower-cases to one of these (a test
// checks the whole BMP), so a pair of words that do not both start so is ruled out before
// anything is sliced: the test below runs on every word of the text.
const FIRST = new Uint8Array(0x10000);
for (const word of NEVER_DOUBLED)
  for (const ch of [word[0]!, word[0]!.toUpperCase()]) FIRST[ch.charCodeAt(0)] = 1;

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
        FIRST[text.charCodeAt(start)] === 1 &&
        FIRST[text.charCodeAt(prevStart)] === 1 &&
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
