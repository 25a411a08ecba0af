import { describe, expect, test } from 'vitest';
import { extractTasks } from '../src/extract/tasks/index.js';
import { extractUnits } from '../src/extract/units/index.js';
import type { Table } from '../src/load/types.js';
import { snippetContext } from './helpers/seg.js';

const HEAD = ['STT', 'Nội dung', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành', 'Sản phẩm'];
const ROWS = [
  [
    '1',
    'Xây dựng kế hoạch tuyên truyền',
    'Phòng Văn hóa và Thông tin',
    'Phòng Nội vụ; UBND các xã, thị trấn',
    'Quý II/2024',
    'Kế hoạch',
  ],
  [
    '2',
    'Rà soát thủ tục hành chính',
    'Văn phòng HĐND và UBND huyện',
    'Các phòng, ban liên quan',
    'Tháng 6/2024',
    'Báo cáo',
  ],
  ['3', 'Kiểm tra việc thực hiện', 'Thanh tra huyện', 'Phòng Tư pháp', 'Năm 2024', '-'],
];
const TITLE = 'PHỤ LỤC\nDanh mục nhiệm vụ thực hiện Kế hoạch\n';

function pipes(): string {
  const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return `${TITLE}${row(HEAD)}\n|${HEAD.map(() => '---').join('|')}|\n${ROWS.map(row).join('\n')}\n`;
}

function cellLines(): string {
  return `${TITLE}${[...HEAD, ...ROWS.flat()].join('\n')}\n`;
}

// A table model as the DOCX loader gives it: the cells' text is in the text, one cell a line.
function model(): { text: string; tables: Table[] } {
  let text = TITLE;
  const rows = [HEAD, ...ROWS].map((cells) =>
    cells.map((c) => {
      const start = text.length;
      text += `${c}\n`;
      return { text: c, span: { start, end: start + c.length } };
    }),
  );
  return { text, tables: [{ rows, span: { start: TITLE.length, end: text.length } }] };
}

function tasksOf(text: string, tables: Table[] = []) {
  const ctx = snippetContext(text, [], tables);
  return extractTasks({ ...ctx, unitMentions: extractUnits(ctx) }).map(({ span, ...t }) => {
    expect(text.slice(span.start, span.end)).toContain(t.title);
    return t;
  });
}

describe('task tables', () => {
  test('three flattenings give identical tasks', () => {
    const m = model();
    const fromPipes = tasksOf(pipes());
    expect(tasksOf(cellLines())).toEqual(fromPipes);
    expect(tasksOf(m.text, m.tables)).toEqual(fromPipes);
  });

  test.each([
    [
      'PL.1',
      'Xây dựng kế hoạch tuyên truyền',
      ['Phòng Văn hóa và Thông tin'],
      ['Phòng Nội vụ', 'Ủy ban nhân dân các xã, thị trấn'],
      ['Kế hoạch'],
    ],
    [
      'PL.2',
      'Rà soát thủ tục hành chính',
      ['Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện'],
      [],
      ['Báo cáo'],
    ],
    ['PL.3', 'Kiểm tra việc thực hiện', ['Thanh tra huyện'], ['Phòng Tư pháp'], []],
  ])('%s: %s', (id, title, lead, cooperating, outputs) => {
    const task = tasksOf(pipes()).find((t) => t.id === id);
    expect(task).toMatchObject({ id, title, lead, cooperating, outputs, origin: 'table', sectionId: 'PL' });
  });

  test.each([
    ['no lead or cooperate column', '| STT | Nội dung | Ghi chú |\n| 1 | Họp | - |\n'],
    ['prose with bars', 'Báo cáo | tháng | quý\n'],
    ['a list of numbers', 'STT\n1\n2\n3\n'],
  ])('no task table: %s', (_why, text) => {
    expect(tasksOf(text)).toEqual([]);
  });
});

describe('a table one cell to a line, through the whole parse', async () => {
  const { parsePlan } = await import('../src/index.js');
  // As a PDF's text gives it: cells that recur ('Văn phòng Sở', 'Tháng 9/2025') on rows a few
  // lines apart, row numbers alone on their lines, a cell wrapped onto a second line.
  const rows = [
    [
      '1',
      'Xây dựng kế hoạch chuyển đổi số năm 2025',
      'Văn phòng Sở',
      'Các phòng chuyên môn thuộc Sở',
      'Tháng 9/2025',
    ],
    [
      '2',
      'Làm sạch dữ liệu học sinh trên cơ sở dữ liệu\nngành',
      'Phòng Kế hoạch - Tài chính',
      'Văn phòng Sở',
      'Tháng 9/2025',
    ],
    ['3', 'Triển khai học bạ số', 'Văn phòng Sở', 'Viettel Quảng Ngãi, VNPT Quảng Ngãi', 'Thường xuyên'],
  ];
  const text = [
    'SỞ GIÁO DỤC VÀ ĐÀO TẠO',
    'Số: 12/KH-SGDĐT',
    'KẾ HOẠCH',
    'Chuyển đổi số năm 2025',
    'I. NHIỆM VỤ',
    'TT',
    'Nội dung nhiệm vụ',
    'Đơn vị chủ trì',
    'Đơn vị phối hợp',
    'Thời gian thực hiện',
    ...rows.flat(),
    'II. TỔ CHỨC THỰC HIỆN',
    'Văn phòng Sở theo dõi việc thực hiện.',
  ].join('\n');
  const plan = await parsePlan(text);

  test('normalization leaves every cell on its line', () => {
    for (const cell of rows.flat()) expect(plan.text).toContain(`\n${cell.replace('\n', ' ')}\n`);
  });

  test('every row is a task with its units and its time', () => {
    const said = (t: (typeof plan.tasks)[number]) =>
      t.deadline ? plan.text.slice(t.deadline.span.start, t.deadline.span.end) : null;
    expect(plan.tasks.map((t) => [t.id, t.lead, t.cooperating, said(t)])).toEqual([
      ['PL.1', ['Văn phòng Sở'], ['Các phòng chuyên môn thuộc Sở'], 'Tháng 9/2025'],
      ['PL.2', ['Phòng Kế hoạch - Tài chính'], ['Văn phòng Sở'], 'Tháng 9/2025'],
      ['PL.3', ['Văn phòng Sở'], ['Viettel Quảng Ngãi', 'VNPT Quảng Ngãi'], 'Thường xuyên'],
    ]);
  });
});

describe('units of a cell no rule recognises', async () => {
  const { cellUnits } = await import('../src/extract/units/cell-units.js');
  test.each([
    ['Công ty Điện lực Quảng Ngãi, Hợp tác xã Phú An', ['Công ty Điện lực Quảng Ngãi', 'Hợp tác xã Phú An']],
    ['Hợp tác xã Phú An; Công ty Điện lực', ['Hợp tác xã Phú An', 'Công ty Điện lực']],
    // a comma before a lower-case word is inside the name
    ['Hợp tác xã các thôn, bản', ['Hợp tác xã các thôn, bản']],
  ])('%s', (cell, names) => {
    const found = cellUnits(cell, { start: 0, end: cell.length });
    expect(found.map((u) => u.name)).toEqual(names);
    for (const u of found) expect(cell.slice(u.span.start, u.span.end)).toBe(u.name);
  });
});

// A plan's closing: recipients, the signature; what follows it is an appendix.
const SIGNED = [
  'Nơi nhận:',
  '- Như trên;',
  '- Lưu: VT.',
  '',
  'TM. ỦY BAN NHÂN DÂN',
  'CHỦ TỊCH',
  '',
  'Nguyễn Văn An',
  '',
];

describe('a task table in a Phụ lục after the signature, with group rows', async () => {
  const { parsePlan } = await import('../src/index.js');
  const plan = await parsePlan(
    [
      'KẾ HOẠCH',
      'Chuyển đổi số năm 2025',
      'I. NHIỆM VỤ',
      '1. Tuyên truyền: Phòng Nội vụ chủ trì.',
      '',
      ...SIGNED,
      'PHỤ LỤC',
      '',
      '| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành | Sản phẩm |',
      '| I | Chính quyền số | | | | |',
      '| 1 | Ban hành Quy chế | Văn phòng HĐND và UBND huyện | Phòng Nội vụ | Trước 31/3/2025 | Quyết định |',
      '| II | KINH TẾ SỐ | KINH TẾ SỐ | KINH TẾ SỐ | KINH TẾ SỐ | KINH TẾ SỐ |',
      '| 2 | Rà soát mạng LAN | Phòng Nội vụ | Công an huyện | Quý II/2025 | Báo cáo |',
    ].join('\n'),
  );

  // the second group row repeats its merged cell in every cell, as DOCX text dumps print it
  test("group rows are no tasks, and the rows' times are their deadlines", () => {
    expect(
      plan.tasks
        .filter((t) => t.origin === 'table')
        .map((t) => [
          t.id,
          t.title,
          t.deadline && plan.text.slice(t.deadline.span.start, t.deadline.span.end),
        ]),
    ).toEqual([
      ['PL.1', 'Ban hành Quy chế', 'Trước 31/3/2025'],
      ['PL.2', 'Rà soát mạng LAN', 'Quý II/2025'],
    ]);
  });
});

describe('an appendix that lists tasks as numbered paragraphs with their fields', async () => {
  const { parsePlan } = await import('../src/index.js');
  const plan = await parsePlan(
    [
      'KẾ HOẠCH',
      'Cải thiện môi trường kinh doanh năm 2026',
      'I. NHIỆM VỤ',
      '1. Tuyên truyền: Sở Tài chính chủ trì.',
      '',
      ...SIGNED,
      'Phụ lục: DANH MỤC NHIỆM VỤ',
      '1. Rà soát, cắt giảm thủ tục hành chính',
      '- Cơ quan chủ trì: Văn phòng UBND tỉnh.',
      '- Cơ quan phối hợp: Sở Tư pháp, Sở Tài chính.',
      '- Thời gian hoàn thành: Quý II/2026.',
      '- Sản phẩm: Báo cáo kết quả rà soát.',
      '2. Tổ chức Hội nghị đối thoại với doanh nghiệp',
      '- Cơ quan chủ trì: Sở Tài chính.',
      '- Thời gian hoàn thành: trước ngày 31/10/2026.',
    ].join('\n'),
  );

  test('each item is a task with its fields, and no field line is a recipient', () => {
    expect(
      plan.tasks
        .filter((t) => t.id.startsWith('PL.'))
        .map((t) => [
          t.id,
          t.title,
          t.lead,
          t.cooperating,
          t.deadline && plan.text.slice(t.deadline.span.start, t.deadline.span.end),
          t.outputs,
        ]),
    ).toEqual([
      [
        'PL.1',
        'Rà soát, cắt giảm thủ tục hành chính',
        ['Văn phòng Ủy ban nhân dân tỉnh'],
        ['Sở Tư pháp', 'Sở Tài chính'],
        'Quý II/2026',
        ['Báo cáo kết quả rà soát'],
      ],
      [
        'PL.2',
        'Tổ chức Hội nghị đối thoại với doanh nghiệp',
        ['Sở Tài chính'],
        [],
        'trước ngày 31/10/2026',
        [],
      ],
    ]);
    expect(plan.meta.recipients).toEqual(['Như trên', 'Lưu: VT']);
  });
});
