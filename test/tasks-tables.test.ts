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
