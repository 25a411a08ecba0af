import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { load } from '../src/load/index.js';
import { mergeTables } from '../src/load/pdf/merge-tables.js';
import type { PageContent } from '../src/load/pdf/read-page.js';
import { readingOrder } from '../src/load/pdf/reading-order.js';
import { stripRunningLines } from '../src/load/pdf/strip-running-lines.js';
import { textLayerQuality } from '../src/load/pdf/text-layer-quality.js';
import { resolveOptions } from '../src/options.js';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../fixtures/docs/${name}`, import.meta.url)));
const loadPdf = (name: string, ocr: 'auto' | 'never' = 'never') =>
  load(fixture(name), resolveOptions({ ocr }));

const line = (text: string, top: number) => ({
  kind: 'line' as const,
  line: { text, top, left: 85, right: 500 },
});
const page = (...blocks: PageContent['blocks']): PageContent => ({ height: 842, width: 595, blocks });
const texts = (p: PageContent) => p.blocks.map((b) => (b.kind === 'line' ? b.line.text : 'TABLE'));

describe('running headers, footers and page numbers', () => {
  test('a line repeated at the top of most pages and lone numbers at the edge go; body text stays', () => {
    const pages = [1, 2, 3].map((n) =>
      page(
        line('UBND huyện Tân Phước - Kế hoạch số 45/KH-UBND', 30),
        line(`${n}. Tổ chức quán triệt Chỉ thị số 33/CT-TTg`, 120),
        line('2', 400), // a number inside the page is text ('2' of a list that wrapped)
        line(`Trang ${n}/3`, 810),
      ),
    );
    expect(stripRunningLines(pages)).toBe(6);
    expect(pages.map(texts)).toEqual(
      [1, 2, 3].map((n) => [`${n}. Tổ chức quán triệt Chỉ thị số 33/CT-TTg`, '2']),
    );
  });

  test('a header on one page out of three is not a running header', () => {
    const pages = [
      page(line('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 30)),
      page(line('a', 400)),
      page(line('b', 400)),
    ];
    stripRunningLines(pages);
    expect(texts(pages[0]!)).toEqual(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']);
  });
});

describe('reading order of two unruled columns', () => {
  const at = (text: string, left: number, right: number) => ({
    kind: 'line' as const,
    line: { text, top: 0, left, right },
  });
  test.each([
    [
      'signature block interleaved line by line → left column, then right',
      [
        at('Nơi nhận:', 85, 160),
        at('TM. ỦY BAN NHÂN DÂN', 350, 520),
        at('- Như trên;', 85, 150),
        at('CHỦ TỊCH', 400, 470),
        at('- Lưu: VT.', 85, 140),
      ],
      ['Nơi nhận:', '- Như trên;', '- Lưu: VT.', 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'],
    ],
    [
      'a centred line and full-width text are in neither column',
      [
        at('năm 2023', 270, 325),
        at('I. MỤC ĐÍCH, YÊU CẦU', 85, 250),
        at('1. Tổ chức quán triệt nghiêm túc Chỉ thị', 85, 510),
      ],
      ['năm 2023', 'I. MỤC ĐÍCH, YÊU CẦU', '1. Tổ chức quán triệt nghiêm túc Chỉ thị'],
    ],
  ])('%s', (_name, blocks, want) => {
    expect(texts(page(...readingOrder(blocks, 595)))).toEqual(want);
  });
});

describe('tables across a page break', () => {
  const header = ['STT', 'Nội dung', 'Cơ quan chủ trì'];
  test.each([
    [
      'repeated header row dropped, split row joined',
      [
        ['1', 'Tuyên truyền', 'Phòng Nội vụ'],
        ['2', 'Tiếp công dân', 'Thanh tra'],
      ],
      [header, ['', 'định kỳ', ''], ['3', 'Đối thoại', 'Văn phòng']],
      [
        header,
        ['1', 'Tuyên truyền', 'Phòng Nội vụ'],
        ['2', 'Tiếp công dân\nđịnh kỳ', 'Thanh tra'],
        ['3', 'Đối thoại', 'Văn phòng'],
      ],
    ],
    [
      'no header repeated, no split',
      [['1', 'Tuyên truyền', 'Phòng Nội vụ']],
      [['2', 'Đối thoại', 'Văn phòng']],
      [header, ['1', 'Tuyên truyền', 'Phòng Nội vụ'], ['2', 'Đối thoại', 'Văn phòng']],
    ],
  ])('%s', (_name, first, second, merged) => {
    const pages = [
      page(line('Phụ lục', 100), { kind: 'table', rows: [header, ...first], top: 120 }),
      page({ kind: 'table', rows: second, top: 60 }),
    ];
    mergeTables(pages);
    expect(pages[1]!.blocks).toEqual([]);
    expect(pages[0]!.blocks[1]).toMatchObject({ kind: 'table', rows: merged });
  });

  test('a table with other columns on the next page is another table', () => {
    const pages = [
      page({ kind: 'table', rows: [header], top: 120 }),
      page({ kind: 'table', rows: [['a', 'b']], top: 60 }),
    ];
    mergeTables(pages);
    expect(pages[1]!.blocks).toHaveLength(1);
  });
});

describe('text layer quality', () => {
  const plan =
    'Thực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ về tiếp tục tăng cường và đổi mới công tác dân vận. '.repeat(
      3,
    );
  test.each([
    ['Vietnamese text', plan, 'text'],
    [
      'TCVN3 mojibake is text (normalization repairs it)',
      'KÕ ho¹ch thùc hiÖn c«ng t¸c d©n vËn chÝnh quyÒn n¨m 2023 '.repeat(4),
      'text',
    ],
    [
      'control characters from a font without ToUnicode',
      '\u0003\u0011\u0002\u0005\u0013\u0008 '.repeat(40),
      'garbage',
    ],
    [
      'letters with no Vietnamese ones and no legacy signs',
      'Jgxkt qvzr wlpm Tgyhk nbvc rtlq '.repeat(10),
      'garbage',
    ],
    ['nothing but a page number', ' 3 ', 'empty'],
  ])('%s', (_name, text, quality) => {
    expect(textLayerQuality(text)).toBe(quality);
  });
});

describe('PDF fixtures', () => {
  test('002.pdf: pages counted, page numbers removed, header lines in reading order', async () => {
    const loaded = await loadPdf('002.pdf');
    expect(loaded.format).toBe('pdf');
    expect(loaded.pages).toBeGreaterThan(1);
    expect(loaded.ocr).toBe(false);
    const lines = loaded.text.split('\n');
    expect(lines.filter((l) => /^\s*\d{1,2}\s*$/u.test(l))).toEqual([]);
    expect(lines.slice(0, 2)).toEqual(['ỦY BAN NHÂN DÂN', 'XÃ NAM CHÍNH']);
    expect(lines).toContain('KẾ HOẠCH');
    expect(lines.some((l) => l.startsWith('I. MỤC ĐÍCH'))).toBe(true);
  });

  test('task-table.pdf: the table crossing the page break is one table of 13 rows', async () => {
    const loaded = await loadPdf('task-table.pdf');
    expect(loaded.tables).toHaveLength(1);
    const rows = loaded.tables[0]!.rows;
    expect(rows).toHaveLength(13);
    expect(rows.map((r) => r[0]!.text)).toEqual([
      'STT',
      ...Array.from({ length: 12 }, (_, i) => String(i + 1)),
    ]);
    for (const row of rows)
      for (const cell of row) expect(loaded.text.slice(cell.span.start, cell.span.end)).toBe(cell.text);
    // Row 6 was split by the page break: both halves are one cell again.
    expect(rows[6]![1]!.text).toBe(
      'Tiếp công dân định kỳ, giải quyết kịp thời khiếu nại, tố cáo thuộc thẩm quyền',
    );
    expect(rows[1]![4]!.text).toBe('Quý I năm 2024');
  });

  test('tcvn3.pdf: legacy-font text passes through for normalization to repair', async () => {
    const loaded = await loadPdf('tcvn3.pdf');
    expect(loaded.warnings.map((w) => w.code)).not.toContain('GARBAGE_TEXT_LAYER');
    expect(loaded.text).toMatch(/d©n vËn/u);
  });

  test('scan.pdf (images only) with ocr: never → no text and OCR_SKIPPED', async () => {
    const loaded = await loadPdf('scan.pdf', 'never');
    expect(loaded.text.trim()).toBe('');
    expect(loaded.warnings.map((w) => w.code)).toContain('OCR_SKIPPED');
  });
});
