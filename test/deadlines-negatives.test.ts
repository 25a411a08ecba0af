import { describe, expect, test } from 'vitest';
import type { Citation } from '../src/schema/citation.js';
import { deadlineContext, deadlinesOf } from './helpers/deadlines.js';

const spans = (text: string, planYear: number | null = 2023) =>
  deadlinesOf(text, planYear).map((d) => text.slice(d.span.start, d.span.end));

// Phrases that look like time but bound nothing this plan asks to be done.
const negatives: Array<[why: string, input: string]> = [
  [
    'citation date',
    'Thực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ về tiếp tục tăng cường',
  ],
  [
    'citation date, worded',
    'Căn cứ Kế hoạch số 55/KH-UBND ngày 27 tháng 01 năm 2022 của Ủy ban nhân dân Tỉnh;',
  ],
  [
    'cited title with a year',
    'Kế hoạch số 15/KH-UBND ngày 14/01/2022 về thực hiện công tác dân vận của chính quyền đến năm 2025;',
  ],
  [
    'cited title with a period',
    'Chỉ thị số 08-CT/TU ngày 04/01/2021 của Ban Thường vụ Thị ủy về tăng cường sự lãnh đạo trên địa bàn thị xã giai đoạn 2021-2025;',
  ],
  [
    'cited title inside a citation: trong năm',
    'Nghị quyết số 12-NQ/HU về phát triển du lịch trong năm 2024;',
  ],
  ['effective date', 'Luật Thực hiện dân chủ ở cơ sở có hiệu lực từ ngày 01/7/2023.'],
  [
    'adoption and effect',
    'đã được Quốc hội khóa XV thông qua ngày 10/11/2022 và có hiệu lực từ ngày 01/7/2023.',
  ],
  ['effective on signing', 'Quyết định này có hiệu lực kể từ ngày ký.'],
  ['effect range', 'Quy định có hiệu lực thi hành từ ngày 01/7/2023 đến ngày 31/12/2025.'],
  ['cut-off of figures', 'báo cáo số liệu tính đến hết ngày 15/6/2024'],
  ['term of office', 'Nghị quyết đại hội Đảng bộ thị xã lần thứ VII, nhiệm kỳ 2020 - 2025 và các văn bản'],
  ['term of office, tight', 'Chương trình hành động của Ban Chấp hành Đảng bộ nhiệm kỳ 2020-2025;'],
  [
    'programme name',
    'Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021-2030 theo Nghị quyết',
  ],
  [
    'programme name, new line',
    'triển khai Chương trình mục tiêu quốc gia xây dựng nông thôn mới\ngiai đoạn 2021 - 2025 trên địa bàn',
  ],
  ['anniversary range', 'Kỷ niệm 90 năm Ngày thành lập Đảng Cộng sản Việt Nam (3/2/1930 – 3/2/2020).'],
  ['on demand', 'Định kỳ báo cáo hoặc đột xuất khi có yêu cầu.'],
  ['when an epidemic', 'Tổ chức phun thuốc khử trùng khi có dịch.'],
  ['when needed', 'Họp bất thường khi cần thiết.'],
  [
    'manner adverb, sentence start',
    'Thường xuyên rà soát, cập nhật các quy định thủ tục hành chính, kịp thời bãi bỏ',
  ],
  ['manner adverb, in prose', 'thường xuyên kiểm tra, giám sát việc thực hiện nhiệm vụ'],
  ['adjective', 'Xác định công tác dân vận là nhiệm vụ quan trọng, thường xuyên và lâu dài.'],
  ['bare định kỳ', 'định kỳ sơ kết, tổng kết công tác dân vận; chế độ tiếp dân định kỳ; báo cáo định kỳ'],
  ['a model year', 'triển khai đăng ký, nhân rộng mô hình dân vận khéo năm 2023'],
  ['a plan year', 'thực hiện thắng lợi kế hoạch phát triển kinh tế - xã hội năm 2022'],
  ['a programme of the years', 'vào chương trình kiểm tra, giám sát năm 2025 và những năm tiếp theo.'],
  ['từng giai đoạn', 'vận động Nhân dân theo từng giai đoạn của kế hoạch'],
  ['annual plan', 'xây dựng kế hoạch hằng năm về công tác dân vận'],
  ['this year', 'Năm nay tiếp tục tăng cường; năm học mới'],
  ['since the start of the year', 'từ đầu năm đến nay đã giải quyết 20 đơn thư'],
  ['report scope', 'Báo cáo 6 tháng đầu năm'],
  ['report scope, quarter', 'báo cáo kết quả quý I'],
  ['scene-setting year', 'Trong năm 2023, Ủy ban nhân dân xã tập trung chỉ đạo'],
  ['article numbers', 'theo khoản 3/2 Điều 5; số điện thoại 0912.345.678'],
  ['a count', 'Có 1975 người tham gia; đạt 100% chỉ tiêu'],
  ['holidays', 'tuyên truyền các ngày lễ lớn, các sự kiện chính trị trọng đại'],
  ['a document code', 'Quyết định số 04/2015/NĐ-CP và 1631/QĐ-UBND-HC'],
  ['a last-year reference', 'so với năm trước, tháng trước'],
  ['before something else', 'đấu tranh trước những âm mưu Diễn biến hòa bình'],
];

describe('not deadlines', () => {
  test.each(negatives)('%s: %j', (_why, input) => {
    expect(spans(input)).toEqual([]);
  });
});

describe('blocks outside the body', () => {
  test('the title year and the header date line are no deadlines', () => {
    const text =
      'Nam Chính, ngày 15 tháng 01 năm 2023\nKẾ HOẠCH\nTổ chức các hoạt động trong năm 2024\nNội dung: hoàn thành trong năm 2024.';
    const ctx = deadlineContext(text);
    const title = 'Tổ chức các hoạt động trong năm 2024';
    const t = text.indexOf(title);
    ctx.seg.header.span = { start: 0, end: text.indexOf('\n') };
    ctx.seg.title = { text: title, span: { start: t, end: t + title.length } };
    const found = deadlinesOf(text, 2023, [], ctx).map((d) => text.slice(d.span.start, d.span.end));
    expect(found).toEqual(['trong năm 2024']);
    expect(deadlinesOf(text, 2023, [], ctx)[0]!.span.start).toBeGreaterThan(t + title.length);
  });

  test('the closing block names no deadline', () => {
    const text = 'Báo cáo trước ngày 30/6/2024.\nNơi nhận:\n- Lưu: VT (trước ngày 01/7/2024).';
    const ctx = deadlineContext(text);
    ctx.seg.closing.span = { start: text.indexOf('Nơi nhận'), end: text.length };
    expect(deadlinesOf(text, 2023, [], ctx).map((d) => d.text)).toEqual(['trước ngày 30/6/2024']);
  });
});

describe('citations from the citations stage', () => {
  const citation = (text: string, phrase: string): Citation => {
    const start = text.indexOf(phrase);
    return {
      id: '45/UBND-VP',
      type: 'Công văn',
      number: '45',
      year: null,
      issuedDate: null,
      issuer: null,
      title: null,
      mentions: [{ start, end: start + phrase.length }],
    };
  };

  test.each([
    [
      'a bound inside a cited title',
      'Thực hiện Công văn số 45/UBND-VP về việc báo cáo trước ngày 30/6/2024',
      'Công văn số 45/UBND-VP về việc báo cáo trước ngày 30/6/2024',
    ],
    [
      'a date right after a mention',
      'theo Công văn 45/UBND-VP, vào ngày 12/5/2024 của UBND huyện',
      'Công văn 45/UBND-VP',
    ],
  ])('%s', (_why, text, mention) => {
    expect(deadlinesOf(text, 2023, [citation(text, mention)])).toEqual([]);
  });

  test('a bound right after a mention stays', () => {
    const text = 'triển khai Công văn số 45/UBND-VP trước ngày 30/6/2024';
    const found = deadlinesOf(text, 2023, [citation(text, 'Công văn số 45/UBND-VP')]);
    expect(found.map((d) => text.slice(d.span.start, d.span.end))).toEqual(['trước ngày 30/6/2024']);
  });

  test('a deadline elsewhere in the sentence stays', () => {
    const text = 'Thực hiện Công văn số 45/UBND-VP, các phòng báo cáo trước ngày 30/6/2024.';
    const found = deadlinesOf(text, 2023, [citation(text, 'Công văn số 45/UBND-VP')]);
    expect(found.map((d) => text.slice(d.span.start, d.span.end))).toEqual(['trước ngày 30/6/2024']);
  });
});
