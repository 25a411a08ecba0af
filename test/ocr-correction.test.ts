import { describe, expect, test } from 'vitest';
import { normalizeText, toSourceOffset } from '../src/index.js';

// Realistic sentences of plans with one OCR slip each; the expected span text is the repair.
describe('OCR correction', () => {
  test.each([
    ['Thực hiện tốt công tác tố chức cán bộ của đơn vị', 'tố', 'tổ'],
    ['Ban hành quy định chi tiết và hưởng dẫn thi hành Luật', 'hưởng', 'hướng'],
    ['Quy định chi tiết một sổ điều của Luật Thanh tra', 'sổ', 'số'],
    ['Tiếp công dân, giải quyết khiêu nại, tố cáo của công dân', 'khiêu', 'khiếu'],
    ['Các đơn vị sự nghiệp công ỉập trên địa bàn huyện', 'ỉập', 'lập'],
    ['Xây dựng mô hình điên hình về dân vận khéo', 'điên', 'điển'],
    ['Tập trung triến khai thực hiện kế hoạch', 'triến', 'triển'],
    ['Báo cáo kết quả theo yêu cầu cùa cấp trên', 'cùa', 'của'],
    ['Ủy ban nhân dân xã xây dưng kế hoạch thực hiện', 'dưng', 'dựng'],
    // an 'l' read as '1'
    ['Tăng cường công tác quản 1ý, sử dụng đất đai.', '1ý', 'lý'],
    ['Nạo vét kênh mương, công trình thủy 1ợi của xã.', '1ợi', 'lợi'],
  ])('%j: %s → %s', (input, from, to) => {
    const r = normalizeText(input);
    const c = r.corrections.find((x) => x.kind === 'ocr' && x.from === from);
    expect(c, JSON.stringify(r.corrections)).toBeDefined();
    expect(c!.to).toBe(to);
    expect(r.text.slice(c!.span.start, c!.span.end)).toBe(to);
    expect(input.slice(toSourceOffset(r, c!.span.start), toSourceOffset(r, c!.span.end, 'end'))).toBe(from);
    expect(c!.confidence).toBeGreaterThan(0);
    expect(c!.confidence).toBeLessThanOrEqual(1);
  });

  test.each([
    // a capital at the start of a line is a sentence's, not a name's, even after a heading with no mark
    [
      '5. Bảo vệ dữ liệu cá nhân\nTriên khai mô hình bảo vệ bốn lớp.',
      '5. Bảo vệ dữ liệu cá nhân\nTriển khai mô hình bảo vệ bốn lớp.',
    ],
    ['báo cáo ƯBND xã xem xét', 'báo cáo UBND xã xem xét'],
    ['Chính phủ “Quỵ định chi tiết”', 'Chính phủ “Quy định chi tiết”'],
    ['phù hợp với với tình hình thực tế', 'phù hợp với tình hình thực tế'],
    ['các đoàn thể chính trị- xã hội', 'các đoàn thể chính trị - xã hội'],
    ['Công văn số 432/UBND- HC ngày 10/3', 'Công văn số 432/UBND-HC ngày 10/3'],
    ['dân thụ hưởng”gắn với', 'dân thụ hưởng” gắn với'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeText(input).text).toBe(expected);
  });

  // Negative rows: correct text, names, codes, numbers, abbreviations, Roman numerals stay.
  test.each([
    'Ủy ban nhân dân thị trấn Cẩm Giang và huyện Cẩm Giàng',
    'Giải quyết khiếu nại, tố cáo, kiến nghị, phản ánh của tổ chức và công dân.',
    'Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị',
    'Thực hiện Chỉ thị 33/CT-TTg; Thông tư 01/2016/TT-BNV',
    'II. NỘI DUNG; III. TỔ CHỨC THỰC HIỆN',
    'Đồng chí Nguyễn Công Trắc, Chủ tịch UBND, TT HĐND thị trấn',
    'hách dịch, cửa quyền, nhũng nhiễu nhân dân',
    'Dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng',
    // a real syllable the model finds merely less likely than another stays
    'Triển khai học bạ số, sổ điểm điện tử.',
    'Bảo đảm an toàn trên không gian mạng vào năm tới.',
    // names after a comma: a capitalised word before another is a name's
    'Tuần tra tại các xã Kbang, Kông Chro, Đak Pơ, Đak Đoa, Chư Păh và Ia Grai.',
    // a number before a letter that is no Vietnamese syllable's
    'Theo điểm 1a khoản 2 Điều 5, diện tích 1m2.',
    // a level word ending a unit's name, in pairs the model has not seen
    'Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam phường và các tổ chức chính trị - xã hội phường phối hợp.',
    'Giao Phòng Kinh tế, Hạ tầng và Đô thị phường trước ngày 20/7/2025 báo cáo kết quả.',
  ])('unchanged: %j', (input) => {
    const r = normalizeText(input);
    expect(r.text).toBe(input);
    expect(r.corrections).toEqual([]);
  });

  test("ocrCorrection: 'suggest' returns the repairs without applying them; 'off' neither", () => {
    const input = 'Thực hiện tốt công tác tố chức cán bộ';
    const suggested = normalizeText(input, { ocrCorrection: 'suggest' });
    expect(suggested.text).toBe(input);
    expect(suggested.suggestions.map((s) => [s.from, s.to])).toContainEqual(['tố', 'tổ']);
    const s = suggested.suggestions.find((x) => x.from === 'tố')!;
    expect(suggested.text.slice(s.span.start, s.span.end)).toBe('tố');
    const off = normalizeText(input, { ocrCorrection: 'off' });
    expect(off.text).toBe(input);
    expect(off.suggestions).toEqual([]);
  });

  test('a repair is cased like the word it replaces and styled like the text', () => {
    expect(normalizeText('TỐ CHỨC THỰC HIỆN').text).toBe('TỔ CHỨC THỰC HIỆN');
    expect(normalizeText('Tố chức thực hiện').text).toBe('Tổ chức thực hiện');
  });
});

describe('a clean text keeps its real words', () => {
  // A plan's paragraph, typed and exported: no word of it is damaged.
  const CLEAN = [
    'Ủy ban nhân dân huyện tổ chức quán triệt, triển khai thực hiện Kế hoạch đến toàn thể cán bộ,',
    'công chức, viên chức và Nhân dân trên địa bàn; phân công rõ trách nhiệm của từng cơ quan, đơn vị,',
    'địa phương trong việc tổ chức thực hiện; định kỳ kiểm tra, đôn đốc, sơ kết, tổng kết, đánh giá',
    'kết quả thực hiện, kịp thời biểu dương, khen thưởng các tập thể, cá nhân có thành tích xuất sắc.',
  ].join(' ');
  const DOMAIN = [
    'Trung tâm Y tế duy trì đội đáp ứng nhanh với dịch bệnh.',
    'Trưởng các ấp bảo quản hồ sơ, con dấu của ấp cho đến khi hoàn thành kiểm kê.',
    'Kiểm kê tài sản; đối chiếu với sổ theo dõi tài sản.',
    'Kiên quyết xử lý các “đạo lạ”, tà đạo.',
    'theo dõi sâu bệnh trên lúa và cây trồng.',
  ];
  const plan = (sentence: string) => [CLEAN, CLEAN, CLEAN, sentence, CLEAN, CLEAN].join('\n');

  test.each(DOMAIN)('words a model of news has not seen together are no slips: %s', (sentence) => {
    expect(normalizeText(plan(sentence)).text).toContain(sentence);
  });

  test('…while a text that shows damage is repaired', () => {
    const damaged = `${plan(DOMAIN[0]!)}\nTập trung triến khai, tố chức thục hiện các mô hình điên hình; báo cáo cùa cấp trên.`;
    expect(normalizeText(damaged).text).toContain(
      'Tập trung triển khai, tổ chức thực hiện các mô hình điển hình; báo cáo của cấp trên.',
    );
  });
});

describe('letters OCR read for digits', () => {
  test.each([
    ['Số: 1O/KH-UBND', 'Số: 10/KH-UBND'],
    ['Hưng Thạnh, ngày O5 tháng 8 năm 2O25', 'Hưng Thạnh, ngày 05 tháng 8 năm 2025'],
    [
      'Căn cứ Nghị định số l86/2025/NĐ-CP ngày O1/7/2025',
      'Căn cứ Nghị định số 186/2025/NĐ-CP ngày 01/7/2025',
    ],
    ['Nghị quyết số 1663/NQ-UBTVQHl5 ngày 16/6/2025', 'Nghị quyết số 1663/NQ-UBTVQH15 ngày 16/6/2025'],
    ['báo cáo trước ngày 3O/8/2025', 'báo cáo trước ngày 30/8/2025'],
    // a word of such letters with no digit, or a number outside a number's place, stays
    ['Số lO người tham gia', 'Số lO người tham gia'],
    ['họp lúc 1O giờ', 'họp lúc 1O giờ'],
  ])('%j → %j', (input, expected) => {
    const r = normalizeText(input);
    expect(r.text).toBe(expected);
    for (const c of r.corrections.filter((x) => x.kind === 'ocr')) expect(c.from).toMatch(/[OolI]/u);
  });
});
