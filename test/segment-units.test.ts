import { describe, expect, test } from 'vitest';
import { matchNumbering } from '../src/lexicon/numbering.js';
import { headingLength } from '../src/segment/heading.js';
import { splitLines } from '../src/segment/lines.js';
import { buildSectionTree } from '../src/segment/section-tree.js';
import { firstSentenceEnd } from '../src/segment/sentence-end.js';

describe('numbering at a line start', () => {
  test.each([
    ['I. MỤC ĐÍCH, YÊU CẦU', 'roman', 'I', 'MỤC ĐÍCH, YÊU CẦU'],
    ['IV- TỔ CHỨC THỰC HIỆN', 'roman', 'IV', 'TỔ CHỨC THỰC HIỆN'],
    ['2.Tiếp tục đẩy mạnh', 'arabic', '2', 'Tiếp tục đẩy mạnh'],
    ['10. Gắn thực hiện', 'arabic', '10', 'Gắn thực hiện'],
    ['3) Đề nghị', 'arabic', '3', 'Đề nghị'],
    ['2.1. Phòng Tư pháp', 'arabic2', '2.1', 'Phòng Tư pháp'],
    ['2.1.1 Nội dung', 'arabic3', '2.1.1', 'Nội dung'],
    ['a) Phòng Nội vụ', 'lower', 'a', 'Phòng Nội vụ'],
    ['đ) Thanh tra', 'lower', 'đ', 'Thanh tra'],
    ['Phần I: Mục tiêu', 'part', 'I', 'Mục tiêu'],
    ['PHẦN THỨ HAI', 'part', 'THỨ HAI', ''],
    ['Phần 3 - Kinh phí', 'part', '3', 'Kinh phí'],
    ['A. NHIỆM VỤ CHUNG', 'upper', 'A', 'NHIỆM VỤ CHUNG'],
    ['III/ TỔ CHỨC THỰC HIỆN', 'roman', 'III', 'TỔ CHỨC THỰC HIỆN'],
  ])('%j', (line, scheme, number, rest) => {
    const m = matchNumbering(line)!;
    expect(m).toMatchObject({ scheme, number });
    expect(line.slice(m.restOffset)).toBe(rest);
  });

  test.each([
    '2025. Đề nghị các đơn vị',
    '07/01/2016 của Bộ Chính trị',
    '1.500 triệu đồng',
    '- Tổ chức hội nghị',
    'Phần lớn các xã',
    'TM. ỦY BAN NHÂN DÂN',
    '3. trong đó',
    'IIX. SAI',
    // a quarter at the start of a wrapped line
    'III/2025. Huyện đoàn vận động đoàn viên tham gia.',
  ])('not numbered: %j', (line) => {
    expect(matchNumbering(line)).toBeNull();
  });
});

describe('first sentence end', () => {
  test.each([
    ['Nhằm triển khai có hiệu quả. Nâng cao hiệu lực.', 'Nhằm triển khai có hiệu quả.'],
    ['quyền làm chủ của Nhân dân. khắc phục hạn chế.', 'quyền làm chủ của Nhân dân.'],
    ['“về thực hiện dân chủ”. Nghị định', '“về thực hiện dân chủ”.'],
    [
      'Quyết định 23-QĐ/TW ngày 30.7.2021 của Bộ Chính trị',
      'Quyết định 23-QĐ/TW ngày 30.7.2021 của Bộ Chính trị',
    ],
    ['tại TP. Hải Dương và các huyện. Sau đó', 'tại TP. Hải Dương và các huyện.'],
  ])('%j', (text, sentence) => {
    expect(text.slice(0, firstSentenceEnd(text))).toBe(sentence);
  });
});

describe('heading of a numbered item', () => {
  test.each([
    ['Phòng Nội vụ: Theo dõi, kiểm tra đôn đốc.', 'Phòng Nội vụ'],
    ['Các Ban, ngành, đoàn thể: theo chức năng, nhiệm vụ được giao phối hợp.', 'Các Ban, ngành, đoàn thể'],
    ['Chế độ thông tin báo cáo: Định kỳ 6 tháng báo cáo kết quả.', 'Chế độ thông tin báo cáo'],
    ['Mục đích:', 'Mục đích'],
    [
      'Công chức Văn phòng - Thống kê xã Theo dõi, đôn đốc Bộ phận một cửa.',
      'Công chức Văn phòng - Thống kê xã',
    ],
    ['Đài Phát thanh xã Xây dựng chuyên mục về dân chủ.', 'Đài Phát thanh xã'],
    // negative rows: the first sentence when the ':' continues a clause or the verb is lower case
    [
      'Trên cơ sở Kế hoạch này, các ban, ngành chịu trách nhiệm: Chủ động xây dựng kế hoạch. Báo cáo kết quả.',
      'Trên cơ sở Kế hoạch này, các ban, ngành chịu trách nhiệm: Chủ động xây dựng kế hoạch',
    ],
    [
      'Công chức Văn phòng - thống kê tham mưu, giúp Ủy ban nhân dân. Theo dõi.',
      'Công chức Văn phòng - thống kê tham mưu, giúp Ủy ban nhân dân',
    ],
    [
      'Ban Chỉ đạo Xây dựng nông thôn mới chỉ đạo các xã.',
      'Ban Chỉ đạo Xây dựng nông thôn mới chỉ đạo các xã',
    ],
    ['Tăng cường công tác cải cách hành chính', 'Tăng cường công tác cải cách hành chính'],
  ])('%j → %j', (rest, heading) => {
    expect(rest.slice(0, headingLength(rest))).toBe(heading);
  });
});

describe('section tree over lines', () => {
  test('numbered lines inside a table are not sections', () => {
    const text = 'I. NHIỆM VỤ\nSTT\n1. Tuyên truyền\n2. Tiếp dân\nII. TỔ CHỨC THỰC HIỆN';
    const tableStart = text.indexOf('STT');
    const tableEnd = text.indexOf('II.');
    const tree = buildSectionTree(text, splitLines(text), 0, 5, text.length, [
      { start: tableStart, end: tableEnd },
    ]);
    expect(tree.flat.map((s) => s.id)).toEqual(['I', 'II']);
  });

  test('a number that does not move forward is text, not a duplicate section', () => {
    const text = 'I. NHIỆM VỤ\n1. Tuyên truyền\n2. Tiếp dân\n2. Đối thoại\n3. Hòa giải';
    const tree = buildSectionTree(text, splitLines(text), 0, 5, text.length);
    expect(tree.flat.map((s) => s.id)).toEqual(['I', 'I.1', 'I.2', 'I.3']);
    expect(tree.warnings).toEqual([]);
  });
});

describe('party-style numbering, spaced or closed up by dash repair', () => {
  test.each([
    ['I- MỤC ĐÍCH, YÊU CẦU', 'roman', 'I'],
    ['I-MỤC ĐÍCH, YÊU CẦU', 'roman', 'I'],
    ['1- Tuyên truyền', 'arabic', '1'],
    ['1-Tuyên truyền', 'arabic', '1'],
  ])('%j', (line, scheme, number) => {
    expect(matchNumbering(line)).toMatchObject({ scheme, number });
  });
  test.each(['23-QĐ/TW ngày 30/7/2021', '11- QĐ/TW', '20-25 người', 'II-B/2024'])(
    'a code, not an item: %j',
    (line) => {
      expect(matchNumbering(line)).toBeNull();
    },
  );
});
