import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { normalizeText } from '../src/normalize/index.js';
import { toSourceOffset } from '../src/normalize/to-source-offset.js';

describe('normalizeText: characters', () => {
  test.each([
    ['Chủ trƣơng', 'Chủ trương', 'glyph'],
    ['NHÀ NƢỚC', 'NHÀ NƯỚC', 'glyph'],
    ['ÐẢNG', 'ĐẢNG', 'glyph'],
    ['Ke\u0302\u0301 hoa\u0323ch', 'Kế hoạch', 'unicode'],
    ['Dòng 1.\r\nDòng 2', 'Dòng 1.\nDòng 2', 'layout'],
    ['Ủy\u00a0ban', 'Ủy ban', 'unicode'],
  ])('%j → %j', (input, expected, kind) => {
    const r = normalizeText(input);
    expect(r.text).toBe(expected);
    expect(r.corrections.length).toBeGreaterThan(0);
    expect(r.corrections.map((c) => c.kind)).toContain(kind);
  });

  test.each(['Ủy ban nhân dân xã Nam Chính', '33/CT-TTg', ''])(
    'correct text %j comes out unchanged',
    (input) => {
      const r = normalizeText(input);
      expect(r.text).toBe(input);
      expect(r.corrections).toEqual([]);
    },
  );

  test('every correction span slices to its `to` text, and maps back to its `from` text', () => {
    const input = 'Nhà nƣớc\r\nCHỦ TRƢƠNG\u00a0của Ðảng';
    const r = normalizeText(input);
    for (const c of r.corrections) {
      expect(r.text.slice(c.span.start, c.span.end)).toBe(c.to);
      const s = toSourceOffset(r, c.span.start, 'start');
      const e = toSourceOffset(r, c.span.end, 'end');
      expect(input.slice(s, e)).toBe(c.from);
    }
  });

  test('toSourceOffset maps 0 to text.length, and refuses offsets the text does not have', () => {
    const input = 'Tỉnh uỷ\r\nThanh Hoá';
    const r = normalizeText(input);
    expect(toSourceOffset(r, 0)).toBe(0);
    expect(toSourceOffset(r, r.text.length, 'end')).toBe(input.length);
    for (const offset of [-1, r.text.length + 1, 1.5, Number.NaN])
      expect(() => toSourceOffset(r, offset)).toThrow(/whole number from 0 to the text's length/);
    expect(() => toSourceOffset({} as never, 0)).toThrow(/takes a Plan or a normalizeText result/);
  });

  test('unknown step names are refused', () => {
    expect(() => normalizeText('x', { steps: ['no-such-step'] })).toThrow(/unknown normalization step/);
  });

  test('no string makes it throw, and the result is stable under a second pass', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        const once = normalizeText(s).text;
        expect(normalizeText(once).text).toBe(once);
      }),
      { numRuns: 300 },
    );
  });
});
