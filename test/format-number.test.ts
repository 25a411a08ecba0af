import { expect, test } from 'vitest';
import { formatNumber } from '../src/load/docx/format-number.js';

// Word's counters in Roman numerals come from the shared toRoman (lexicon/numbering.ts),
// which must cover numbers past the few dozen an OCR'd heading has.
test.each([
  [3, 'upperRoman', 'III'],
  [14, 'lowerRoman', 'xiv'],
  [49, 'upperRoman', 'XLIX'],
  [400, 'upperRoman', 'CD'],
  [1994, 'upperRoman', 'MCMXCIV'],
  [28, 'lowerLetter', 'bb'],
])('formatNumber(%i, %s) = %s', (value, format, expected) => {
  expect(formatNumber(value, format)).toBe(expected);
});
