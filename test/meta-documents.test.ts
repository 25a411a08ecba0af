import { describe, expect, test } from 'vitest';
import { parsePlan } from '../src/index.js';
import type { Section } from '../src/schema/section.js';

const flat = (sections: readonly Section[]): Section[] => sections.flatMap((s) => [s, ...flat(s.children)]);

const DECISION = `ỦY BAN NHÂN DÂN
XÃ TÂN LẬP

Số: 15/QĐ-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Tân Lập, ngày 10 tháng 01 năm 2025

QUYẾT ĐỊNH
Ban hành Kế hoạch thực hiện công tác dân vận chính quyền năm 2025

CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ TÂN LẬP

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Căn cứ Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ;
Theo đề nghị của công chức Văn phòng - Thống kê xã.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện công tác dân vận chính quyền năm 2025.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Điều 3. Văn phòng HĐND và UBND xã, các ban, ngành liên quan chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Lưu: VT.

CHỦ TỊCH

Nguyễn Văn Tâm

ỦY BAN NHÂN DÂN
XÃ TÂN LẬP

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

KẾ HOẠCH
Thực hiện công tác dân vận chính quyền năm 2025
(Ban hành kèm theo Quyết định số 15/QĐ-UBND ngày 10/01/2025 của Chủ tịch UBND xã)

I. MỤC ĐÍCH, YÊU CẦU
1. Nâng cao hiệu quả công tác dân vận chính quyền.
II. NHIỆM VỤ
1. Tổ chức tiếp công dân định kỳ.
III. TỔ CHỨC THỰC HIỆN
1. Văn phòng - Thống kê: theo dõi, tổng hợp, báo cáo.
`;

describe('a plan issued by a decision', () => {
  test('the Plan describes the attached plan; issuedWith records the decision', async () => {
    const plan = await parsePlan(DECISION);
    expect(plan.meta).toMatchObject({
      docType: 'Kế hoạch',
      title: 'Thực hiện công tác dân vận chính quyền năm 2025',
      number: null,
      issuer: 'Ủy ban nhân dân xã Tân Lập',
      year: 2025,
      issuedWith: {
        type: 'Quyết định',
        number: '15/QĐ-UBND',
        issuedDate: '2025-01-10',
        signer: { name: 'Nguyễn Văn Tâm', title: 'Chủ tịch', authority: null, mode: null },
      },
    });
    expect(plan.warnings.filter((w) => w.code === 'NOT_A_PLAN')).toEqual([]);
  });

  test("the decision's articles are not sections", async () => {
    const plan = await parsePlan(DECISION);
    expect(flat(plan.sections).map((s) => s.id)).toEqual(['I', 'I.1', 'II', 'II.1', 'III', 'III.1']);
    const first = plan.sections[0]!;
    expect(plan.text.slice(first.span.start, first.span.start + 5)).toBe('I. MỤ');
  });

  test('the plan, printing none of its own, is dated, signed and sent with the decision', async () => {
    const plan = await parsePlan(DECISION);
    expect(plan.meta).toMatchObject({
      issuedDate: '2025-01-10',
      signer: { name: 'Nguyễn Văn Tâm', title: 'Chủ tịch' },
      recipients: ['Như Điều 3', 'Lưu: VT'],
    });
  });
});

describe('signatures', () => {
  const closing = (block: string) =>
    `KẾ HOẠCH\nCông tác năm 2024\n\nI. NHIỆM VỤ\n1. Tuyên truyền.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\n${block}\n`;
  test.each([
    [
      'TM. ỦY BAN NHÂN DÂN\nQUYỀN CHỦ TỊCH\n\nNguyễn Công Trắc',
      'TM',
      'Ủy ban nhân dân',
      'Quyền Chủ tịch',
      'Nguyễn Công Trắc',
    ],
    [
      'TM. ỦY BAN NHÂN DÂN XÃ\nCHỦ TỊCH\n\nTrần Văn Xuyến',
      'TM',
      'Ủy ban nhân dân xã',
      'Chủ tịch',
      'Trần Văn Xuyến',
    ],
    [
      'TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLê Thị Mai',
      'KT',
      'Ủy ban nhân dân',
      'Phó Chủ tịch',
      'Lê Thị Mai',
    ],
    [
      'TL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\n(Đã ký)\nĐỗ Minh Quân',
      'TL',
      'Chủ tịch',
      'Chánh Văn phòng',
      'Đỗ Minh Quân',
    ],
    [
      'TUQ. CHỦ TỊCH\nGIÁM ĐỐC SỞ NỘI VỤ\n\nHOÀNG VĂN NAM',
      'TUQ',
      'Chủ tịch',
      'Giám đốc Sở Nội vụ',
      'Hoàng Văn Nam',
    ],
    ['CHỦ TỊCH\n\nNguyễn Xuân Lâm', null, null, 'Chủ tịch', 'Nguyễn Xuân Lâm'],
  ])('%j', async (block, mode, authority, title, name) => {
    const plan = await parsePlan(closing(block));
    expect(plan.meta.signer).toEqual({ name, title, authority, mode });
    expect(plan.meta.recipients).toEqual(['Như trên', 'Lưu: VT']);
  });

  test('no signature block gives no signer (negative)', async () => {
    const plan = await parsePlan('KẾ HOẠCH\nCông tác năm 2024\n\nI. NHIỆM VỤ\n1. Tuyên truyền.\n');
    expect(plan.meta.signer).toBeNull();
    expect(plan.meta.recipients).toEqual([]);
  });
});

describe('documents that are not plans', () => {
  test('a news paragraph: a Plan with NOT_A_PLAN and NO_SECTIONS, nothing invented', async () => {
    const plan = await parsePlan(
      'Sáng 12/3, tại trụ sở UBND xã Tân Lập đã diễn ra hội nghị tổng kết công tác năm 2024. Đến dự có đại diện lãnh đạo huyện và các ban, ngành.',
    );
    expect(plan.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['NOT_A_PLAN', 'NO_SECTIONS']));
    expect(plan.meta).toMatchObject({
      title: null,
      number: null,
      issuer: null,
      signer: null,
      recipients: [],
    });
    expect(plan.sections).toEqual([]);
  });

  test('a report: docType says what it is, and a NOT_A_PLAN warning points at it', async () => {
    const plan = await parsePlan(
      'BÁO CÁO\nKết quả công tác dân vận năm 2024\n\nI. KẾT QUẢ ĐẠT ĐƯỢC\n1. Tuyên truyền.\n',
    );
    expect(plan.meta.docType).toBe('Báo cáo');
    expect(plan.meta.title).toBe('Kết quả công tác dân vận năm 2024');
    const w = plan.warnings.find((x) => x.code === 'NOT_A_PLAN')!;
    expect(plan.text.slice(w.span!.start, w.span!.end)).toBe('BÁO CÁO');
    expect(flat(plan.sections).map((s) => s.id)).toEqual(['I', 'I.1']);
  });

  test('an empty text: a Plan with EMPTY_TEXT', async () => {
    const plan = await parsePlan('   \n\n');
    expect(plan.warnings.map((w) => w.code)).toContain('EMPTY_TEXT');
    expect(plan.sections).toEqual([]);
  });
});

const PARTY = `   ĐẢNG BỘ HUYỆN KIM THÀNH              ĐẢNG CỘNG SẢN VIỆT NAM
      ĐẢNG ỦY XÃ KIM XUYÊN
               *
       Số 12-KH/ĐU                Kim Xuyên, ngày 05 tháng 4 năm 2024

                                  KẾ HOẠCH
              tổ chức các hoạt động kỷ niệm 70 năm Chiến thắng
                              Điện Biên Phủ
                                -----

      Thực hiện Hướng dẫn số 118-HD/BTGTW ngày 20/12/2023 của Ban Tuyên giáo
Trung ương, Ban Thường vụ Đảng ủy xây dựng kế hoạch như sau:

      I- MỤC ĐÍCH, YÊU CẦU
      1- Tuyên truyền sâu rộng ý nghĩa lịch sử của Chiến thắng Điện Biên Phủ
trong cán bộ, đảng viên và Nhân dân.
      2- Các hoạt động kỷ niệm phải thiết thực, tiết kiệm.
      II- NỘI DUNG
      1- Tổ chức tuyên truyền trên hệ thống truyền thanh xã.
      2- Tổ chức hội nghị gặp mặt cựu chiến binh.
      III- TỔ CHỨC THỰC HIỆN
      1- Ban Tuyên giáo Đảng ủy chủ trì, tham mưu triển khai kế hoạch.
      2- Đề nghị Mặt trận Tổ quốc và các đoàn thể phối hợp thực hiện.

Nơi nhận:                                  T/M ĐẢNG ỦY
- Ban Tuyên giáo Huyện ủy,                      BÍ THƯ
- Các chi bộ,
- Lưu VP.
                                             Trần Văn Dũng
`;

describe('a party committee plan: party numbering and signature', () => {
  test('number, issuer, title over centred lines, 1- items, T/M signature, recipients ending in commas', async () => {
    const plan = await parsePlan(PARTY);
    expect(plan.meta).toMatchObject({
      title: 'Tổ chức các hoạt động kỷ niệm 70 năm Chiến thắng Điện Biên Phủ',
      number: '12-KH/ĐU',
      code: 'KH/ĐU',
      issuer: 'Đảng ủy xã Kim Xuyên',
      place: 'Kim Xuyên',
      issuedDate: '2024-04-05',
      signer: { name: 'Trần Văn Dũng', title: 'Bí thư', authority: 'Đảng ủy', mode: 'TM' },
      recipients: ['Ban Tuyên giáo Huyện ủy', 'Các chi bộ', 'Lưu VP'],
    });
    expect(flat(plan.sections).map((s) => s.id)).toEqual([
      'I',
      'I.1',
      'I.2',
      'II',
      'II.1',
      'II.2',
      'III',
      'III.1',
      'III.2',
    ]);
  });
});
