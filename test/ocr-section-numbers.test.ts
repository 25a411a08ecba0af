import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { normalizeText, parsePlan, toSourceOffset } from '../src/index.js';

const ocr = (text: string) => normalizeText(text, { fromOcr: true, steps: ['ocr-section-numbers'] });
const lines = (...ls: string[]) => ls.join('\n');

// Plans made up for the test, their section numbers damaged the ways tesseract damages them.
describe('ocr-section-numbers: damaged numbers repaired from their sequence', () => {
  test.each([
    [
      'Roman numerals read as letters, the dot lost or read as a comma',
      lines(
        'l. MỤC TIÊU',
        'Nội dung.',
        'H. CÁC NHIỆM VỤ',
        'Nội dung.',
        'HI, KINH PHÍ',
        'Nội dung.',
        'IV. TỔ CHỨC',
      ),
      lines(
        'I. MỤC TIÊU',
        'Nội dung.',
        'II. CÁC NHIỆM VỤ',
        'Nội dung.',
        'III. KINH PHÍ',
        'Nội dung.',
        'IV. TỔ CHỨC',
      ),
    ],
    [
      'a valid numeral that lost its dot',
      lines('I. YÊU CẦU', 'Nội dung.', 'II  GIẢI PHÁP CHỦ YẾU', 'Nội dung.', 'III. KINH PHÍ'),
      lines('I. YÊU CẦU', 'Nội dung.', 'II.  GIẢI PHÁP CHỦ YẾU', 'Nội dung.', 'III. KINH PHÍ'),
    ],
    [
      'a numeral after a gap in the printed numbers takes the place after the previous one',
      lines('I. YÊU CẦU', 'Nội dung.', 'UE. NHIỆM VỤ', 'Nội dung.', 'IV. TỔ CHỨC'),
      lines('I. YÊU CẦU', 'Nội dung.', 'II. NHIỆM VỤ', 'Nội dung.', 'IV. TỔ CHỨC'),
    ],
    [
      'damaged numerals with no clean one: the sequence they form',
      lines('I  QUAN ĐIỂM', 'Nội dung.', 'Il. CHỈ TIÊU', 'Nội dung.', 'IlI: GIẢI PHÁP'),
      lines('I.  QUAN ĐIỂM', 'Nội dung.', 'II. CHỈ TIÊU', 'Nội dung.', 'III. GIẢI PHÁP'),
    ],
    [
      'item numbers whose dot was lost or read as a comma, next to their neighbours',
      lines('I. NHIỆM VỤ', '1. Rà soát hồ sơ.', '2 Kiểm tra việc thu chi.', '3, Báo cáo kết quả.'),
      lines('I. NHIỆM VỤ', '1. Rà soát hồ sơ.', '2. Kiểm tra việc thu chi.', '3. Báo cáo kết quả.'),
    ],
    [
      'the item number 1 read as a letter, followed by item 2',
      lines('II. GIẢI PHÁP', 'l. Tổ chức tập huấn.', '2. Kiểm tra định kỳ.'),
      lines('II. GIẢI PHÁP', '1. Tổ chức tập huấn.', '2. Kiểm tra định kỳ.'),
    ],
  ])('%s', (_, input, expected) => {
    const r = ocr(input);
    expect(r.text).toBe(expected);
    for (const c of r.corrections) {
      expect(c).toMatchObject({ kind: 'ocr', step: 'ocr-section-numbers' });
      expect(r.text.slice(c.span.start, c.span.end)).toBe(c.to);
      expect(input.slice(toSourceOffset(r, c.span.start), toSourceOffset(r, c.span.end, 'end'))).toBe(c.from);
    }
  });

  test('the repair is recorded: HE. → II.', () => {
    const r = ocr(lines('I. MỤC ĐÍCH', 'Nội dung.', 'HE. NỘI DUNG', 'Nội dung.', 'III. TỔ CHỨC'));
    expect(r.corrections.map((c) => [c.from, c.to])).toEqual([['HE.', 'II.']]);
    expect(r.corrections[0]!.confidence).toBeGreaterThan(0);
  });

  // What must stay: 'HE', 'Ill' as words, numbers that fit no sequence, the letters of 'A.', 'B.' ….
  test.each([
    ['HE in running text', lines('I. MỤC ĐÍCH', 'Ông HE. NGUYỄN báo cáo.', 'III. TỔ CHỨC')],
    [
      'Ill before text in sentence case',
      lines('I. MỤC ĐÍCH', 'Nội dung.', 'Ill. Các đơn vị báo cáo.', 'IV. TỔ CHỨC'),
    ],
    [
      'a word in capitals with no mark after it',
      lines('I. MỤC ĐÍCH', 'Nội dung.', 'HE THỐNG CHỈ TIÊU', 'III. TỔ CHỨC'),
    ],
    ['a numeral the printed ones leave no room for', lines('I. MỤC ĐÍCH', 'HE. NỘI DUNG', 'II. TỔ CHỨC')],
    ['a lone damaged numeral: no sequence', lines('KẾ HOẠCH', 'Căn cứ Luật.', 'H. NỘI DUNG', 'Nội dung.')],
    ['a letter of the A., B. scheme', lines('I. NHIỆM VỤ', 'E. Tuyên truyền.', 'G. Kiểm tra.', 'H. ĐỀ XUẤT')],
    ['a valid numeral out of sequence, no mark', lines('I. YÊU CẦU', 'II. NHIỆM VỤ', 'XI MĂNG VÀ SẮT THÉP')],
    ['a signature line', lines('I. YÊU CẦU', 'Nội dung.', 'TL. CHỦ TỊCH')],
    ['a number out of sequence', lines('I. NHIỆM VỤ', '5. Rà soát hồ sơ.', '2 Xã báo cáo kết quả.')],
    [
      'numbers in a sentence',
      lines('I. NHIỆM VỤ', '1. Rà soát hồ sơ.', '20 Hộ được hỗ trợ, 2 Xã hoàn thành.'),
    ],
  ])('unchanged: %s', (_, input) => {
    const r = ocr(input);
    expect(r.text).toBe(input);
    expect(r.corrections).toEqual([]);
  });

  const damaged = lines(
    'I. MỤC ĐÍCH',
    'Nội dung.',
    'HE. NỘI DUNG',
    '1. Rà soát.',
    '2 Kiểm tra.',
    'III. TỔ CHỨC',
  );

  test('only for OCR output: text that did not come from OCR is left alone', () => {
    expect(normalizeText(damaged, { steps: ['ocr-section-numbers'] }).text).toBe(damaged);
  });

  test("ocrCorrection: 'suggest' proposes the repairs, 'off' neither", () => {
    const suggested = normalizeText(damaged, { fromOcr: true, ocrCorrection: 'suggest' });
    expect(suggested.text).toBe(damaged);
    expect(suggested.suggestions.map((s) => [s.from, s.to])).toContainEqual(['HE.', 'II.']);
    expect(normalizeText(damaged, { fromOcr: true, ocrCorrection: 'off' }).text).toBe(damaged);
  });

  test('idempotent: repaired text needs no second repair', () => {
    const once = normalizeText(damaged, { fromOcr: true }).text;
    expect(normalizeText(once, { fromOcr: true }).text).toBe(once);
  });

  test('the repaired numbers make sections', async () => {
    const plan = await parsePlan(lines('KẾ HOẠCH', 'Kiểm tra năm 2025', damaged), { fromOcr: true });
    const ids = (s: typeof plan.sections): string[] => s.flatMap((x) => [x.id, ...ids(x.children)]);
    expect(ids(plan.sections)).toEqual(['I', 'II', 'II.1', 'II.2', 'III']);
  });
});

// Numbered lines of every kind, damaged or not, in any order: the repair never breaks the text.
const LINE_STARTS = [
  'I. ',
  'II ',
  'HE. ',
  'Ill, ',
  'l. ',
  'H. ',
  'E. ',
  'IV. ',
  'V, ',
  'Phần II ',
  '1. ',
  '2 ',
  '3, ',
  '| ',
  'a) ',
  '',
];
const LINE_RESTS = ['NỘI DUNG THỰC HIỆN', 'Rà soát hồ sơ.', 'HE THỐNG', 'các xã;', ''];
const numberedText = fc
  .array(fc.tuple(fc.constantFrom(...LINE_STARTS), fc.constantFrom(...LINE_RESTS)), { maxLength: 20 })
  .map((a) => a.map(([start, rest]) => start + rest).join('\n'));

describe('ocr-section-numbers properties', () => {
  test('idempotent; every correction maps back to what the source holds', () => {
    fc.assert(
      fc.property(numberedText, (s) => {
        const r = normalizeText(s, { fromOcr: true });
        expect(normalizeText(r.text, { fromOcr: true }).text).toBe(r.text);
        for (const c of r.corrections.filter((x) => x.step === 'ocr-section-numbers')) {
          expect(r.text.slice(c.span.start, c.span.end)).toBe(c.to);
          expect(s.slice(toSourceOffset(r, c.span.start), toSourceOffset(r, c.span.end, 'end'))).toBe(c.from);
        }
      }),
      { numRuns: 300 },
    );
  });
});
