import type { Edit } from '../edit.js';
import { languageModel } from '../model/language-model.js';
import { asOcrResult } from '../ocr/as-ocr-result.js';
import type { NormalizeStep } from '../step.js';
import { CHAR } from '../vietnamese/char-class.js';

const DIGIT = CHAR.digit;
const LETTER = CHAR.letter;
const UPPER = CHAR.upper;
const isDigitCode = (c: number): boolean => DIGIT[c] === 1;
const isLetterCode = (c: number): boolean => LETTER[c] === 1;
const isUpperCode = (c: number): boolean => UPPER[c] === 1;

// Capital letters OCR engines give a stray mark or swap with a digit: 'ƯBND' for 'UBND', 'HÐND'.
const SLIPS: ReadonlyArray<readonly [string, string]> = [
  ['Ư', 'U'],
  ['Ơ', 'O'],
  ['Ô', 'O'],
  ['Ă', 'A'],
  ['Â', 'A'],
  ['D', 'Đ'],
  ['Đ', 'D'],
  ['0', 'O'],
  ['1', 'I'],
];

/**
 * An upper-case token that is no known abbreviation but is one slip away from exactly one
 * ('ƯBND' → 'UBND') is that abbreviation. Syllables in capitals ('ỦY', 'BAN') are words, not
 * abbreviations, and are left to the OCR correction.
 */
export const abbreviationSlips: NormalizeStep = {
  name: 'abbreviation-slips',
  run(text, options) {
    if (options.ocrCorrection === 'off') return [];
    const model = languageModel();
    const edits: Edit[] = [];
    const n = text.length;
    let i = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (!isLetterCode(c) && !isDigitCode(c)) {
        i++;
        continue;
      }
      // A whole word of capitals and digits, two to twelve long, with at least one capital.
      const start = i;
      let caps = true;
      let letters = 0;
      for (; i < n; i++) {
        const d = text.charCodeAt(i);
        if (isUpperCode(d)) letters++;
        else if (!isDigitCode(d)) {
          if (!isLetterCode(d)) break;
          caps = false;
        }
      }
      if (!caps || letters === 0 || i - start < 2 || i - start > 12) continue;
      const token = text.slice(start, i);
      if (model.abbreviations.has(token) || model.ids.has(token.toLowerCase())) continue;
      const found = new Set<string>();
      for (const [from, to] of SLIPS) {
        for (let at = token.indexOf(from); at >= 0; at = token.indexOf(from, at + 1)) {
          const fixed = token.slice(0, at) + to + token.slice(at + from.length);
          if (model.abbreviations.has(fixed)) found.add(fixed);
        }
      }
      if (found.size !== 1) continue;
      const [to] = found;
      edits.push({ start, end: i, to: to!, kind: 'ocr', confidence: 0.9 });
    }
    return asOcrResult(edits, options);
  },
};
