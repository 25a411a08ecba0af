import { describe, expect, test } from 'vitest';
import { normalizeText, toSourceOffset } from '../src/index.js';

describe('characters', () => {
  test.each([
    ['Chủ trƣơng', 'Chủ trương', 'glyph'],
    ['NHÀ NƢỚC', 'NHÀ NƯỚC', 'glyph'],
    ['ÐẢNG ủy', 'ĐẢNG ủy', 'glyph'],
    ['Ủy\u00a0ban', 'Ủy ban', 'unicode'],
    ['Ủy\u200bban nhân\u200d dân', 'Ủyban nhân dân', 'unicode'],
    // Cyrillic а and о, Greek ο inside Latin words
    ['Cаc tổ chức đоàn thể', 'Các tổ chức đoàn thể', 'glyph'],
    ['tổ chức chính trị - xã hội của Тỉnh', 'tổ chức chính trị - xã hội của Tỉnh', 'glyph'],
    ['hοạt động', 'hoạt động', 'glyph'],
  ])('%j → %j', (input, expected, kind) => {
    const r = normalizeText(input);
    expect(r.text).toBe(expected);
    expect(r.corrections.map((c) => c.kind)).toContain(kind);
    for (const c of r.corrections) {
      expect(r.text.slice(c.span.start, c.span.end)).toBe(c.to);
      expect(input.slice(toSourceOffset(r, c.span.start), toSourceOffset(r, c.span.end, 'end'))).toBe(c.from);
    }
  });

  test.each(['Москва и Санкт-Петербург', 'hệ số α và β', 'Ủy ban nhân dân'])('unchanged: %j', (input) => {
    expect(normalizeText(input).text).toBe(input);
  });
});
