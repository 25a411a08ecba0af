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

// 'ƯBND', 'HĐND': a character a slip may have put in a token. A token without one has no slip
// to undo, so only the tokens around these are looked at.
const SLIP_CHARS = new RegExp(`[${SLIPS.map(([from]) => from).join('')}]`, 'g');

const isTokenCode = (c: number): boolean => isLetterCode(c) || isDigitCode(c);

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
    const re = new RegExp(SLIP_CHARS);
    // test() rather than exec(): no match object for each of the many dates' '0's and '1's.
    while (re.test(text)) {
      const at = re.lastIndex - 1;
      // The whole token around it: letters and digits.
      let start = at;
      while (start > 0 && isTokenCode(text.charCodeAt(start - 1))) start--;
      let end = at + 1;
      while (end < text.length && isTokenCode(text.charCodeAt(end))) end++;
      re.lastIndex = end;
      const to = slipFixed(text, start, end, model);
      if (to !== null) edits.push({ start, end, to, kind: 'ocr', confidence: 0.9 });
    }
    return asOcrResult(edits, options);
  },
};

/** The abbreviation a token of capitals and digits is one slip away from, if exactly one. */
function slipFixed(
  text: string,
  start: number,
  end: number,
  model: ReturnType<typeof languageModel>,
): string | null {
  // Two to twelve long, capitals and digits only, at least one capital.
  if (end - start < 2 || end - start > 12) return null;
  let letters = 0;
  for (let i = start; i < end; i++) {
    const d = text.charCodeAt(i);
    if (isUpperCode(d)) letters++;
    else if (!isDigitCode(d)) return null;
  }
  if (letters === 0) return null;
  const token = text.slice(start, end);
  if (model.abbreviations.has(token) || model.ids.has(token.toLowerCase())) return null;
  const found = new Set<string>();
  for (const [from, to] of SLIPS) {
    for (let at = token.indexOf(from); at >= 0; at = token.indexOf(from, at + 1)) {
      const fixed = token.slice(0, at) + to + token.slice(at + from.length);
      if (model.abbreviations.has(fixed)) found.add(fixed);
    }
  }
  if (found.size !== 1) return null;
  const [to] = found;
  return to!;
}
