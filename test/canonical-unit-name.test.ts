import { describe, expect, test } from 'vitest';
import { canonicalUnitName } from '../src/lexicon/canonical-unit-name.js';

describe('canonicalUnitName', () => {
  test.each([
    ['phòng Văn hóa -Thông tin', 'Phòng Văn hóa - Thông tin'],
    ['UBND thị trấn Cẩm Giang', 'Ủy ban nhân dân thị trấn Cẩm Giang'],
    ['Giao Phòng Nội vụ', 'Phòng Nội vụ'],
    ['Sở Nội vụ (báo cáo)', 'Sở Nội vụ'],
    ['UBMTTQ và các đoàn thể thị xã;', 'Ủy ban Mặt trận Tổ quốc và các đoàn thể thị xã'],
    ['TT HĐND thị trấn', 'Thường trực Hội đồng nhân dân thị trấn'],
    ['Công chức Văn phòng – Thống kê', 'Công chức Văn phòng - Thống kê'],
    ['  Ban   Dân vận  Huyện ủy. ', 'Ban Dân vận Huyện ủy'],
  ])('%s → %s', (raw, canonical) => {
    expect(canonicalUnitName(raw)).toBe(canonical);
  });

  test.each(['KH-UBND', '48/KH-UBND'])('codes keep their abbreviations: %s', (code) => {
    expect(canonicalUnitName(code)).toBe(code);
  });
});
