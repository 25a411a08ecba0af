import { describe, expect, test } from 'vitest';
import { numberedCitation } from '../src/extract/citations/numbered-citation.js';
import type { ExtractContext } from '../src/extract/types.js';

const find = (text: string) => numberedCitation.find({ text } as ExtractContext);

describe('numbered citations', () => {
  test.each([
    // input, id, type, issuedDate, issuer, mention text
    [
      'Thực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ về tiếp tục tăng cường',
      '33/CT-TTg',
      'Chỉ thị',
      '2021-11-26',
      'Thủ tướng Chính phủ',
      'Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ',
    ],
    [
      'theo Kế hoạch số 15/KH-UBND ngày 14 tháng 01 năm 2022 của Ủy ban \n\nnhân dân Tỉnh và',
      '15/KH-UBND',
      'Kế hoạch',
      '2022-01-14',
      'Ủy ban nhân dân tỉnh',
      'Kế hoạch số 15/KH-UBND ngày 14 tháng 01 năm 2022 của Ủy ban \n\nnhân dân Tỉnh',
    ],
    [
      'quán triệt Quyết định số 23- \nQĐ/TW, ngày 30/7/2021 của Bộ Chính trị;',
      '23-QĐ/TW',
      'Quyết định',
      '2021-07-30',
      'Bộ Chính trị',
      'Quyết định số 23- \nQĐ/TW, ngày 30/7/2021 của Bộ Chính trị',
    ],
    [
      'Quy định số 11QĐ/TW ngày 18/02/2019 của Bộ Chính trị về trách nhiệm',
      '11-QĐ/TW',
      'Quy định',
      '2019-02-18',
      'Bộ Chính trị',
      'Quy định số 11QĐ/TW ngày 18/02/2019 của Bộ Chính trị',
    ],
    // a party code with a department after its issuer keeps its halves
    [
      'theo Kế hoạch số 512-KH/TWĐTN-BTG ngày 05/01/2026 của Ban Bí thư Trung ương Đoàn;',
      '512-KH/TWĐTN-BTG',
      'Kế hoạch',
      '2026-01-05',
      'Ban Bí thư Trung ương Đoàn',
      'Kế hoạch số 512-KH/TWĐTN-BTG ngày 05/01/2026 của Ban Bí thư Trung ương Đoàn',
    ],
    [
      'nhất là Chỉ thị 18-CT/TTg của Thủ tướng Chính phủ, Chỉ thị',
      '18/CT-TTg',
      'Chỉ thị',
      null,
      'Thủ tướng Chính phủ',
      'Chỉ thị 18-CT/TTg của Thủ tướng Chính phủ',
    ],
    [
      'KẾ HOẠCH THỰC HIỆN QUYẾT ĐỊNH SỐ 1234/QĐ-TTG NGÀY 05/10/2022',
      '1234/QĐ-TTg',
      'Quyết định',
      '2022-10-05',
      null,
      'QUYẾT ĐỊNH SỐ 1234/QĐ-TTG NGÀY 05/10/2022',
    ],
    [
      'Pháp lệnh số 34/2007/PL-UBTVQH11 của ủy ban Thường vụ Quốc hội khóa 11 “về thực hiện',
      '34/2007/PL-UBTVQH11',
      'Pháp lệnh',
      null,
      'Ủy ban Thường vụ Quốc hội',
      'Pháp lệnh số 34/2007/PL-UBTVQH11 của ủy ban Thường vụ Quốc hội khóa 11',
    ],
    [
      'Thông tư liên tịch số 16/2013/TTLT-BYT-BNN&PTNT ngày 27/5/2013 của Bộ Y tế',
      '16/2013/TTLT-BYT-BNN&PTNT',
      'Thông tư liên tịch',
      '2013-05-27',
      'Bộ Y tế',
      'Thông tư liên tịch số 16/2013/TTLT-BYT-BNN&PTNT ngày 27/5/2013 của Bộ Y tế',
    ],
    [
      'Quyết định số 1631/QĐ-UBND-\n\nHC ngày 28/10/2021 của UBND Tỉnh Ban hành Quy tắc',
      '1631/QĐ-UBND-HC',
      'Quyết định',
      '2021-10-28',
      'Ủy ban nhân dân tỉnh',
      'Quyết định số 1631/QĐ-UBND-\n\nHC ngày 28/10/2021 của UBND Tỉnh',
    ],
    [
      'Công văn số 432/UBND- HC ngày 25 tháng 10 năm 2016 của Chủ tịch Ủy ban nhân dân Tỉnh về việc',
      '432/UBND-HC',
      'Công văn',
      '2016-10-25',
      'Chủ tịch Ủy ban nhân dân tỉnh',
      'Công văn số 432/UBND- HC ngày 25 tháng 10 năm 2016 của Chủ tịch Ủy ban nhân dân Tỉnh',
    ],
    [
      'Kết luận số 114-KL/TW ngày 14/7/2015 của Ban bí thư Trung \nương Đảng về nâng cao',
      '114-KL/TW',
      'Kết luận',
      '2015-07-14',
      'Ban Bí thư Trung ương Đảng',
      'Kết luận số 114-KL/TW ngày 14/7/2015 của Ban bí thư Trung \nương Đảng',
    ],
    [
      'Quyết định số 232-QĐ/ThU ngày 23/3/2022 của Thị ủy Hồng Lĩnh về việc ban hành',
      '232-QĐ/ThU',
      'Quyết định',
      '2022-03-23',
      'Thị ủy Hồng Lĩnh',
      'Quyết định số 232-QĐ/ThU ngày 23/3/2022 của Thị ủy Hồng Lĩnh',
    ],
    [
      'Luật số 163/2024/QH15 của Quốc hội',
      '163/2024/QH15',
      'Luật',
      null,
      'Quốc hội',
      'Luật số 163/2024/QH15 của Quốc hội',
    ],
    [
      'theo tinh thần Kết luận số 01 của Bộ Chính trị.',
      '01-KL/TW',
      'Kết luận',
      null,
      'Bộ Chính trị',
      'Kết luận số 01 của Bộ Chính trị',
    ],
    [
      'Văn bản số 0155/KH-UBND ngày 3/2/2023 của UBND huyện',
      '0155/KH-UBND',
      'Kế hoạch',
      '2023-02-03',
      'Ủy ban nhân dân huyện',
      'Văn bản số 0155/KH-UBND ngày 3/2/2023 của UBND huyện',
    ],
  ])('%s', (text, id, type, issuedDate, issuer, mention) => {
    const [c] = find(text);
    expect(c).toBeDefined();
    expect(c!.id).toBe(id);
    expect(c!.type).toBe(type);
    expect(c!.issuedDate).toBe(issuedDate);
    expect(c!.issuer).toBe(issuer);
    expect(text.slice(c!.mentions[0]!.start, c!.mentions[0]!.end)).toBe(mention);
    expect(c!.ruleId).toBeTruthy();
    expect(c!.confidence).toBeGreaterThan(0);
  });

  test('a list under one type word gives one citation per number, sharing date and issuer', () => {
    const text = 'các Quyết định số 217-QĐ/TW và 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị';
    const found = find(text);
    expect(found.map((c) => c.id)).toEqual(['217-QĐ/TW', '218-QĐ/TW']);
    expect(found.map((c) => c.issuedDate)).toEqual(['2013-12-12', '2013-12-12']);
    expect(found.map((c) => c.issuer)).toEqual(['Bộ Chính trị', 'Bộ Chính trị']);
    expect(found.map((c) => c.type)).toEqual(['Quyết định', 'Quyết định']);
    expect(text.slice(found[1]!.mentions[0]!.start, found[1]!.mentions[0]!.end)).toBe(
      '218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị',
    );
  });

  test('the subject after “về” is the title', () => {
    const [c] = find(
      'Chỉ thị số 16/CT-TTg ngày 16/5/2016 của Thủ tướng Chính phủ ”về đổi mới công tác dân vận”; Chỉ',
    );
    expect(c!.title).toBe('đổi mới công tác dân vận');
  });

  test.each([
    'Liên hệ số điện thoại 0912-345-678 hoặc 0243.823.456',
    'Điều 3. Chánh Văn phòng',
    'trước ngày 20/6/2022 và ngày 15/12/2022',
    'đạt chuẩn ISO 9001:2015',
    'kinh phí 1.500.000.000 đồng (Một tỷ năm trăm triệu đồng)',
    'phòng, chống dịch Covid-19 và Covid-19/2021',
    'Kế hoạch này, các Nghị định quy định chi tiết',
    'giai đoạn 2021-2025 theo quy định 2021/2022',
  ])('no citation in %s', (text) => {
    expect(find(text)).toEqual([]);
  });
});

describe('issuer and subject boundaries', () => {
  test.each([
    [
      'Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ phê duyệt Đề án phát triển ứng dụng dữ liệu về dân cư',
      'Thủ tướng Chính phủ',
      'phê duyệt Đề án phát triển ứng dụng dữ liệu về dân cư',
    ],
    [
      'Nghị quyết số 12/2022/NQ-HĐND ngày 10/12/2022 của HĐND tỉnh khóa XVIII, kỳ họp thứ 10;',
      'Hội đồng nhân dân tỉnh',
      null,
    ],
    [
      'Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng (khóa XI) về “tăng cường công tác dân vận”',
      'Ban Chấp hành Trung ương Đảng',
      'tăng cường công tác dân vận',
    ],
    [
      'Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học\n\nCăn cứ Luật Tổ chức',
      'Bộ Chính trị',
      'đột phá phát triển khoa học',
    ],
    ['Chỉ thị số 05/CT-UBND của người đứng đầu cơ quan', null, null],
    // a ministry's name joins its fields with 'và' (and one comma); two bodies stay two
    [
      'Thông tư số 12/2023/TT-BGDĐT ngày 10/5/2023 của Bộ trưởng Bộ Giáo dục và Đào tạo về đánh giá;',
      'Bộ trưởng Bộ Giáo dục và Đào tạo',
      'đánh giá',
    ],
    [
      'Quyết định số 5/QĐ-BVHTTDL của Bộ Văn hóa, Thể thao và Du lịch về gia đình;',
      'Bộ Văn hóa, Thể thao và Du lịch',
      'gia đình',
    ],
    ['Quyết định số 1/QĐ-BKHCN của Bộ Khoa học và Công nghệ;', 'Bộ Khoa học và Công nghệ', null],
    // a body named by the fields it works in lists them with commas and 'và'; a clause after a name does not
    [
      'Kế hoạch số 01/KH-BCĐ389 ngày 08/01/2025 của Ban Chỉ đạo quốc gia chống buôn lậu, gian lận thương mại và hàng giả về công tác năm 2025;',
      'Ban Chỉ đạo quốc gia chống buôn lậu, gian lận thương mại và hàng giả',
      'công tác năm 2025',
    ],
    [
      'Quyết định số 12/QĐ-BCĐ của Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh Lạng Sơn;',
      'Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh Lạng Sơn',
      null,
    ],
    [
      'Kế hoạch số 12/KH-UBND của UBND tỉnh, tổ chức tuyên truyền về chuyển đổi số;',
      'Ủy ban nhân dân tỉnh',
      null,
    ],
    [
      'Kế hoạch số 5/KH-BCĐ của Ban Chỉ đạo phòng chống dịch, tổ chức tuyên truyền về phòng bệnh;',
      'Ban Chỉ đạo phòng chống dịch',
      null,
    ],
    ['Nghị định số 91/2024/NĐ-CP của Chính phủ sửa đổi, bổ sung một số điều;', 'Chính phủ', null],
    [
      'Kế hoạch số 5/KH-BCĐ của Ban Chỉ đạo phòng chống dịch, các sở, ngành về phòng bệnh;',
      'Ban Chỉ đạo phòng chống dịch',
      null,
    ],
    ['Thông tư liên tịch số 100/2014/TTLT-BTC-BTP của Bộ Tài chính và Bộ Tư pháp;', 'Bộ Tài chính', null],
    ['Chỉ thị số 05/CT-UBND của UBND tỉnh và Kết luận số 12-KL/TU;', 'Ủy ban nhân dân tỉnh', null],
    // a title ends at the rule under it, and before the preamble's closing clause
    [
      'Nghị quyết số 12-NQ/TU ngày 18/12/2024 của Tỉnh ủy về chuyển đổi số\n-----\nThực hiện Nghị quyết',
      'Tỉnh ủy',
      'chuyển đổi số',
    ],
    [
      'Kế hoạch số 112/KH-UBND ngày 28/3/2025 của UBND huyện về phân loại rác năm 2025,\nUBND xã Phúc Thành xây dựng Kế hoạch thực hiện như sau:',
      'Ủy ban nhân dân huyện',
      'phân loại rác năm 2025',
    ],
  ])('%s', (text, issuer, title) => {
    const [c] = find(text);
    expect(c!.issuer).toBe(issuer);
    expect(c!.title).toBe(title);
  });
});

test('an upper-case title line', () => {
  const text = 'THỰC HIỆN CHỈ THỊ SỐ 33/CT-TTG NGÀY 26/11/2021 CỦA THỦ TƯỚNG CHÍNH PHỦ';
  const [c] = find(text);
  expect(c).toMatchObject({
    id: '33/CT-TTg',
    type: 'Chỉ thị',
    issuedDate: '2021-11-26',
    issuer: 'Thủ tướng Chính phủ',
  });
});
