import { describe, expect, test } from 'vitest';
import { parsePlan } from '../src/index.js';
import type { Plan } from '../src/schema/plan.js';
import type { Section } from '../src/schema/section.js';

const flat = (sections: readonly Section[]): Section[] => sections.flatMap((s) => [s, ...flat(s.children)]);
const outline = (plan: Plan) => flat(plan.sections).map((s) => [s.id, s.heading, s.role] as const);
const headingText = (plan: Plan, id: string): string => {
  const s = flat(plan.sections).find((x) => x.id === id)!;
  return plan.text.slice(s.headingSpan.start, s.headingSpan.end);
};

const PLAN = `KẾ HOẠCH
Triển khai công tác chuyển đổi số năm 2024

Căn cứ Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ; Ủy ban nhân dân xã Tân Lập xây dựng Kế hoạch như sau:

I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích:
Nâng cao nhận thức của cán bộ, công chức về chuyển đổi số.
2. Yêu cầu: Bám sát chỉ đạo của cấp trên, bảo đảm thiết thực, hiệu quả.
II. NHIỆM VỤ VÀ GIẢI PHÁP
1. Tuyên truyền, nâng cao nhận thức về chuyển đổi số
- Tổ chức hội nghị quán triệt cho cán bộ, công chức.
+ Thời gian: Quý II năm 2024.
2.Phát triển hạ tầng số
2.1. Rà soát thiết bị của bộ phận một cửa
Hoàn thành trong tháng 6 năm 2024.
2.2. Nâng cấp đường truyền Internet
a) Lắp đặt đường truyền cáp quang cho trụ sở xã.
b) Trang bị thiết bị phát sóng không dây. Kinh phí từ ngân sách xã.
IV. TỔ CHỨC THỰC HIỆN
1. Văn phòng - Thống kê: Chủ trì theo dõi, đôn đốc thực hiện Kế hoạch.
2. Đài Truyền thanh xã Xây dựng chuyên mục về chuyển đổi số.
3. Chế độ báo cáo: Định kỳ 6 tháng, các bộ phận báo cáo về Văn phòng - Thống kê.
4. Trên cơ sở Kế hoạch này, các ban, ngành chịu trách nhiệm: Chủ động xây dựng kế hoạch của đơn vị.

Nơi nhận:
- UBND huyện (b/c);
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Lê Văn Bình
`;

describe('segment: the section tree of a plan with every common scheme', () => {
  let plan: Plan;
  test('ids, headings and roles', async () => {
    plan = await parsePlan(PLAN);
    expect(outline(plan)).toEqual([
      ['I', 'MỤC ĐÍCH, YÊU CẦU', 'purpose'],
      ['I.1', 'Mục đích', 'purpose'],
      ['I.2', 'Yêu cầu', 'purpose'],
      ['II', 'NHIỆM VỤ VÀ GIẢI PHÁP', 'tasks'],
      ['II.1', 'Tuyên truyền, nâng cao nhận thức về chuyển đổi số', 'tasks'],
      ['II.2', 'Phát triển hạ tầng số', 'tasks'],
      ['II.2.1', 'Rà soát thiết bị của bộ phận một cửa', 'tasks'],
      ['II.2.2', 'Nâng cấp đường truyền Internet', 'tasks'],
      ['II.2.2.a', 'Lắp đặt đường truyền cáp quang cho trụ sở xã', 'tasks'],
      ['II.2.2.b', 'Trang bị thiết bị phát sóng không dây', 'tasks'],
      ['IV', 'TỔ CHỨC THỰC HIỆN', 'implementation'],
      ['IV.1', 'Văn phòng - Thống kê', 'implementation'],
      ['IV.2', 'Đài Truyền thanh xã', 'implementation'],
      ['IV.3', 'Chế độ báo cáo', 'reporting'],
      [
        'IV.4',
        'Trên cơ sở Kế hoạch này, các ban, ngành chịu trách nhiệm: Chủ động xây dựng kế hoạch của đơn vị',
        'implementation',
      ],
    ]);
  });

  test('levels and printed numbers', () => {
    const s = flat(plan.sections);
    expect(s.map((x) => x.level)).toEqual([1, 2, 2, 1, 2, 2, 3, 3, 4, 4, 1, 2, 2, 2, 2]);
    expect(s.find((x) => x.id === 'II.2.1')?.number).toBe('2.1');
    expect(s.find((x) => x.id === 'II.2.2.a')?.number).toBe('a');
  });

  test.each([
    ['II.2', 'Phát triển hạ tầng số'],
    ['IV.2', 'Đài Truyền thanh xã'],
    ['I.1', 'Mục đích'],
  ])('headingSpan of %s slices to its heading', (id, text) => {
    expect(headingText(plan, id)).toBe(text);
  });

  test('a section span covers its children; bullets are not sections', () => {
    const ii = plan.sections.find((x) => x.id === 'II')!;
    const body = plan.text.slice(ii.span.start, ii.span.end);
    expect(body.startsWith('II. NHIỆM VỤ')).toBe(true);
    expect(body).toContain('b) Trang bị thiết bị');
    expect(body).not.toContain('TỔ CHỨC THỰC HIỆN');
    expect(flat(plan.sections).some((x) => x.heading.startsWith('Tổ chức hội nghị'))).toBe(false);
  });

  test("'II' then 'IV' keeps 'IV' and warns SECTION_NUMBER_GAP", () => {
    const gap = plan.warnings.filter((w) => w.code === 'SECTION_NUMBER_GAP');
    expect(gap).toHaveLength(1);
    expect(plan.text.slice(gap[0]!.span!.start, gap[0]!.span!.end)).toBe('IV. TỔ CHỨC THỰC HIỆN');
  });

  test('the closing is not a section and the preamble is not either', () => {
    const last = flat(plan.sections).at(-1)!;
    expect(plan.text.slice(last.span.start, last.span.end)).not.toContain('Nơi nhận');
    expect(flat(plan.sections).some((x) => x.heading.includes('Căn cứ'))).toBe(false);
  });
});

const PARTS = `KẾ HOẠCH
Phát triển kinh tế - xã hội giai đoạn 2026 - 2030

PHẦN THỨ NHẤT
ĐÁNH GIÁ KẾT QUẢ GIAI ĐOẠN TRƯỚC
I. KẾT QUẢ ĐẠT ĐƯỢC
1. Về kinh tế
Tăng trưởng bình quân đạt 7,2%/năm.
II. TỒN TẠI, HẠN CHẾ
PHẦN THỨ HAI
MỤC TIÊU, NHIỆM VỤ GIAI ĐOẠN 2026 - 2030
A. MỤC TIÊU CHUNG
Phát triển nhanh và bền vững.
B. NHIỆM VỤ, GIẢI PHÁP
I. PHÁT TRIỂN NÔNG NGHIỆP
1. Chuyển đổi cơ cấu cây trồng
1.1. Mở rộng diện tích lúa chất lượng cao
II. TỔ CHỨC THỰC HIỆN
Phần 3: Kinh phí thực hiện
`;

describe("segment: 'Phần' and 'A./B.' numbering", () => {
  test('parts are P1, P2 …; letters keep their letter', async () => {
    const plan = await parsePlan(PARTS);
    expect(outline(plan)).toEqual([
      ['P1', 'ĐÁNH GIÁ KẾT QUẢ GIAI ĐOẠN TRƯỚC', 'other'],
      ['P1.I', 'KẾT QUẢ ĐẠT ĐƯỢC', 'other'],
      ['P1.I.1', 'Về kinh tế', 'other'],
      ['P1.II', 'TỒN TẠI, HẠN CHẾ', 'other'],
      ['P2', 'MỤC TIÊU, NHIỆM VỤ GIAI ĐOẠN 2026 - 2030', 'purpose'],
      ['P2.A', 'MỤC TIÊU CHUNG', 'purpose'],
      ['P2.B', 'NHIỆM VỤ, GIẢI PHÁP', 'tasks'],
      ['P2.B.I', 'PHÁT TRIỂN NÔNG NGHIỆP', 'tasks'],
      ['P2.B.I.1', 'Chuyển đổi cơ cấu cây trồng', 'tasks'],
      ['P2.B.I.1.1', 'Mở rộng diện tích lúa chất lượng cao', 'tasks'],
      ['P2.B.II', 'TỔ CHỨC THỰC HIỆN', 'implementation'],
      ['P3', 'Kinh phí thực hiện', 'other'],
    ]);
    expect(headingText(plan, 'P1')).toBe('ĐÁNH GIÁ KẾT QUẢ GIAI ĐOẠN TRƯỚC');
  });
});

describe('segment: headings wrapped over lines, with blank lines between', () => {
  const text = [
    'KẾ HOẠCH',
    'Thực hiện công tác cải cách hành chính năm 2024',
    '',
    'I. NHIỆM VỤ TRỌNG TÂM',
    '1. Tổ chức quán triệt và thể chế hóa chủ trương, đường lối của Đảng, ',
    '',
    'chính sách, pháp luật của Nhà nước về cải cách hành chính',
    'Tổ chức quán triệt và thể chế hóa các văn bản của cấp trên về cải cách hành chính.',
    '2. Phòng Nội vụ: theo dõi, đôn đốc các xã, thị trấn thực hiện.',
  ].join('\n');
  test.each([
    [
      'I.1',
      'Tổ chức quán triệt và thể chế hóa chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước về cải cách hành chính',
    ],
    ['I.2', 'Phòng Nội vụ'],
  ])('%s', async (id, heading) => {
    const plan = await parsePlan(text);
    const s = flat(plan.sections).find((x) => x.id === id)!;
    expect(s.heading).toBe(heading);
    expect(plan.text.slice(s.headingSpan.start, s.headingSpan.end).replace(/\s+/g, ' ')).toBe(heading);
  });
});

describe('segment: lines that look numbered but are not sections (negative rows)', () => {
  test.each([
    ['a year at a line start', 'Trên đây là Kế hoạch năm\n2025. Đề nghị các đơn vị thực hiện.'],
    ['a date at a line start', 'Kết luận số 120-KL/TW ngày\n07/01/2016 của Bộ Chính trị.'],
    ['an amount', 'Tổng kinh phí là\n1.500 triệu đồng.'],
    ['a bullet', '- Tổ chức hội nghị.\n+ Thời gian: Quý II.\n• Kinh phí: ngân sách xã.'],
  ])('%s', async (_name, body) => {
    const plan = await parsePlan(`KẾ HOẠCH\nCông tác năm 2025\n\nI. NHIỆM VỤ\n${body}`);
    expect(flat(plan.sections).map((s) => s.id)).toEqual(['I']);
  });
});

describe('segment: document type and title variants', () => {
  test.each([
    [
      'KẾ HOẠCH THỰC HIỆN CÔNG TÁC DÂN VẬN\nNĂM 2024\n\nI. MỤC ĐÍCH',
      'KẾ HOẠCH',
      'THỰC HIỆN CÔNG TÁC DÂN VẬN NĂM 2024',
    ],
    [
      'Kế hoạch\nThực hiện công tác dân vận năm 2024\n\nI. MỤC ĐÍCH',
      'Kế hoạch',
      'Thực hiện công tác dân vận năm 2024',
    ],
    [
      'KẾ HOẠCH\nThực hiện Quy chế dân chủ ở cơ sở’ và công tác dân vận\n\nnăm 2023\n-----\nI. MỤC ĐÍCH',
      'KẾ HOẠCH',
      'Thực hiện Quy chế dân chủ ở cơ sở và công tác dân vận năm 2023',
    ],
  ])('%j', async (text, docTypeText, title) => {
    const plan = await parsePlan(text);
    expect(plan.meta.docType).toBe('Kế hoạch');
    expect(plan.meta.title).toBe(title);
    expect(flat(plan.sections).map((s) => s.id)).toEqual(['I']);
    expect(plan.text).toContain(docTypeText);
  });
});

describe('segment: the closing starts only at a real signature block (negative rows)', () => {
  test.each(['Chủ tịch UBND phường thực hiện', 'Chủ tịch'])(
    'a body line %j before more items is not the closing',
    async (line) => {
      const plan = await parsePlan(
        `KẾ HOẠCH\nCông tác năm 2024\n\nI. NHIỆM VỤ\n1. Tiếp dân.\n${line}\n2. Đối thoại.\nII. TỔ CHỨC THỰC HIỆN\n`,
      );
      const ids = flat(plan.sections).map((s) => s.id);
      if (line === 'Chủ tịch') expect(ids).toEqual(['I', 'I.1']);
      else expect(ids).toEqual(['I', 'I.1', 'I.2', 'II']);
    },
  );
});

describe('segment: a number with only a mark after it', () => {
  test("'06).' ending a wrapped footnote is no section, and the items after it stay", async () => {
    const { parsePlan } = await import('../src/index.js');
    const plan = await parsePlan(
      [
        'KẾ HOẠCH',
        'Thử nghiệm năm 2025',
        'I. NHIỆM VỤ',
        '1. Tuyên truyền: Phòng Nội vụ chủ trì tuyên truyền về chuyển đổi số¹.',
        '2. Hạ tầng số: Phòng Tư pháp rà soát mạng LAN.',
        '¹ Theo Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ (gọi tắt là Đề án',
        '06).',
        '3. Dữ liệu dân cư: Công an huyện rà soát dữ liệu dân cư.',
      ].join('\n'),
    );
    expect(flat(plan.sections).map((s) => s.id)).toEqual(['I', 'I.1', 'I.2', 'I.3']);
  });
});
