import { describe, expect, test } from 'vitest';
import type { ExtractContext } from '../src/extract/types.js';
import { parsePlan } from '../src/index.js';
import { dropNonCitations } from '../src/refine/drop-non-citations.js';
import type { RefineState } from '../src/refine/index.js';
import type { Citation } from '../src/schema/citation.js';

const PLAN = `ỦY BAN NHÂN DÂN
XÃ AN BÌNH
Số: 12/KH-UBND
An Bình, ngày 10 tháng 02 năm 2023

KẾ HOẠCH
Thực hiện công tác dân vận chính quyền năm 2023

Căn cứ Nghị quyết số 28/NQ-CP ngày 05/3/2021 của Chính phủ về ban hành Chiến lược phát triển (sau đây gọi tắt là Nghị quyết 28);
Thực hiện Quyết định số 269-QĐ/TU, ngày 30/11/2021 của Ban Thường vụ Tỉnh ủy về ban hành quy chế công tác dân vận; Chỉ thị số 01/CT-UBND, ngày 24/01/2022 của Ủy ban nhân dân tỉnh về việc tiếp tục tăng cường và đổi mới công tác dân vận của cơ quan hành chính nhà nước, chính quyền các cấp trong tình hình mới.

I. MỤC ĐÍCH, YÊU CẦU
1. Quán triệt Chỉ thị của UBND tỉnh về việc tiếp tục tăng cường và đổi mới công tác dân vận của cơ quan hành chính nhà nước, chính quyền các cấp trong tình hình mới; thực hiện Quyết định 269-
QĐ/TU của Ban Thường vụ Tỉnh ủy; các Quyết định số 217-QĐ/TW và 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị.
2. Triển khai Nghị quyết 28 trên địa bàn xã; Kế hoạch này được phổ biến đến các ban, ngành.
Trên đây là Kế hoạch số 12/KH-UBND của Ủy ban nhân dân xã.
`;

describe('citation refinement on a whole plan', async () => {
  const plan = await parsePlan(PLAN);
  const byId = (id: string) => plan.citations.find((c) => c.id === id);
  const said = (c: Citation | undefined) =>
    (c?.mentions ?? []).map((m) => plan.text.slice(m.start, m.end).replace(/\s+/g, ' '));

  test('one citation per document, with every mention', () => {
    expect(said(byId('269-QĐ/TU'))).toEqual([
      'Quyết định số 269-QĐ/TU, ngày 30/11/2021 của Ban Thường vụ Tỉnh ủy',
      'Quyết định 269-QĐ/TU của Ban Thường vụ Tỉnh ủy',
    ]);
    expect(byId('269-QĐ/TU')?.issuedDate).toBe('2021-11-30');
  });

  test('an unnumbered reference with the same type, issuer and subject is a mention', () => {
    expect(said(byId('01/CT-UBND'))).toEqual([
      'Chỉ thị số 01/CT-UBND, ngày 24/01/2022 của Ủy ban nhân dân tỉnh',
      'Chỉ thị của UBND tỉnh',
    ]);
    expect(plan.citations.filter((c) => c.id === null && c.type === 'Chỉ thị')).toEqual([]);
  });

  test('an alias resolves later uses', () => {
    expect(said(byId('28/NQ-CP'))).toEqual([
      'Nghị quyết số 28/NQ-CP ngày 05/3/2021 của Chính phủ',
      'Nghị quyết 28',
    ]);
  });

  test("an alias of the plan's own words is no mention of the citation before it", async () => {
    const text = PLAN.replace(
      '2. Triển khai Nghị quyết 28',
      '2. Tiếp nhận tài sản của các xã (sau đây gọi là các xã cũ); kiểm kê tài sản của các xã cũ.\n3. Triển khai Nghị quyết 28',
    );
    const other = await parsePlan(text);
    const said = other.citations.flatMap((c) => c.mentions.map((m) => other.text.slice(m.start, m.end)));
    expect(said).not.toContain('các xã cũ');
    expect(said).toContain('Nghị quyết 28');
  });

  test("a document a task is to produce ('Sản phẩm: Quyết định …') is an output, not a citation", async () => {
    const other = await parsePlan(
      'KẾ HOẠCH\nThực hiện năm 2026\nI. NHIỆM VỤ\n1. Rà soát thủ tục\n- Cơ quan chủ trì: Sở Tư pháp.\n- Sản phẩm: Quyết định của Ủy ban nhân dân tỉnh phê duyệt phương án cắt giảm.\n2. Triển khai Quyết định của Ủy ban nhân dân tỉnh về việc phê duyệt phương án.\n',
    );
    expect(other.citations.map((c) => other.text.slice(c.mentions[0]!.start, c.mentions[0]!.end))).toEqual([
      'Quyết định của Ủy ban nhân dân tỉnh',
    ]);
    expect(other.tasks[0]!.outputs).toEqual([
      'Quyết định của Ủy ban nhân dân tỉnh phê duyệt phương án cắt giảm',
    ]);
  });

  test('a grouped form gives two citations sharing date and issuer', () => {
    for (const id of ['217-QĐ/TW', '218-QĐ/TW'])
      expect(byId(id)).toMatchObject({
        issuedDate: '2013-12-12',
        issuer: 'Bộ Chính trị',
        type: 'Quyết định',
      });
  });

  test("the plan's own number and 'Kế hoạch này' are not citations", () => {
    expect(byId('12/KH-UBND')).toBeUndefined();
    expect(plan.citations.map((c) => c.type)).not.toContain('Kế hoạch');
  });

  test('every mention slices to cited words', () => {
    for (const c of plan.citations)
      for (const m of c.mentions) expect(plan.text.slice(m.start, m.end)).toMatch(/^\p{Lu}|^\d/u);
  });
});

describe('dropNonCitations', () => {
  const cite = (id: string | null, start: number): Citation => ({
    id,
    type: 'Quyết định',
    number: null,
    year: null,
    issuedDate: null,
    issuer: null,
    title: null,
    mentions: [{ start, end: start + 5 }],
  });
  const state = (citations: Citation[]) => ({ citations }) as RefineState;

  test('documents listed above the header are dropped', () => {
    const ctx = {
      text: '',
      meta: { number: null },
      seg: { header: { span: { start: 100, end: 200 }, numberLine: null } },
    } as unknown as ExtractContext;
    const out = dropNonCitations.run(state([cite('1/QĐ-UBND', 10), cite('2/QĐ-UBND', 300)]), ctx);
    expect(out.citations.map((c) => c.id)).toEqual(['2/QĐ-UBND']);
  });

  test('meta.number and standards are dropped', () => {
    const ctx = {
      text: '',
      meta: { number: '21/KH-UBND' },
      seg: { header: { span: null, numberLine: null } },
    };
    const out = dropNonCitations.run(
      state([cite('21/KH-UBND', 10), cite('TCVN-ISO/9001', 20), cite('3/QĐ-UBND', 30)]),
      ctx as unknown as ExtractContext,
    );
    expect(out.citations.map((c) => c.id)).toEqual(['3/QĐ-UBND']);
  });
});

describe('short forms', async () => {
  const plan = await parsePlan(
    'KẾ HOẠCH\nThực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ và Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị.\n1. Quán triệt Chỉ thị 33 và Chỉ thị số 05 đến cán bộ; Chỉ thị 99 chưa ban hành; Điều 3 của Quyết định 12.\n',
  );
  const said = (id: string) =>
    plan.citations.find((c) => c.id === id)!.mentions.map((m) => plan.text.slice(m.start, m.end));

  test('a type word and a bare number are a mention of the numbered citation', () => {
    expect(said('33/CT-TTg')).toEqual([
      'Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ',
      'Chỉ thị 33',
    ]);
    expect(said('05-CT/TW')).toEqual([
      'Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị',
      'Chỉ thị số 05',
    ]);
  });

  test('a short form that matches no citation is dropped', () => {
    expect(plan.citations.map((c) => c.id)).toEqual(['33/CT-TTg', '05-CT/TW']);
  });
});

describe('related documents a website lists above the header', async () => {
  const plan = await parsePlan(
    'Văn bản liên quan\nQuyết định số 99/QĐ-UBND ngày 01/01/2020 của UBND tỉnh\n\nỦY BAN NHÂN DÂN\nXÃ AN BÌNH\nSố: 12/KH-UBND\n\nKẾ HOẠCH\nThực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ\n',
  );

  test('are not citations of the plan', () => {
    expect(plan.citations.map((c) => c.id)).toEqual(['33/CT-TTg']);
  });
});

describe('a law printed once with its number', async () => {
  const plan = await parsePlan(
    'KẾ HOẠCH\nTriển khai Luật Thực hiện dân chủ ở cơ sở năm 2022\n\nCăn cứ Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 ngày 10/11/2022 của Quốc hội;\n1. Tuyên truyền Luật Thực hiện dân chủ ở cơ sở đến Nhân dân.\n',
  );

  test('is one citation, numbered, with the mentions of its name alone before and after', () => {
    expect(plan.citations).toHaveLength(1);
    expect(plan.citations[0]).toMatchObject({ id: '10/2022/QH15', type: 'Luật', issuedDate: '2022-11-10' });
    expect(plan.citations[0]!.mentions.map((m) => plan.text.slice(m.start, m.end))).toEqual([
      'Luật Thực hiện dân chủ ở cơ sở năm 2022',
      'Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 ngày 10/11/2022 của Quốc hội',
      'Luật Thực hiện dân chủ ở cơ sở',
    ]);
  });
});
