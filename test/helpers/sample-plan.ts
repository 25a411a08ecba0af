import { parsePlan } from '../../src/index.js';
import { type Plan, planSchema } from '../../src/schema/plan.js';
import type { Section } from '../../src/schema/section.js';
import type { Span } from '../../src/schema/span.js';

// A small plan whose records are placed by hand: every kind of span, nested and crossing,
// so the view and the tables can be tested before (and independently of) the extractors.
export const sampleText = `ỦY BAN NHÂN DÂN
XÃ AN BÌNH
Số: 12/KH-UBND
An Bình, ngày 10 tháng 02 năm 2024

KẾ HOẠCH
Thực hiện công tác dân vận chính quyền năm 2024

Căn cứ Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ về tiếp tục tăng cường và đổi mới công tác dân vận; Ủy ban nhân dân xã xây dựng Kế hoạch như sau:

I. MỤC ĐÍCH, YÊU CẦU
1. Triển khai có hiệu quả Chỉ thị số 33/CT-TTg, quán triệt các Chủ trƣơng của Đảng <về> "dân vận" & pháp luật.
II. NHIỆM VỤ
1. Tuyên truyền, phổ biến pháp luật
Giao Văn phòng - Thống kê chủ trì, phối hợp với Ủy ban Mặt trận Tổ quốc xã thực hiện; thời gian: trước ngày 30/6/2024.
2. Thực hiện Quy chế dân chủ ở cơ sở
Công chức Tư pháp - Hộ tịch tham mưu Ủy ban nhân dân xã triển khai trong quý III năm 2024.
III. TỔ CHỨC THỰC HIỆN
Văn phòng - Thống kê báo cáo kết quả định kỳ 6 tháng (trước ngày 10/6) về Phòng Nội vụ huyện.
`;

/** The spans of every occurrence of `phrase` in `text` (or the `nth` one only). */
export function spansOf(text: string, phrase: string, nth?: number): Span[] {
  const spans: Span[] = [];
  for (let at = text.indexOf(phrase); at !== -1; at = text.indexOf(phrase, at + 1)) {
    spans.push({ start: at, end: at + phrase.length });
  }
  if (!spans.length) throw new Error(`not in the text: ${phrase}`);
  return nth === undefined ? spans : [spans[nth]!];
}

const between = (text: string, from: string, to: string): Span => {
  const start = text.indexOf(from);
  const end = to ? text.indexOf(to, start) : text.length;
  return { start, end };
};

export async function samplePlan(): Promise<Plan> {
  const base = await parsePlan(sampleText);
  const t = base.text;
  const one = (phrase: string, nth = 0) => spansOf(t, phrase, nth)[0]!;
  const section = (
    id: string,
    heading: string,
    role: Section['role'],
    span: Span,
    children: Section[] = [],
  ) => ({
    id,
    number: id.split('.').at(-1)!,
    level: id.split('.').length,
    heading,
    role,
    span,
    headingSpan: one(heading),
    children,
  });
  const deadline1 = {
    text: 'trước ngày 30/6/2024',
    kind: 'before' as const,
    date: '2024-06-30',
    span: one('trước ngày 30/6/2024'),
  };
  const deadline2 = {
    text: 'trong quý III năm 2024',
    kind: 'period' as const,
    start: '2024-07-01',
    end: '2024-09-30',
    span: one('trong quý III năm 2024'),
  };
  const task1Span = between(t, '1. Tuyên truyền', '2. Thực hiện Quy chế');
  const task2Span = between(t, '2. Thực hiện Quy chế', 'III. TỔ CHỨC');
  const plan: Plan = {
    ...base,
    sections: [
      section('I', 'MỤC ĐÍCH, YÊU CẦU', 'purpose', between(t, 'I. MỤC ĐÍCH', 'II. NHIỆM VỤ'), [
        section(
          'I.1',
          'Triển khai có hiệu quả Chỉ thị số 33/CT-TTg',
          'purpose',
          between(t, '1. Triển khai', 'II. NHIỆM VỤ'),
        ),
      ]),
      section('II', 'NHIỆM VỤ', 'tasks', between(t, 'II. NHIỆM VỤ', 'III. TỔ CHỨC'), [
        section('II.1', 'Tuyên truyền, phổ biến pháp luật', 'tasks', task1Span),
        section('II.2', 'Thực hiện Quy chế dân chủ ở cơ sở', 'tasks', task2Span),
      ]),
      section('III', 'TỔ CHỨC THỰC HIỆN', 'implementation', between(t, 'III. TỔ CHỨC', '')),
    ],
    citations: [
      {
        id: '33/CT-TTg',
        type: 'Chỉ thị',
        number: '33',
        year: 2021,
        issuedDate: '2021-11-26',
        issuer: 'Thủ tướng Chính phủ',
        title: 'tiếp tục tăng cường và đổi mới công tác dân vận',
        mentions: spansOf(t, 'Chỉ thị số 33/CT-TTg'),
      },
    ],
    deadlines: [
      deadline1,
      deadline2,
      {
        text: 'định kỳ 6 tháng (trước ngày 10/6)',
        kind: 'recurring',
        every: 'P6M',
        due: '--06-10',
        span: one('định kỳ 6 tháng (trước ngày 10/6)'),
      },
    ],
    units: [
      {
        name: 'Văn phòng - Thống kê',
        mentions: spansOf(t, 'Văn phòng - Thống kê'),
        roles: ['lead', 'report'],
      },
      {
        name: 'Ủy ban Mặt trận Tổ quốc xã',
        mentions: spansOf(t, 'Ủy ban Mặt trận Tổ quốc xã'),
        roles: ['cooperate'],
      },
      {
        name: 'Công chức Tư pháp - Hộ tịch',
        mentions: spansOf(t, 'Công chức Tư pháp - Hộ tịch'),
        roles: ['advise'],
      },
      { name: 'Phòng Nội vụ huyện', mentions: spansOf(t, 'Phòng Nội vụ huyện'), roles: ['receive'] },
    ],
    tasks: [
      {
        id: 'II.1',
        sectionId: 'II.1',
        origin: 'tasks',
        title: 'Tuyên truyền, phổ biến pháp luật',
        text: t.slice(task1Span.start, task1Span.end),
        lead: ['Văn phòng - Thống kê'],
        cooperating: ['Ủy ban Mặt trận Tổ quốc xã'],
        deadline: deadline1,
        outputs: [],
        citations: [],
        span: task1Span,
      },
      {
        id: 'II.2',
        sectionId: 'II.2',
        origin: 'tasks',
        title: 'Thực hiện Quy chế dân chủ ở cơ sở',
        text: t.slice(task2Span.start, task2Span.end),
        lead: ['Công chức Tư pháp - Hộ tịch'],
        cooperating: [],
        deadline: deadline2,
        outputs: [],
        citations: [],
        span: task2Span,
      },
    ],
    corrections: [
      ...base.corrections,
      // Crosses the start of a unit mention: the view must split, not drop, one of them.
      { kind: 'ocr', from: 'vói Ủy ban', to: 'với Ủy ban', span: one('với Ủy ban'), confidence: 0.9 },
      // An empty span (text removed by layout repair) is still one highlighted correction.
      {
        kind: 'layout',
        from: '- 2 -',
        to: '',
        span: { start: one('II. NHIỆM VỤ').start, end: one('II. NHIỆM VỤ').start },
        confidence: 1,
      },
    ],
  };
  return planSchema.parse(plan) as Plan;
}
