import { toRoman } from '../../lexicon/numbering.js';

/** 1 → 'a', 26 → 'z', 27 → 'aa' (Word repeats the letter). */
function letter(n: number): string {
  const ch = String.fromCharCode(97 + ((n - 1) % 26));
  return ch.repeat(Math.floor((n - 1) / 26) + 1);
}

/** A counter value in a Word number format (w:numFmt): 3 → 'III', 'c', '03', '3'. */
export function formatNumber(value: number, numFmt: string): string {
  if (value < 1 && numFmt !== 'decimal' && numFmt !== 'decimalZero') return String(value);
  switch (numFmt) {
    case 'upperRoman':
      return toRoman(value);
    case 'lowerRoman':
      return toRoman(value).toLowerCase();
    case 'upperLetter':
      return letter(value).toUpperCase();
    case 'lowerLetter':
      return letter(value);
    case 'decimalZero':
      return String(value).padStart(2, '0');
    case 'none':
      return '';
    default:
      return String(value);
  }
}
