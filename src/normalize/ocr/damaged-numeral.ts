import { romanValue } from '../../lexicon/numbering.js';

// How OCR reads the strokes of a Roman numeral: 'I' as 'l', '1', '|', '!', 'i', 'j' or 'E';
// 'II' as 'H' or 'U' (two strokes run together). 'V' and 'X' keep their shape, in either case.
const STROKES: Readonly<Record<string, number>> = {
  I: 1,
  l: 1,
  '1': 1,
  '|': 1,
  '!': 1,
  i: 1,
  j: 1,
  E: 1,
  H: 2,
  U: 2,
};
const FIVES = new Set(['V', 'v']);
const TENS = new Set(['X', 'x']);

interface Shape {
  strokes: number;
  fives: number;
  tens: number;
}

function shapeOf(token: string): Shape | null {
  const shape = { strokes: 0, fives: 0, tens: 0 };
  for (const ch of token) {
    if (FIVES.has(ch)) shape.fives++;
    else if (TENS.has(ch)) shape.tens++;
    else if (STROKES[ch] !== undefined) shape.strokes += STROKES[ch];
    else return null;
  }
  return shape;
}

/**
 * Whether OCR could have read `numeral` as `token`: the same 'V's and 'X's, and one stroke more
 * or less at most ('HE' for 'II', 'Ill' or 'HI' for 'III', 'l' for 'I'; not 'H' for 'IV').
 */
export function compatibleNumeral(token: string, numeral: string): boolean {
  const read = shapeOf(token);
  const want = shapeOf(numeral);
  if (!read || !want) return false;
  return read.fives === want.fives && read.tens === want.tens && Math.abs(read.strokes - want.strokes) <= 1;
}

const ROMAN_DIGITS: ReadonlyArray<readonly [number, string]> = [
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

/** 1 → 'I', 14 → 'XIV', 40 → 'XL'. */
export function toRoman(value: number): string {
  let out = '';
  let rest = value;
  for (const [n, digits] of ROMAN_DIGITS) {
    while (rest >= n) {
      out += digits;
      rest -= n;
    }
  }
  return out;
}

/** A numeral as it is written ('IV', not 'IIII' or 'VX'). */
export const isRomanNumeral = (token: string): boolean =>
  /^[IVXL]+$/u.test(token) && toRoman(romanValue(token)) === token;
