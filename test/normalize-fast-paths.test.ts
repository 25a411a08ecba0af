import { describe, expect, test } from 'vitest';
import { isTrimmed } from '../src/normalize/layout/layout-lines.js';
import { doubledWords } from '../src/normalize/steps/24-doubled-words.js';

// Steps rule most of a text out with a cheap test before the exact one. These properties check,
// over every BMP character, that the cheap test never rules out something the exact one keeps.
const options = { toneStyle: 'old', ocrCorrection: 'apply' } as const;
const BMP = Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(c));

describe('doubled-words: the first-letter test', () => {
  const words = ['với', 'của', 'và', 'các', 'những', 'được', 'trong', 'cho', 'để', 'theo', 'tại', 'là'];
  test.each(words)('every character that lower-cases to the first letter of %j still counts', (word) => {
    const rest = word.slice(1);
    const firsts = BMP.filter((ch) => /\p{L}/u.test(ch) && ch.toLowerCase() === word[0]);
    expect(firsts.length).toBeGreaterThanOrEqual(2);
    for (const ch of firsts) {
      const text = `phù hợp ${ch}${rest} ${ch}${rest} tình hình`;
      const result = doubledWords.run(text, options);
      const edits = Array.isArray(result) ? result : result.edits;
      expect(edits, ch).toHaveLength(1);
    }
  });
});

describe('layout lines: trimmed by hand', () => {
  test('isTrimmed is exactly what String#trim removes', () => {
    const differ = BMP.filter((ch) => isTrimmed(ch.charCodeAt(0)) !== (ch.trim() === ''));
    expect(differ).toEqual([]);
  });
});
