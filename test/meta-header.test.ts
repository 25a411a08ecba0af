import { describe, expect, test } from 'vitest';
import { parseIssuedDate } from '../src/extract/meta/issued-date.js';
import { issuerFromBody, issuerFromHeader } from '../src/extract/meta/issuer.js';
import { parseNumberLine } from '../src/extract/meta/number-line.js';
import { organisationCase } from '../src/extract/meta/organisation-case.js';
import { titleYear } from '../src/extract/meta/plan-year.js';
import { parsePlan } from '../src/index.js';

const HEADER = `ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ ĐÔNG HƯNG                    Độc lập - Tự do - Hạnh phúc
Số: 21/KH-UBND        Đông Hưng, ngày 16 tháng 01 năm 2025

KẾ HOẠCH
Thực hiện công tác dân vận chính quyền
năm 2025

I. MỤC ĐÍCH, YÊU CẦU
1. Nâng cao chất lượng công tác dân vận.
II. NHIỆM VỤ
1. Phòng chống thiên tai.

Nơi nhận:                        KT. CHỦ TỊCH
- UBND huyện (b/c);              PHÓ CHỦ TỊCH
- Lưu: VT.

                                 Phạm Thị Hoa
`;

describe('meta: a plan with a full header printed in two columns', () => {
  test('number, code, issuer, place, date, year, title, signer, recipients', async () => {
    const plan = await parsePlan(HEADER);
    expect(plan.meta).toMatchObject({
      docType: 'Kế hoạch',
      title: 'Thực hiện công tác dân vận chính quyền năm 2025',
      number: '21/KH-UBND',
      code: 'KH-UBND',
      issuer: 'Ủy ban nhân dân xã Đông Hưng',
      place: 'Đông Hưng',
      issuedDate: '2025-01-16',
      year: 2025,
      signer: { name: 'Phạm Thị Hoa', title: 'Phó Chủ tịch', authority: 'Chủ tịch', mode: 'KT' },
      recipients: ['UBND huyện (b/c)', 'Lưu: VT'],
    });
    expect(plan.warnings.filter((w) => w.code === 'NOT_A_PLAN')).toEqual([]);
  });
});

describe('meta: a youth-union plan', () => {
  test("the union's name over its motto is no issuer", async () => {
    const plan = await parsePlan(
      'BCH ĐOÀN TỈNH NGHỆ AN          ĐOÀN TNCS HỒ CHÍ MINH\n***\nSố: 45-KH/TĐTN-TG          Nghệ An, ngày 10 tháng 01 năm 2026\n\nKẾ HOẠCH\nTổ chức Tháng Thanh niên năm 2026\n\nI. MỤC ĐÍCH\n1. Tuyên truyền.\n',
    );
    expect(plan.meta).toMatchObject({ issuer: 'Ban Chấp hành Đoàn tỉnh Nghệ An', number: '45-KH/TĐTN-TG' });
  });
});

describe('meta: recipients', () => {
  test('end where an appendix after the signature begins, whose field lines are no recipients', async () => {
    const plan = await parsePlan(
      `${HEADER}\nPhụ lục: DANH MỤC NHIỆM VỤ\n1. Rà soát thủ tục hành chính\n- Cơ quan chủ trì: Văn phòng UBND tỉnh.\n- Thời gian hoàn thành: Năm 2026.\n`,
    );
    expect(plan.meta.recipients).toEqual(['UBND huyện (b/c)', 'Lưu: VT']);
    const numbered = await parsePlan(
      HEADER.replace('Phạm Thị Hoa\n', 'Phạm Thị Hoa\n\n1. Rà soát\n- Cơ quan chủ trì: Sở Tư pháp.\n'),
    );
    expect(numbered.meta.recipients).toEqual(['UBND huyện (b/c)', 'Lưu: VT']);
  });
});

describe('meta: the parts, one table each', () => {
  test.each([
    ['21/KH-UBND', '21/KH-UBND', 'KH-UBND'],
    ['/KH-UBND', null, 'KH-UBND'],
    ['   /KH-UBND', null, 'KH-UBND'],
    ['12-KH/ĐU', '12-KH/ĐU', 'KH/ĐU'],
    ['105/2024/KH-UBND', '105/2024/KH-UBND', 'KH-UBND'],
    // negative rows
    ['', null, null],
    ['V/v triển khai', null, null],
  ])('Số: %j → number %j, code %j', (value, number, code) => {
    expect(parseNumberLine(value)).toEqual({ number, code });
  });

  test.each([
    ['Nam Chính, ngày 16 tháng 01 năm 2025', '2025-01-16'],
    ['Nam Chính, ngày        tháng 01 năm 2023', '2023-01'],
    ['Hồng Lĩnh, ngày tháng 02 năm 2023', '2023-02'],
    ['Hà Nội, ngày     tháng     năm 2024', '2024'],
    ['Hà Nội, ngày 05/3/2024', '2024-03-05'],
    // negative rows
    ['Hà Nội, ngày 45 tháng 13 năm 2024', '2024'],
    ['Hà Nội, ngày ký', null],
  ])('%j → %j', (line, iso) => {
    expect(parseIssuedDate(line)).toBe(iso);
  });

  test.each([
    [['ỦY BAN NHÂN DÂN', 'XÃ NAM CHÍNH'], 'Ủy ban nhân dân xã Nam Chính'],
    [['ỦY BAN NHÂN DÂN HUYỆN CẨM GIÀNG'], 'Ủy ban nhân dân huyện Cẩm Giàng'],
    [['UBND HUYỆN CẨM GIÀNG', 'PHÒNG VĂN HÓA VÀ THÔNG TIN'], 'Phòng Văn hóa và Thông tin'],
    [['ĐẢNG ỦY XÃ TÂN LẬP'], 'Đảng ủy xã Tân Lập'],
    [['UBND TỈNH HẢI DƯƠNG', 'SỞ NỘI VỤ'], 'Sở Nội vụ'],
    // a party committee named by its level is an issuer of its own, not the level of the line above
    [['ĐẢNG BỘ TỈNH QUẢNG NGÃI', 'HUYỆN ỦY MỘ ĐỨC'], 'Huyện ủy Mộ Đức'],
    [['ĐẢNG BỘ TỈNH QUẢNG NGÃI', 'THỊ UỶ ĐỨC PHỔ'], 'Thị ủy Đức Phổ'],
    // the youth union's committees
    [['BCH ĐOÀN TỈNH NGHỆ AN'], 'Ban Chấp hành Đoàn tỉnh Nghệ An'],
    [['TỈNH ĐOÀN NGHỆ AN'], 'Tỉnh đoàn Nghệ An'],
    [[], null],
  ])('issuer from header %j → %j', (lines, issuer) => {
    const pieces = lines.map((text) => ({ text, span: { start: 0, end: text.length } }));
    expect(issuerFromHeader(pieces)).toBe(issuer);
  });

  test.each([
    [
      'UBND thị trấn Cẩm Giang xây dựng Kế hoạch thực hiện công tác dân vận',
      'Ủy ban nhân dân thị trấn Cẩm Giang',
    ],
    [
      'Căn cứ Chỉ thị số 03/CT-UBND của Ủy ban nhân dân tỉnh về việc tiếp tục; Ủy ban nhân dân thị xã xây dựng kế hoạch',
      'Ủy ban nhân dân thị xã',
    ],
    ['Ủy ban nhân dân Huyện xây dựng Kế hoạch thực hiện', 'Ủy ban nhân dân Huyện'],
    ['UBND phường Phú Sơn xây dưng Kế hoạch cụ thể như sau', 'Ủy ban nhân dân phường Phú Sơn'],
    // negative rows: a cited plan, no subject
    ['Thực hiện Kế hoạch số 15/KH-UBND của Ủy ban nhân dân tỉnh', null],
    ['Xây dựng Kế hoạch cụ thể như sau', null],
  ])('issuer from body %j → %j', (text, issuer) => {
    expect(issuerFromBody(text)).toBe(issuer);
  });

  test.each([
    ['QUYỀN CHỦ TỊCH', 'Quyền Chủ tịch'],
    ['PHÓ CHỦ TỊCH', 'Phó Chủ tịch'],
    ['ỦY BAN NHÂN DÂN XÃ', 'Ủy ban nhân dân xã'],
    ['CHÁNH VĂN PHÒNG', 'Chánh Văn phòng'],
    ['PHÒNG TÀI CHÍNH - KẾ HOẠCH', 'Phòng Tài chính - Kế hoạch'],
    ['Ban Dân vận Huyện ủy', 'Ban Dân vận Huyện ủy'],
    ['BAN TUYÊN GIÁO HUYỆN ỦY', 'Ban Tuyên giáo Huyện ủy'],
    ['TỈNH ỦY BẮC NINH', 'Tỉnh ủy Bắc Ninh'],
  ])('%j → %j', (caps, written) => {
    expect(organisationCase(caps)).toBe(written);
  });

  test.each([
    ['Thực hiện công tác dân vận chính quyền năm 2023', 2023],
    ['Công tác cải cách hành chính 2024', 2024],
    // negative rows: a range, no year
    ['Phát triển kinh tế giai đoạn 2021-2025', null],
    // a horizon or a start is not the plan's year; the year before it is
    ['Thực hiện Nghị quyết số 12-NQ/TU về chuyển đổi số đến năm 2030', null],
    ['Thực hiện Chiến lược từ năm 2021 đến năm 2025', null],
    ['Phát triển năm 2025 và định hướng đến năm 2030', 2025],
    ['Thực hiện Quy chế dân chủ ở cơ sở', null],
  ])('year of %j → %j', (title, year) => {
    expect(titleYear(title)).toBe(year);
  });
});

describe('meta: more header shapes', () => {
  test.each([
    [
      'issuer of a cited decision is skipped',
      'Thực hiện Quyết định số 12/QĐ-UBND của UBND tỉnh về việc ban hành Kế hoạch năm 2024; UBND xã Tân Lập xây dựng Kế hoạch như sau:',
      'Ủy ban nhân dân xã Tân Lập',
    ],
    [
      'the last phrase before the body wins',
      'UBND huyện ban hành Kế hoạch số 5/KH-UBND; Ủy ban nhân dân phường An Lạc xây dựng Kế hoạch thực hiện như sau:',
      'Ủy ban nhân dân phường An Lạc',
    ],
  ])('%s', (_name, text, issuer) => {
    expect(issuerFromBody(text)).toBe(issuer);
  });

  test('a letter-spaced type heading and a capitalised "Ngày" in the dateline', async () => {
    const plan = await parsePlan(
      'ỦY BAN NHÂN DÂN\nXÃ TÂN LẬP\nSố: 7/KH-UBND\nTân Lập, Ngày 03 tháng 9 năm 2024\nK Ế  H O Ạ C H\nTổ chức Tết Trung thu năm 2024\n\nI. MỤC ĐÍCH\n',
    );
    expect(plan.meta).toMatchObject({
      docType: 'Kế hoạch',
      title: 'Tổ chức Tết Trung thu năm 2024',
      place: 'Tân Lập',
      issuedDate: '2024-09-03',
      number: '7/KH-UBND',
    });
  });
});
