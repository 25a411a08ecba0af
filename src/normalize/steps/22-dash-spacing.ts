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
      // '432/UBND- HC', '35- CT/TW': code parts on both sides, closed up.
      if (spaceAfter && codeChar(left) && isUpperCode(right)) {
        edits.push({ start: at, end: e, to: '-', kind: 'layout', confidence: 0.9 });
      } else if (isLowerCode(left) && isLowerCode(right)) {
        edits.push({ start: s, end: e, to: ' - ', kind: 'layout', confidence: 0.9 });
      }
    }
    return asOcrResult(edits, options);
  },
};
