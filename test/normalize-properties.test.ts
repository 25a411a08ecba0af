import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { normalizeText, toSourceOffset } from '../src/index.js';
import type { NormalizedText } from '../src/normalize/index.js';

// Pieces of real damage, glued at random: glyphs, NFD marks, legacy bytes, OCR slips, layout.
const PIECES = [
  'Ủy ban nhân dân',
  'Chủ trƣơng',
  'Uỷ ban',
  'hoà',
  'Ke\u0302\u0301 hoa\u0323ch',
  'KÕ ho¹ch',
  'Keá hoaïch',
  'Vie^.t Nam',
  'ỉập',
  'tố chức',
  'ƯBND',
  '23-QĐ/TW',
  '\u200b',
  '\u00a0',
  '\u00ad',
  'Cаc',
  ' ',
  '\n',
  '\r\n',
  '\n\n',
  '- ',
  '4',
  '“',
  '”',
  '**',
  'μ',
];
// Pieces joined as text joins them: by spaces, line ends and punctuation.
const damaged = fc
  .array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(' ', '\n', ', ', '. ', '')), { maxLength: 30 })
  .map((a) => a.map(([piece, sep]) => piece + sep).join(''));
const anyText = fc.oneof(damaged, fc.string({ unit: 'binary', maxLength: 120 }));

function checkCorrections(input: string, r: NormalizedText): void {
  for (const c of r.corrections) {
    expect(r.text.slice(c.span.start, c.span.end)).toBe(c.to);
    const empty = c.span.start === c.span.end;
    const s = toSourceOffset(r, c.span.start, empty ? 'end' : 'start');
    const e = toSourceOffset(r, c.span.end, empty ? 'start' : 'end');
    expect(input.slice(s, e)).toBe(c.from);
  }
}

describe('normalizeText properties', () => {
  test('idempotent, never throws', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const once = normalizeText(s).text;
        expect(normalizeText(once).text).toBe(once);
      }),
      { numRuns: 400 },
    );
  });

  test('the offset map is monotonic and ends at the end of the source', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const r = normalizeText(s);
        let last = 0;
        for (let i = 0; i <= r.text.length; i++) {
          const at = toSourceOffset(r, i);
          expect(at).toBeGreaterThanOrEqual(last);
          last = at;
        }
        expect(toSourceOffset(r, r.text.length)).toBe(s.length);
      }),
      { numRuns: 300 },
    );
  });

  test("every correction's `from` is what the source holds at its mapped span", () => {
    fc.assert(
      fc.property(anyText, (s) => checkCorrections(s, normalizeText(s))),
      { numRuns: 400 },
    );
  });
});
