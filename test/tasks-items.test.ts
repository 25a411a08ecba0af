import { describe, expect, test } from 'vitest';
import { extractTasks } from '../src/extract/tasks/index.js';
import { extractUnits } from '../src/extract/units/index.js';
import type { Section, SectionRole } from '../src/schema/section.js';
import { snippetContext } from './helpers/seg.js';

const TEXT = [
  'I. MỤC ĐÍCH, YÊU CẦU',
  '1. Ủy ban nhân dân xã quán triệt các nội dung.',
  'II. NHIỆM VỤ',
  '1. Tuyên truyền pháp luật',
  '- Phòng Tư pháp chủ trì, phối hợp với Phòng Văn hóa và Thông tin tổ chức tuyên truyền.',
  '2. Cải cách hành chính',
  'Đẩy mạnh cải cách thủ tục hành chính.',
  'III. TỔ CHỨC THỰC HIỆN',
  '1. Giao Phòng Nội vụ',
  '- Chủ trì, phối hợp với các cơ quan, đơn vị có liên quan triển khai Kế hoạch.',
  '- Phối hợp Phòng Tài chính - Kế hoạch dự trù kinh phí.',
  '2. Các phòng, ban chuyên môn huyện',
  'Các phòng, ban chuyên môn huyện xây dựng kế hoạch thực hiện.',
  '2.1. Phòng Y tế',
  'Hướng dẫn các xã thực hiện.',
  '2.2. Hướng dẫn nghiệp vụ',
  'Hướng dẫn nghiệp vụ cho cấp xã.',
  '3. Kinh phí thực hiện',
  'Thực hiện theo quy định.',
  '4. Ủy ban nhân dân các xã, thị trấn',
  '- Xây dựng kế hoạch thực hiện.',
  'Định kỳ các xã báo cáo kết quả về Ủy ban nhân dân huyện (qua Phòng Nội vụ).',
  'Yêu cầu Thủ trưởng các cơ quan, đơn vị tổ chức thực hiện./.',
].join('\n');

// A section whose heading is the line `heading`, running to `until` (the next sibling's line) or the end.
function sec(
  id: string,
  heading: string,
  role: SectionRole,
  until: string | null,
  children: Section[] = [],
): Section {
  const start = TEXT.indexOf(heading);
  const end = until === null ? TEXT.length : TEXT.indexOf(until, start + 1);
  const number = id.split('.').pop()!;
  const h = heading.slice(heading.indexOf(' ') + 1);
  return {
    id,
    number,
    level: id.split('.').length,
    heading: h,
    role,
    span: { start, end },
    headingSpan: { start, end: start + heading.length },
    children,
  };
}

const SECTIONS: Section[] = [
  sec('I', 'I. MỤC ĐÍCH, YÊU CẦU', 'purpose', 'II. NHIỆM VỤ', [
    sec('I.1', '1. Ủy ban nhân dân xã quán triệt các nội dung.', 'purpose', 'II. NHIỆM VỤ'),
  ]),
  sec('II', 'II. NHIỆM VỤ', 'tasks', 'III. TỔ CHỨC', [
    sec('II.1', '1. Tuyên truyền pháp luật', 'tasks', '2. Cải cách'),
    sec('II.2', '2. Cải cách hành chính', 'tasks', 'III. TỔ CHỨC'),
  ]),
  sec('III', 'III. TỔ CHỨC THỰC HIỆN', 'implementation', null, [
    sec('III.1', '1. Giao Phòng Nội vụ', 'implementation', '2. Các phòng'),
    sec('III.2', '2. Các phòng, ban chuyên môn huyện', 'implementation', '3. Kinh phí', [
      sec('III.2.1', '2.1. Phòng Y tế', 'implementation', '2.2. Hướng dẫn'),
      sec('III.2.2', '2.2. Hướng dẫn nghiệp vụ', 'implementation', '3. Kinh phí'),
    ]),
    sec('III.3', '3. Kinh phí thực hiện', 'implementation', '4. Ủy ban'),
    sec('III.4', '4. Ủy ban nhân dân các xã, thị trấn', 'implementation', null),
  ]),
];

const ctx = snippetContext(TEXT, SECTIONS);
const tasks = extractTasks({ ...ctx, unitMentions: extractUnits(ctx) });

describe('tasks from section items', () => {
  test('which items are tasks', () => {
    expect(tasks.map((t) => t.id)).toEqual(['II.1', 'II.2', 'III.1', 'III.2', 'III.2.1', 'III.2.2', 'III.4']);
  });

  test.each([
    ['II.1', 'tasks', ['Phòng Tư pháp'], ['Phòng Văn hóa và Thông tin']],
    ['II.2', 'tasks', [], []],
    ['III.1', 'implementation', ['Phòng Nội vụ'], ['Phòng Tài chính - Kế hoạch']],
    ['III.2', 'implementation', ['Các phòng, ban chuyên môn huyện'], []],
    ['III.2.1', 'implementation', ['Phòng Y tế'], []],
    // inherited from the parent item's heading
    ['III.2.2', 'implementation', ['Các phòng, ban chuyên môn huyện'], []],
    ['III.4', 'implementation', ['Ủy ban nhân dân các xã, thị trấn'], []],
  ])('%s', (id, origin, lead, cooperating) => {
    expect(tasks.find((t) => t.id === id)).toMatchObject({ id, sectionId: id, origin, lead, cooperating });
  });

  test('an item ends before the plain paragraph after its bullets and before the closing', () => {
    const last = tasks.find((t) => t.id === 'III.4')!;
    expect(TEXT.slice(last.span.start, last.span.end)).toBe(
      '4. Ủy ban nhân dân các xã, thị trấn\n- Xây dựng kế hoạch thực hiện.',
    );
    expect(last.text).not.toContain('Định kỳ');
  });

  test('a parent item stops at its first child', () => {
    expect(tasks.find((t) => t.id === 'III.2')!.text).not.toContain('Phòng Y tế');
  });
});

describe('a reporting item', async () => {
  const { parsePlan } = await import('../src/index.js');
  const plan = await parsePlan(
    [
      'KẾ HOẠCH',
      'Tuyên truyền pháp luật năm 2025',
      'I. NỘI DUNG',
      '1. Tuyên truyền pháp luật cho Nhân dân.',
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Phòng Tư pháp chủ trì triển khai Kế hoạch.',
      '2. Chế độ thông tin, báo cáo',
      'Các cơ quan, đơn vị được giao nhiệm vụ và UBND các xã, thị trấn báo cáo kết quả trước ngày 10/6/2025 về UBND huyện (qua Phòng Tư pháp).',
    ].join('\n'),
  );

  test('is a task, led by the units that send the reports (not the generic ones)', () => {
    expect(plan.tasks.find((t) => t.id === 'II.2')).toMatchObject({
      origin: 'implementation',
      lead: ['Ủy ban nhân dân các xã, thị trấn'],
      cooperating: [],
    });
  });
});

describe('a plan of numbered items and no parts', async () => {
  const { parsePlan } = await import('../src/index.js');
  const plan = await parsePlan(
    [
      'KẾ HOẠCH',
      'Chuyển đổi số năm 2025',
      'Ủy ban nhân dân huyện ban hành Kế hoạch chuyển đổi số năm 2025 với các nhiệm vụ cụ thể như sau:',
      '1. Tuyên truyền về chuyển đổi số: Phòng Nội vụ chủ trì, phối hợp với Huyện Đoàn tuyên truyền.',
      '2. Dữ liệu dân cư: Công an huyện rà soát dữ liệu dân cư.',
      '3. Kinh phí: từ ngân sách huyện.',
    ].join('\n'),
  );

  test('its items that give a unit work are its tasks', () => {
    expect(plan.tasks.map((t) => [t.id, t.origin, t.lead, t.cooperating])).toEqual([
      ['1', 'tasks', ['Phòng Nội vụ'], ['Huyện Đoàn']],
      ['2', 'tasks', ['Công an huyện'], []],
    ]);
  });
});
