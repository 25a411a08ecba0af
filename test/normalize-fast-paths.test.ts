import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { spanOrder } from '../src/normalize/finish-corrections.js';
import { isCapsLine, isTrimmed } from '../src/normalize/layout/layout-lines.js';
import { lineEndings } from '../src/normalize/steps/01-line-endings.js';
import { nfc } from '../src/normalize/steps/02-nfc.js';
import { lookalikes } from '../src/normalize/steps/05-lookalikes.js';
import { doubledWords } from '../src/normalize/steps/24-doubled-words.js';

// Steps rule most of a text out with a cheap test before the exact one. These properties check,
// over every BMP character, that the cheap test never rules out something the exact one keeps.
const options = { toneStyle: 'old', ocrCorrection: 'apply', fromOcr: false } as const;
const BMP = Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(c));

describe('doubled-words: the search for a doubling', () => {
  const words = ['với', 'của', 'và', 'các', 'những', 'được', 'trong', 'cho', 'để', 'theo', 'tại', 'là'];
  test('no letter lower-cases to more than one letter of these words', () => {
    const letters = new Set(words.join(''));
    const long = BMP.filter((ch) => ch.toLowerCase().length > 1);
    expect(long.filter((ch) => [...ch.toLowerCase()].every((c) => letters.has(c)))).toEqual([]);
  });

  test.each(words)('%j doubled is found whatever letter case each of its letters is written in', (word) => {
    for (let k = 0; k < word.length; k++) {
      const cased = BMP.filter((ch) => ch !== word[k] && ch.toLowerCase() === word[k]);
      for (const ch of cased) {
        const variant = word.slice(0, k) + ch + word.slice(k + 1);
        for (const pair of [`${variant} ${variant}`, `${variant} ${word}`, `${word}\t${variant}`]) {
          const result = doubledWords.run(`phù hợp ${pair} tình hình`, options);
          expect((Array.isArray(result) ? result : result.edits).length, pair).toBe(1);
        }
      }
    }
  });
});

describe('layout lines: tested by hand', () => {
  test('isTrimmed is exactly what String#trim removes', () => {
    const differ = BMP.filter((ch) => isTrimmed(ch.charCodeAt(0)) !== (ch.trim() === ''));
    expect(differ).toEqual([]);
  });

  test('isCapsLine answers as its regexes do', () => {
    const byRegex = (line: string) => !/\p{Ll}/u.test(line) && /\p{Lu}.*\p{Lu}/u.test(line);
    const piece = fc.constantFrom(
      'Ủ',
      'Y',
      'ư',
      'a',
      ' ',
      '.',
      '1',
      '\n',
      '\r',
      '\u2028',
      '𝐀',
      '𝐚',
      '\ud835',
      'ǅ',
      'ᾈ',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const line = pieces.join('');
        expect(isCapsLine(line)).toBe(byRegex(line));
      }),
      { numRuns: 3000, seed: 1 },
    );
    for (const ch of BMP) expect(isCapsLine(`A${ch}B`), ch).toBe(byRegex(`A${ch}B`));
  });
});

describe('finishCorrections: the order of the spans', () => {
  test('spanOrder orders as a sort by start, end and index does', () => {
    const span = fc.tuple(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 4 }));
    fc.assert(
      fc.property(fc.array(span, { maxLength: 40 }), (spans) => {
        const starts = spans.map(([s]) => s);
        const ends = spans.map(([s, l]) => s + l);
        const bySort = starts
          .map((_, i) => i)
          .sort((a, b) => starts[a]! - starts[b]! || ends[a]! - ends[b]! || a - b);
        expect([...spanOrder(starts, ends)]).toEqual(bySort);
      }),
      { numRuns: 5000, seed: 1 },
    );
  });
});

describe('character steps: the shared census hides nothing', () => {
  const edited = (step: { run: typeof lineEndings.run }, text: string): number => {
    const result = step.run(text, options);
    return (Array.isArray(result) ? result : result.edits).length;
  };

  test('line-endings acts on every line-end character', () => {
    const ends = BMP.filter((ch) => /[\r\f\u2028\u2029\u0085]/.test(ch));
    expect(ends).toHaveLength(5);
    for (const ch of BMP) expect(edited(lineEndings, `a${ch}b`), ch).toBe(ends.includes(ch) ? 1 : 0);
  });

  test('nfc composes after every combining mark of its runs that composes', () => {
    const marks = BMP.filter((ch) => /[\u0300-\u036f\u1dc0-\u1dff\u20d0-\u20ff]/.test(ch));
    for (const ch of marks) {
      const text = `a${ch}`;
      expect(edited(nfc, text) > 0, ch).toBe(text.normalize('NFC') !== text);
    }
    expect(edited(nfc, 'Vie\u0323\u0302t')).toBe(1);
  });

  test('lookalikes repairs every Cyrillic or Greek letter it has a Latin twin for', () => {
    for (const ch of BMP.filter((c) => /[\p{Script=Cyrillic}\p{Script=Greek}]/u.test(c))) {
      const n = edited(lookalikes, `C${ch}c`);
      expect(n === 0 || n === 1, ch).toBe(true);
      if (n === 1) expect(/\p{L}/u.test(ch)).toBe(true);
    }
    expect(edited(lookalikes, 'Cаc tο chức')).toBe(2);
  });
});
