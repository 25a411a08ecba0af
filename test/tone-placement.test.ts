import { describe, expect, test } from 'vitest';
import { normalizeText, toneInsensitiveKey } from '../src/index.js';
import { placeTone, tonePosition } from '../src/normalize/vietnamese/place-tone.js';

describe('placeTone', () => {
  test.each([
    // word, old style, new style
    ['hoà', 'hòa', 'hoà'],
    ['hòa', 'hòa', 'hoà'],
    ['Uỷ', 'Ủy', 'Uỷ'],
    ['thuỷ', 'thủy', 'thuỷ'],
    ['khoẻ', 'khỏe', 'khoẻ'],
    ['UỶ', 'ỦY', 'UỶ'],
    ['HOÁ', 'HÓA', 'HOÁ'],
    // the same in both styles
    ['hoàn', 'hoàn', 'hoàn'],
    ['quý', 'quý', 'quý'],
    ['quỳnh', 'quỳnh', 'quỳnh'],
    ['giữa', 'giữa', 'giữa'],
    ['gìn', 'gìn', 'gìn'],
    ['người', 'người', 'người'],
    ['ngoài', 'ngoài', 'ngoài'],
    ['của', 'của', 'của'],
    ['mía', 'mía', 'mía'],
    ['thuở', 'thuở', 'thuở'],
    ['nguyễn', 'nguyễn', 'nguyễn'],
    ['khuỷu', 'khuỷu', 'khuỷu'],
    // misplaced in both styles
    ['họach', 'hoạch', 'hoạch'],
    ['tòan', 'toàn', 'toàn'],
    // not one syllable, or no single tone: unchanged
    ['Covid', 'Covid', 'Covid'],
    ['tỉết', 'tỉết', 'tỉết'],
    ['ban', 'ban', 'ban'],
  ])('%s → old %s, new %s', (word, old, neu) => {
    expect(placeTone(word, 'old')).toBe(old);
    expect(placeTone(word, 'new')).toBe(neu);
  });

  test('a word with no vowel has no tone position', () => {
    expect(tonePosition('th', 'old')).toBe(-1);
  });
});

describe('the tone-placement step', () => {
  test.each([
    ['Đảng uỷ và Tỉnh uỷ Thanh Hoá', 'old', 'Đảng ủy và Tỉnh ủy Thanh Hóa'],
    ['Đảng ủy và Tỉnh ủy Thanh Hóa', 'new', 'Đảng uỷ và Tỉnh uỷ Thanh Hoá'],
    ['Đảng uỷ và Tỉnh ủy', 'preserve', 'Đảng uỷ và Tỉnh ủy'],
    ['ỦY BAN NHÂN DÂN', 'old', 'ỦY BAN NHÂN DÂN'],
    ['UỶ BAN NHÂN DÂN', 'old', 'ỦY BAN NHÂN DÂN'],
  ] as const)('%j (%s) → %j', (input, toneStyle, expected) => {
    const r = normalizeText(input, { toneStyle });
    expect(r.text).toBe(expected);
    for (const c of r.corrections) {
      expect(c.kind).toBe('tone');
      expect(r.text.slice(c.span.start, c.span.end)).toBe(c.to);
    }
  });

  test('ALL-CAPS round-trips through both styles', () => {
    const caps = 'ỦY BAN NHÂN DÂN TỈNH THANH HÓA';
    const neu = normalizeText(caps, { toneStyle: 'new' }).text;
    expect(neu).toBe('UỶ BAN NHÂN DÂN TỈNH THANH HOÁ');
    expect(normalizeText(neu).text).toBe(caps);
  });
});

describe('toneInsensitiveKey', () => {
  test.each([
    ['Phòng Văn hoá - Thông tin', 'phòng Văn hóa - Thông tin'],
    ['Tỉnh uỷ', 'TỈNH ỦY'],
    ['Chủ trƣơng', 'chủ trương'],
    ['Ke\u0302\u0301 hoa\u0323ch', 'kế hoạch'],
  ])('%j ≡ %j', (a, b) => {
    expect(toneInsensitiveKey(a)).toBe(toneInsensitiveKey(b));
  });

  test.each([
    ['hòa', 'hóa'],
    ['tổ chức', 'tố chức'],
  ])('%j ≢ %j', (a, b) => {
    expect(toneInsensitiveKey(a)).not.toBe(toneInsensitiveKey(b));
  });
});
