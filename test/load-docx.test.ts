import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parsePlan } from '../src/index.js';
import { load } from '../src/load/index.js';
import { resolveOptions } from '../src/options.js';
import { level, makeDocx, para, table } from './helpers/docx.js';

const options = resolveOptions({});
const loadBytes = (bytes: Uint8Array) => load(bytes, options);
const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../fixtures/docs/${name}`, import.meta.url)));

// One list definition as Vietnamese plans number them: I. / 1. / 1.1. / a) ; and a '-' bullet list.
const planList = `<w:abstractNum w:abstractNumId="7">${level(0, 'upperRoman', '%1.')}${level(1, 'decimal', '%2.')}${level(
  2,
  'decimal',
  '%2.%3.',
)}${level(3, 'lowerLetter', '%4)')}</w:abstractNum>
<w:abstractNum w:abstractNumId="9">${level(0, 'bullet', '-')}</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="7"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="7"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="7"/><w:lvlOverride w:ilvl="1"><w:startOverride w:val="5"/></w:lvlOverride></w:num>
<w:num w:numId="4"><w:abstractNumId w:val="9"/></w:num>`;

describe('DOCX: Word auto-numbering comes back in the text', () => {
  test.each([
    [
      'levels I. / 1. / 1.1. / a)',
      [
        ['MỤC ĐÍCH', '1', 0],
        ['Mục đích', '1', 1],
        ['Phòng Tư pháp', '1', 2],
        ['Ban Dân vận', '1', 3],
      ],
      ['I. MỤC ĐÍCH', '1. Mục đích', '1.1. Phòng Tư pháp', 'a) Ban Dân vận'],
    ],
    [
      'a higher level restarts the lower ones',
      [
        ['MỤC ĐÍCH', '1', 0],
        ['Mục đích', '1', 1],
        ['Yêu cầu', '1', 1],
        ['NHIỆM VỤ', '1', 0],
        ['Tuyên truyền', '1', 1],
      ],
      ['I. MỤC ĐÍCH', '1. Mục đích', '2. Yêu cầu', 'II. NHIỆM VỤ', '1. Tuyên truyền'],
    ],
    [
      'counters are kept per abstractNum (LibreOffice: a new w:num per segment)',
      [
        ['MỤC ĐÍCH', '1', 0],
        ['NHIỆM VỤ', '2', 0],
        ['TỔ CHỨC THỰC HIỆN', '1', 0],
      ],
      ['I. MỤC ĐÍCH', 'II. NHIỆM VỤ', 'III. TỔ CHỨC THỰC HIỆN'],
    ],
    [
      'lvlOverride/startOverride restarts a level',
      [
        ['NHIỆM VỤ', '1', 0],
        ['Tuyên truyền', '1', 1],
        ['Đối thoại', '3', 1],
        ['Tiếp dân', '3', 1],
      ],
      ['I. NHIỆM VỤ', '1. Tuyên truyền', '5. Đối thoại', '6. Tiếp dân'],
    ],
    [
      'bullets',
      [
        ['Phối hợp Ban Dân vận', '4', 0],
        ['Lưu: VT', '4', 0],
      ],
      ['- Phối hợp Ban Dân vận', '- Lưu: VT'],
    ],
    [
      'an unnumbered paragraph stays as it is',
      [['Căn cứ Luật Tổ chức chính quyền địa phương', '', 0]],
      ['Căn cứ Luật Tổ chức chính quyền địa phương'],
    ],
  ] as const)('%s', async (_name, paras, lines) => {
    const body = paras.map(([text, numId, ilvl]) => para(text, numId ? [numId, ilvl] : undefined)).join('');
    const loaded = await loadBytes(await makeDocx(body, planList));
    expect(loaded.format).toBe('docx');
    expect(loaded.text.split('\n').filter(Boolean)).toEqual(lines);
  });

  test('a paragraph style that carries the list numbers its paragraphs', async () => {
    const styles = `<w:style w:type="paragraph" w:styleId="Heading1"><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Muc"><w:basedOn w:val="Heading1"/></w:style>`;
    const body = para('MỤC ĐÍCH, YÊU CẦU', undefined, 'Heading1') + para('NHIỆM VỤ', undefined, 'Muc');
    const loaded = await loadBytes(await makeDocx(body, planList, styles));
    expect(loaded.text).toBe('I. MỤC ĐÍCH, YÊU CẦU\nII. NHIỆM VỤ\n');
  });

  test('a list that numbering.xml does not define → DOCX_NUMBERING_UNRESOLVED, text kept', async () => {
    const loaded = await loadBytes(await makeDocx(para('Tuyên truyền', ['42', 0]), planList));
    expect(loaded.text).toBe('Tuyên truyền\n');
    expect(loaded.warnings.map((w) => w.code)).toEqual(['DOCX_NUMBERING_UNRESOLVED']);
  });

  test('deleted text and field codes are not text', async () => {
    const body =
      '<w:p><w:r><w:t>Số: 21</w:t></w:r><w:del><w:r><w:delText>22</w:delText></w:r></w:del><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:t>/KH-UBND</w:t></w:r></w:p>';
    expect((await loadBytes(await makeDocx(body))).text).toBe('Số: 21/KH-UBND\n');
  });
});

describe('DOCX: tables', () => {
  test('the two-column header table reads issuer lines first, then the motto', async () => {
    const body =
      table([
        [
          'ỦY BAN NHÂN DÂN\nXÃ NAM CHÍNH\nSố: 12/KH-UBND',
          'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nNam Chính, ngày 05 tháng 01 năm 2023',
        ],
      ]) + para('KẾ HOẠCH');
    const loaded = await loadBytes(await makeDocx(body));
    expect(loaded.text.split('\n').filter(Boolean)).toEqual([
      'ỦY BAN NHÂN DÂN',
      'XÃ NAM CHÍNH',
      'Số: 12/KH-UBND',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Nam Chính, ngày 05 tháng 01 năm 2023',
      'KẾ HOẠCH',
    ]);
    expect(loaded.tables).toEqual([]);
  });

  test('a task table becomes the table model, its text part of the loaded text', async () => {
    const rows = [
      ['STT', 'Nội dung', 'Cơ quan chủ trì', 'Thời gian hoàn thành'],
      ['1', 'Tuyên truyền Chỉ thị số 33/CT-TTg', 'Phòng Văn hóa\nvà Thông tin', 'Quý I năm 2024'],
      ['2', 'Đối thoại với Nhân dân', 'Văn phòng HĐND và UBND', 'Trước ngày 30/6/2024'],
    ];
    const loaded = await loadBytes(await makeDocx(para('Phụ lục') + table(rows)));
    expect(loaded.tables).toHaveLength(1);
    const t = loaded.tables[0]!;
    expect(t.rows.map((r) => r.map((c) => loaded.text.slice(c.span.start, c.span.end)))).toEqual([
      rows[0],
      ['1', 'Tuyên truyền Chỉ thị số 33/CT-TTg', 'Phòng Văn hóa và Thông tin', 'Quý I năm 2024'],
      rows[2],
    ]);
    expect(loaded.text.slice(t.span.start, t.span.end).split('\n')[1]).toBe(
      '1 | Tuyên truyền Chỉ thị số 33/CT-TTg | Phòng Văn hóa và Thông tin | Quý I năm 2024',
    );
  });
});

describe('DOCX fixtures', () => {
  test('002.docx: header block, title, auto-numbered sections', async () => {
    const loaded = await loadBytes(fixture('002.docx'));
    const lines = loaded.text.split('\n').filter(Boolean);
    expect(lines.slice(0, 2)).toEqual(['ỦY BAN NHÂN DÂN', 'XÃ NAM CHÍNH']);
    expect(lines[2]).toMatch(/^Số:\s+\/KH-UBND$/u);
    expect(lines).toContain('KẾ HOẠCH');
    expect(lines).toContain('I. MỤC ĐÍCH, YÊU CẦU');
    expect(lines.some((l) => l.startsWith('II. '))).toBe(true);
  });

  test('004.lo.docx (saved by LibreOffice, a w:num per list segment) numbers as the original', async () => {
    const [word, lo] = await Promise.all([loadBytes(fixture('004.docx')), loadBytes(fixture('004.lo.docx'))]);
    const numbered = (text: string) => text.split('\n').filter((l) => /^([IVX]+|\d+(\.\d+)*)\.\s/u.test(l));
    expect(numbered(lo.text)).toEqual(numbered(word.text));
    expect(numbered(lo.text).some((l) => l.startsWith('2.1. Phòng Tư pháp'))).toBe(true);
  });

  test('task-table.docx: the Phụ lục table in the table model', async () => {
    const loaded = await loadBytes(fixture('task-table.docx'));
    expect(loaded.tables).toHaveLength(1);
    expect(loaded.tables[0]!.rows).toHaveLength(13);
    expect(loaded.tables[0]!.rows[0]!.map((c) => c.text)).toEqual([
      'STT',
      'Nội dung nhiệm vụ',
      'Cơ quan chủ trì',
      'Cơ quan phối hợp',
      'Thời gian hoàn thành',
    ]);
  });
});

describe('a DOCX of pictures', () => {
  test('no text but pictures: OCR_SKIPPED says so and what to do', async () => {
    const picture = '<w:p><w:r><w:drawing/></w:r></w:p><w:p><w:r><w:pict/></w:r></w:p>';
    const plan = await parsePlan(await makeDocx(picture));
    expect(plan.text.trim()).toBe('');
    expect(plan.warnings).toContainEqual({
      code: 'OCR_SKIPPED',
      message: expect.stringMatching(/holds 2 picture\(s\) and no text.*print it to PDF and parse that/),
    });
  });

  test('text beside pictures: no such warning', async () => {
    const plan = await parsePlan(await makeDocx(`${para('KẾ HOẠCH')}<w:p><w:r><w:drawing/></w:r></w:p>`));
    expect(plan.warnings.map((w) => w.code)).not.toContain('OCR_SKIPPED');
  });
});
