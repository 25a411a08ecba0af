import { romanValue, toRoman } from '../../lexicon/numbering.js';
import { isCapsLine } from '../layout/layout-lines.js';

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

/** A numeral as it is written ('IV', not 'IIII' or 'VX'). */
export const isRomanNumeral = (token: string): boolean =>
  /^[IVXL]+$/u.test(token) && toRoman(romanValue(token)) === token;

// 'HE. NỘI DUNG', 'I  MỤC ĐÍCH', 'Ill, TỔ CHỨC THỰC HIỆN': a numeral as OCR reads it, its dot lost or
// read as ',', ':' or ';', then an all-caps heading.
const ROMAN_LIKE = /^(?<token>[IVXLlHUEij1|!vx]{1,4})(?<mark>\s{0,2}[.,:;]|(?=\s))\s*(?=\p{Lu})/u;
// '2 Xác định …', '3, Triển khai …': an item number whose dot was lost or read as ','.
const ARABIC_LIKE = /^(?<token>\d{1,2})(?<mark>\s{0,2},|(?=\s))\s*(?=\p{Lu})/u;
// 'l. Nhằm …', '| Nhằm …': the item number 1 read as a letter or a bar.
const ONE_LIKE = /^(?<token>[l|!])(?<mark>\s{0,2}[.,]|(?=\s))\s*(?=\p{Lu}\p{Ll})/u;
/** Longest all-caps heading after a damaged numeral. */
const MAX_HEADING = 200;

/** A number at a line start as OCR left it: a Roman numeral before a heading, or an item number. */
export interface DamagedNumber {
  scheme: 'roman' | 'arabic';
  /** The item number it reads as; 0 for a Roman numeral, whose value the sequence decides. */
  value: number;
  token: string;
  /** Whether a punctuation mark follows the token (not just a space). */
  marked: boolean;
  /** The token and its mark. */
  length: number;
}

/** The damaged number a line starts with, if any, and how long it is with its mark. */
export function damagedNumber(line: string): DamagedNumber | null {
  const roman = ROMAN_LIKE.exec(line);
  if (roman?.groups && !/^\d+$/u.test(roman.groups['token']!)) {
    const rest = line.slice(roman[0].length);
    if (rest.length <= MAX_HEADING && isCapsLine(rest)) {
      const { token, mark } = roman.groups as { token: string; mark: string };
      return {
        scheme: 'roman',
        value: 0,
        token,
        marked: mark.trim() !== '',
        length: token.length + mark.length,
      };
    }
  }
  const arabic = ARABIC_LIKE.exec(line) ?? ONE_LIKE.exec(line);
  if (!arabic?.groups) return null;
  const { token, mark } = arabic.groups as { token: string; mark: string };
  const value = /^\d+$/u.test(token) ? Number(token) : 1;
  return { scheme: 'arabic', value, token, marked: mark.trim() !== '', length: token.length + mark.length };
}
