import type { Edit } from '../edit.js';
import { asOcrResult } from '../ocr/as-ocr-result.js';
import type { NormalizeStep } from '../step.js';
import { CHAR } from '../vietnamese/char-class.js';

const DIGIT = CHAR.digit;
const LOWER = CHAR.lower;
const UPPER = CHAR.upper;
const isDigitCode = (c: number): boolean => DIGIT[c] === 1;
const isLowerCode = (c: number): boolean => LOWER[c] === 1;
const isUpperCode = (c: number): boolean => UPPER[c] === 1;

const isBlank = (c: number) => c === 32 || c === 9;
const codeChar = (c: number) => isDigitCode(c) || isUpperCode(c);

const isWordChar = (c: number) => !isBlank(c) && c !== 10 && c !== 13;

/** Whether the word before `before` or the word from `after` holds a '/' (a document code). */
function slashNear(text: string, before: number, after: number): boolean {
  for (let i = before - 1, n = 0; i >= 0 && n < 24 && isWordChar(text.charCodeAt(i)); i--, n++) {
    if (text.charCodeAt(i) === 47) return true;
  }
  for (let i = after, n = 0; i < text.length && n < 24 && isWordChar(text.charCodeAt(i)); i++, n++) {
    if (text.charCodeAt(i) === 47) return true;
  }
  return false;
}

/**
 * Dash spacing that OCR and retyping break: a code closed up ('432/UBND- HC' → '432/UBND-HC',
 * '33/CT- TTg'), a pair of words spaced on both sides ('chính trị- xã hội' → 'chính trị - xã
 * hội'). Line ends are the layout steps' business; only spaces and tabs are touched here.
 */
export const dashSpacing: NormalizeStep = {
  name: 'dash-spacing',
  run(text, options) {
    const edits: Edit[] = [];
    for (let at = text.indexOf('-'); at >= 0; at = text.indexOf('-', at + 1)) {
      let s = at;
      while (s > 0 && isBlank(text.charCodeAt(s - 1))) s--;
      let e = at + 1;
      while (e < text.length && isBlank(text.charCodeAt(e))) e++;
      const spaceBefore = s < at;
      const spaceAfter = e > at + 1;
      if (spaceBefore === spaceAfter || s === 0 || e === text.length) continue;
      const left = text.charCodeAt(s - 1);
      const right = text.charCodeAt(e);
      // '432/UBND- HC', '35- CT/TW': code parts on both sides, closed up — only where one side
      // holds the code's '/', so that list markers ('I- MỤC ĐÍCH', '1- Tuyên truyền') stay.
      if (spaceAfter && codeChar(left) && isUpperCode(right) && slashNear(text, s, e)) {
        edits.push({ start: at, end: e, to: '-', kind: 'layout', confidence: 0.9 });
      } else if (isLowerCode(left) && isLowerCode(right)) {
        edits.push({ start: s, end: e, to: ' - ', kind: 'layout', confidence: 0.9 });
      }
    }
    return asOcrResult(edits, options);
  },
};
