import { describe, expect, test } from 'vitest';
import { joinWrappedLines } from '../src/load/pdf/join-wrapped-lines.js';
import type { PageContent, PageLine } from '../src/load/pdf/read-page.js';

// Lines as pdf-parse places them on an A4 page: [text, top, left, right] in points.
type Row = [string, number, number, number];
const page = (rows: Row[]): PageContent => ({
  width: 595,
  height: 842,
  blocks: rows.map(([text, top, left, right]) => ({
    kind: 'line',
    line: { text, top, left, right } as PageLine,
  })),
});
const texts = (p: PageContent) => p.blocks.map((b) => (b.kind === 'line' ? b.line.text : '[table]'));

// A justified body: full lines end at 538 pt, paragraphs start indented at 113.5 pt, 16 pt pitch.
const body: Row[] = [
  ['Tích cực triển khai các phong trào thi đua trên các lĩnh vực gắn với đẩy mạnh', 60, 113.5, 538.2],
  ['học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.', 76, 85.2, 400.1],
];

describe('joinWrappedLines: a word wrap is undone from the page geometry', () => {
  test.each<[string, Row[], string[]]>([
    [
      "a heading filled to the margin, continued by '- xã hội'",
      [
        ...body,
        ['6. Công tác phối hợp với Ủy ban Mặt trận Tổ quốc, các tổ chức chính trị', 98, 85.2, 538.3],
        ['- xã hội trong công tác dân vận.', 114, 85.2, 273.3],
      ],
      [
        'Tích cực triển khai các phong trào thi đua trên các lĩnh vực gắn với đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.',
        '6. Công tác phối hợp với Ủy ban Mặt trận Tổ quốc, các tổ chức chính trị - xã hội trong công tác dân vận.',
      ],
    ],
    [
      'a recipient wrapped in its column: the next word would not have fitted',
      [
        ['- UBMTTQ Việt Nam huyện;', 400, 90.6, 260.8],
        ['- Các tổ chức chính trị - xã hội', 416, 90.6, 262.2],
        ['huyện;', 432, 90.6, 131.8],
        ['- Các phòng ban, ngành huyện;', 448, 90.6, 268.7],
      ],
      [
        '- UBMTTQ Việt Nam huyện;',
        '- Các tổ chức chính trị - xã hội huyện;',
        '- Các phòng ban, ngành huyện;',
      ],
    ],
    [
      'no: the longest line of a ragged list shows no edge, the next item stays',
      [
        ['- BCH Đảng bộ;', 400, 90.6, 182.7],
        ['- Các tổ chức chính trị - xã hội', 416, 90.6, 262.2],
        ['- Lưu.', 432, 90.6, 125.4],
      ],
      ['- BCH Đảng bộ;', '- Các tổ chức chính trị - xã hội', '- Lưu.'],
    ],
    [
      'no: a centred signature (all caps, then a name further left)',
      [
        ['TM. ỦY BAN NHÂN DÂN', 300, 333.3, 494.5],
        ['CHỦ TỊCH', 316, 378.8, 449.1],
        ['Nguyễn Văn An', 332, 360.7, 467.2],
      ],
      ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Nguyễn Văn An'],
    ],
    [
      'no: paragraph spacing, an indented first line, a sentence end',
      [
        ...body,
        ['Tiếp tục thực hiện nghiêm túc các quy định về tiếp công dân, giải quyết', 98, 113.5, 538.0],
        ['khiếu nại, tố cáo theo thẩm quyền', 114, 85.2, 300.0],
        ['Phát huy vai trò của Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội', 136, 113.5, 538.1],
      ],
      [
        'Tích cực triển khai các phong trào thi đua trên các lĩnh vực gắn với đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.',
        'Tiếp tục thực hiện nghiêm túc các quy định về tiếp công dân, giải quyết khiếu nại, tố cáo theo thẩm quyền',
        'Phát huy vai trò của Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội',
      ],
    ],
  ])('%s', (_name, rows, want) => {
    const p = page(rows);
    joinWrappedLines([p]);
    expect(texts(p)).toEqual(want);
  });
});
