import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { applyEdits } from '../src/normalize/apply-edits.js';
import { languageModel } from '../src/normalize/model/language-model.js';
import { carryWords } from '../src/normalize/words/carry-words.js';
import { scanRange, scanWords, WordList, type Words } from '../src/normalize/words/scan-words.js';

// Pieces that make words, codes and the gaps between them: a word's scan depends on the
// characters around it ('/' and '-' glue, punctuation breaks), so edits land next to those.
const PIECES = [
  'Ủy',
  'ban',
  'với',
  'UBND',
  'ƯBND',
  'QĐ',
  '/',
  '-',
  '2025',
  'x',
  ' ',
  ' ',
  '\n',
  '.',
  ',',
  '“',
  '”',
  'B2',
  'Covid',
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((a) => a.join(''));
const edit = fc.record({
  at: fc.nat(),
  length: fc.nat({ max: 4 }),
  to: fc.array(fc.constantFrom(...PIECES, ''), { maxLength: 3 }).map((a) => a.join('')),
});

const asArrays = (w: Words) => {
  const take = <T extends Int32Array | Uint8Array>(a: T) => Array.from(a.subarray(0, w.count));
  return {
    start: take(w.start),
    end: take(w.end),
    id: take(w.id),
    bits: take(w.bits),
  };
};

describe('carryWords', () => {
  const model = languageModel();

  test('gives the words a scan of the edited text gives', () => {
    fc.assert(
      fc.property(text, fc.array(edit, { maxLength: 6 }), (before, wanted) => {
        const edits = wanted.map(({ at, length, to }) => {
          const start = before.length === 0 ? 0 : at % (before.length + 1);
          return { start, end: Math.min(before.length, start + length), to, kind: 'ocr' as const };
        });
        const applied = applyEdits(before, edits);
        const carried = new WordList();
        carryWords(scanWords(before, model), applied.text, applied.map, model, carried);
        expect(asArrays(carried)).toEqual(asArrays(scanWords(applied.text, model)));
      }),
      { numRuns: 3000 },
    );
  });

  test('carries through several steps, the maps composed', async () => {
    const { composeMaps } = await import('../src/normalize/offset-map.js');
    fc.assert(
      fc.property(text, fc.array(fc.array(edit, { maxLength: 4 }), { maxLength: 4 }), (first, steps) => {
        let current = first;
        let map: number[] = [];
        for (const wanted of steps) {
          const edits = wanted.map(({ at, length, to }) => {
            const start = current.length === 0 ? 0 : at % (current.length + 1);
            return { start, end: Math.min(current.length, start + length), to, kind: 'ocr' as const };
          });
          const applied = applyEdits(current, edits);
          map = composeMaps(applied.map, map);
          current = applied.text;
        }
        const carried = new WordList();
        carryWords(scanWords(first, model), current, map, model, carried);
        expect(asArrays(carried)).toEqual(asArrays(scanWords(current, model)));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('scanWords', () => {
  const model = languageModel();

  test('scans a long text in stretches as it would in one', () => {
    // Words and codes of every length, so that stretch ends fall everywhere in and between them.
    const pieces = [
      'Ủy',
      'ban',
      'nhân',
      'dân',
      'QĐ/TW',
      'KH-UBND',
      '2025.',
      '“Dân',
      'vận”',
      'x',
      'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
    ];
    let text = '';
    for (let i = 0; text.length < 200_000; i++)
      text += pieces[(i * 7) % pieces.length] + (i % 13 === 0 ? ', ' : ' ');
    const whole = new WordList();
    whole.reserve(text.length);
    scanRange(text, 0, text.length, { gapBreak: true, gluedBefore: false }, whole, model);
    expect(asArrays(scanWords(text, model))).toEqual(asArrays(whole));
  });
});
