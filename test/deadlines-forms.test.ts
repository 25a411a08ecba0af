import { describe, expect, test } from 'vitest';
import { deadlinesOf } from './helpers/deadlines.js';

type Row = [input: string, span: string, fields: Record<string, unknown>];

// Every form the grammar reads, in realistic sentences of a 2023 plan unless the row says a year.
const positives: Row[] = [
  // dates
  ['Thời gian thực hiện: ngày 20/6/2022.', 'ngày 20/6/2022', { kind: 'date', date: '2022-06-20' }],
  [
    'Tổ chức hội nghị vào ngày 20 tháng 6 năm 2022.',
    'vào ngày 20 tháng 6 năm 2022',
    { kind: 'date', date: '2022-06-20' },
  ],
  ['Thời gian: 20/6', '20/6', { kind: 'date', date: '2023-06-20', yearInferred: true }],
  // an event's clock time or day before its date
  [
    'Thời gian: 07 giờ 30 phút, ngày 20/3/2026 (thứ Sáu).',
    'ngày 20/3/2026',
    { kind: 'date', date: '2026-03-20' },
  ],
  ['Thời gian: 7h30 ngày 02/9/2024', 'ngày 02/9/2024', { kind: 'date', date: '2024-09-02' }],
  [
    'Hội nghị khai mạc vào lúc 8 giờ 00 ngày 15/3/2024 tại hội trường.',
    'vào lúc 8 giờ 00 ngày 15/3/2024',
    { kind: 'date', date: '2024-03-15' },
  ],
  [
    'Tổ chức ra quân vào sáng Chủ nhật, ngày 22/3/2026 tại các thôn.',
    'vào sáng Chủ nhật, ngày 22/3/2026',
    { kind: 'date', date: '2026-03-22' },
  ],
  ['Thời gian hoàn thành: tháng 9/2024', 'tháng 9/2024', { kind: 'date', date: '2024-09' }],
  ['Thời gian tổ chức: Tháng 6/2025', 'Tháng 6/2025', { kind: 'date', date: '2025-06' }],
  ['Thời hạn: năm 2024.', 'năm 2024', { kind: 'date', date: '2024' }],
  ['Thời gian thực hiện: 16/7/20 21', '16/7/20 21', { kind: 'date', date: '2021-07-16' }],
  [
    'Hoàn thành trước ngày 20 tháng\n6 năm 2024.',
    'Hoàn thành trước ngày 20 tháng\n6 năm 2024',
    { kind: 'before', date: '2024-06-20' },
  ],
  // issuing before a day is a bound on the issuing ('ban hành ngày …' is a date of issue)
  [
    'Xây dựng kế hoạch của địa phương, ban hành trước ngày 31/3/2026.',
    'trước ngày 31/3/2026',
    { kind: 'before', date: '2026-03-31' },
  ],
  [
    'báo cáo trước ngày 19 tháng 6 tháng 2025.',
    'trước ngày 19 tháng 6 tháng 2025',
    { kind: 'before', date: '2025-06-19' },
  ],
  [
    'nộp về UBND xã trước ngày 30/6/\n2024.',
    'trước ngày 30/6/\n2024',
    { kind: 'before', date: '2024-06-30' },
  ],
  // bounds
  [
    'gửi về Phòng Nội vụ trước ngày 20 tháng 6 năm 2022.',
    'trước ngày 20 tháng 6 năm 2022',
    { kind: 'before', date: '2022-06-20' },
  ],
  ['(trước ngày 10/6)', 'trước ngày 10/6', { kind: 'before', date: '2023-06-10', yearInferred: true }],
  ['báo cáo chậm nhất ngày 15/12/2023.', 'chậm nhất ngày 15/12/2023', { kind: 'before', date: '2023-12-15' }],
  ['chậm nhất là ngày 05/01/2024', 'chậm nhất là ngày 05/01/2024', { kind: 'before', date: '2024-01-05' }],
  ['Hoàn thành trước 30/9/2024.', 'Hoàn thành trước 30/9/2024', { kind: 'before', date: '2024-09-30' }],
  [
    'nộp hồ sơ trước 17 giờ 00 ngày 15/3/2024',
    'trước 17 giờ 00 ngày 15/3/2024',
    { kind: 'before', date: '2024-03-15' },
  ],
  [
    'Thời gian thực hiện: đến hết ngày 31/12/2024',
    'đến hết ngày 31/12/2024',
    { kind: 'before', date: '2024-12-31' },
  ],
  ['hoàn thành trước tháng 6/2024', 'hoàn thành trước tháng 6/2024', { kind: 'before', date: '2024-06' }],
  // 'đến hết' a year or a month: through its last day
  ['thực hiện từ nay đến hết năm 2025.', 'đến hết năm 2025', { kind: 'before', date: '2025-12-31' }],
  ['duy trì đến hết tháng 2/2024.', 'đến hết tháng 2/2024', { kind: 'before', date: '2024-02-29' }],
  [
    'Kiểm tra xong trong tháng 3/2025.',
    'trong tháng 3/2025',
    { kind: 'period', start: '2025-03-01', end: '2025-03-31' },
  ],
  [
    'trong tháng 2 năm 2024',
    'trong tháng 2 năm 2024',
    { kind: 'period', start: '2024-02-01', end: '2024-02-29' },
  ],
  [
    'triển khai trong tháng 9',
    'trong tháng 9',
    { kind: 'period', start: '2023-09-01', end: '2023-09-30', yearInferred: true },
  ],
  [
    'Thời gian thực hiện: Trong quý II năm 2022.',
    'Trong quý II năm 2022',
    { kind: 'period', start: '2022-04-01', end: '2022-06-30' },
  ],
  ['Thời gian: Quý I/2024', 'Quý I/2024', { kind: 'period', start: '2024-01-01', end: '2024-03-31' }],
  [
    'tổ chức tập huấn trong quý III.',
    'trong quý III',
    { kind: 'period', start: '2023-07-01', end: '2023-09-30', yearInferred: true },
  ],
  ['Hoàn thành quý 4 năm 2024', 'quý 4 năm 2024', { kind: 'period', start: '2024-10-01', end: '2024-12-31' }],
  [
    'Tổ chức sơ kết vào 6 tháng đầu năm.',
    '6 tháng đầu năm',
    { kind: 'period', start: '2023-01-01', end: '2023-06-30', yearInferred: true },
  ],
  [
    'Triển khai 6 tháng cuối năm 2024.',
    '6 tháng cuối năm 2024',
    { kind: 'period', start: '2024-07-01', end: '2024-12-31' },
  ],
  [
    'Tổ chức tổng kết vào cuối năm.',
    'cuối năm',
    { kind: 'period', start: '2023-10-01', end: '2023-12-31', yearInferred: true },
  ],
  [
    'hoàn thành trong năm 2024.',
    'trong năm 2024',
    { kind: 'period', start: '2024-01-01', end: '2024-12-31' },
  ],
  [
    'Ra quân dọn vệ sinh kênh mương trước mùa mưa bão (trước ngày 15/8/2025).',
    'trước mùa mưa bão (trước ngày 15/8/2025)',
    { kind: 'before', date: '2025-08-15' },
  ],
  // ranges
  [
    'Thời gian: từ ngày 01/3/2024 đến ngày 30/6/2024.',
    'từ ngày 01/3/2024 đến ngày 30/6/2024',
    { kind: 'range', start: '2024-03-01', end: '2024-06-30' },
  ],
  [
    'Hội thi diễn ra từ ngày 13 đến 14/4/2020.',
    'từ ngày 13 đến 14/4/2020',
    { kind: 'range', start: '2020-04-13', end: '2020-04-14' },
  ],
  [
    'từ ngày 15 – 30/3/2018',
    'từ ngày 15 – 30/3/2018',
    { kind: 'range', start: '2018-03-15', end: '2018-03-30' },
  ],
  [
    'từ ngày 01/3 đến ngày 15/4',
    'từ ngày 01/3 đến ngày 15/4',
    { kind: 'range', start: '2023-03-01', end: '2023-04-15', yearInferred: true },
  ],
  [
    'từ tháng 3 đến tháng 6/2024',
    'từ tháng 3 đến tháng 6/2024',
    { kind: 'range', start: '2024-03-01', end: '2024-06-30' },
  ],
  [
    'Rà soát các hộ nghèo từ năm 2012 đến năm 2016.',
    'từ năm 2012 đến năm 2016',
    { kind: 'range', start: '2012-01-01', end: '2016-12-31' },
  ],
  [
    'Triển khai thực hiện trong giai đoạn 2021-2025.',
    'giai đoạn 2021-2025',
    { kind: 'range', start: '2021-01-01', end: '2025-12-31' },
  ],
  [
    'Thời gian thực hiện: giai đoạn 2021 - 2025.',
    'giai đoạn 2021 - 2025',
    { kind: 'range', start: '2021-01-01', end: '2025-12-31' },
  ],
  // a stage by its number
  [
    'Thời gian thực hiện: Giai đoạn 1 (2026–2027).',
    'Giai đoạn 1 (2026–2027',
    { kind: 'range', start: '2026-01-01', end: '2027-12-31' },
  ],
  [
    'hoàn thành trong giai đoạn II: 2028 - 2030;',
    'giai đoạn II: 2028 - 2030',
    { kind: 'range', start: '2028-01-01', end: '2030-12-31' },
  ],
  [
    'Thời gian thực hiện: 2024 - 2025',
    '2024 - 2025',
    { kind: 'range', start: '2024-01-01', end: '2025-12-31' },
  ],
  // a half-yearly report's due days in one bracket: the first is the due day
  [
    'Định kỳ 6 tháng (trước ngày 15/6 và 15/12) báo cáo UBND tỉnh.',
    'Định kỳ 6 tháng (trước ngày 15/6 và 15/12)',
    { kind: 'recurring', every: 'P6M', due: '--06-15' },
  ],
  // a start and no end
  [
    'Thời gian thực hiện: năm 2025 và các năm tiếp theo.',
    'năm 2025 và các năm tiếp theo',
    { kind: 'continuous', start: '2025-01-01' },
  ],
  [
    'Thời gian: Quý IV/2026 và các năm tiếp theo.',
    'Quý IV/2026 và các năm tiếp theo',
    { kind: 'continuous', start: '2026-10-01' },
  ],
  [
    'triển khai từ tháng 3/2026 trở đi.',
    'từ tháng 3/2026 trở đi',
    { kind: 'continuous', start: '2026-03-01' },
  ],
  // after a label, the sentence's end closes a bare 'thường xuyên'
  [
    'Kiểm tra, xử lý vi phạm. Thời gian thực hiện: thường xuyên. Sản phẩm: báo cáo.',
    'thường xuyên',
    { kind: 'continuous' },
  ],
  // continuous
  ['Thời gian thực hiện: Thường xuyên.', 'Thường xuyên', { kind: 'continuous' }],
  ['- Thời gian: thường xuyên, liên tục', 'thường xuyên, liên tục', { kind: 'continuous' }],
  [
    'Thời gian thực hiện: Thường xuyên trong năm 2022.',
    'Thường xuyên trong năm 2022',
    { kind: 'continuous', start: '2022-01-01', end: '2022-12-31' },
  ],
  ['(Thường xuyên)', 'Thường xuyên', { kind: 'continuous' }],
  // recurring
  ['Định kỳ 6 tháng báo cáo UBND huyện.', 'Định kỳ 6 tháng', { kind: 'recurring', every: 'P6M' }],
  ['báo cáo kết quả hằng quý về Phòng Nội vụ', 'hằng quý', { kind: 'recurring', every: 'P3M' }],
  ['tổ chức đối thoại hàng năm với Nhân dân', 'hàng năm', { kind: 'recurring', every: 'P1Y' }],
  ['giao ban mỗi tháng một lần', 'mỗi tháng', { kind: 'recurring', every: 'P1M' }],
  ['Định kỳ sáu tháng báo cáo', 'Định kỳ sáu tháng', { kind: 'recurring', every: 'P6M' }],
  [
    'Định kỳ 6 tháng (trước ngày 10/6) báo cáo',
    'Định kỳ 6 tháng (trước ngày 10/6)',
    { kind: 'recurring', every: 'P6M', due: '--06-10' },
  ],
  [
    'hàng năm (trước ngày 25/11)',
    'hàng năm (trước ngày 25/11)',
    { kind: 'recurring', every: 'P1Y', due: '--11-25' },
  ],
  [
    'gửi báo cáo trước ngày 25 hằng tháng',
    'trước ngày 25 hằng tháng',
    { kind: 'recurring', every: 'P1M', due: '---25' },
  ],
  [
    'báo cáo trước ngày 20 của tháng cuối quý',
    'trước ngày 20 của tháng cuối quý',
    { kind: 'recurring', every: 'P3M', due: '---20' },
  ],
  [
    'gửi trước ngày 05 tháng cuối cùng của mỗi quý',
    'trước ngày 05 tháng cuối cùng của mỗi quý',
    { kind: 'recurring', every: 'P3M', due: '---05' },
  ],
  [
    'tổng kết trước ngày 20/11 hàng năm',
    'trước ngày 20/11 hàng năm',
    { kind: 'recurring', every: 'P1Y', due: '--11-20' },
  ],
  [
    'Báo cáo hằng quý, trước ngày 20 của tháng cuối quý.',
    'hằng quý, trước ngày 20 của tháng cuối quý',
    { kind: 'recurring', every: 'P3M', due: '---20' },
  ],
  [
    'Định kỳ hàng quý (trước ngày 20 của tháng cuối quý) báo cáo',
    'Định kỳ hàng quý (trước ngày 20 của tháng cuối quý)',
    { kind: 'recurring', every: 'P3M', due: '---20' },
  ],
  [
    'báo cáo hằng tháng, trước ngày 25',
    'hằng tháng, trước ngày 25',
    { kind: 'recurring', every: 'P1M', due: '---25' },
  ],
  [
    'tổng kết hằng năm trước ngày 15/12',
    'hằng năm trước ngày 15/12',
    { kind: 'recurring', every: 'P1Y', due: '--12-15' },
  ],
];

describe('deadline forms', () => {
  test.each(positives)('%j', (input, span, fields) => {
    const found = deadlinesOf(input);
    const hit = found.find((d) => input.slice(d.span.start, d.span.end) === span);
    expect(hit, JSON.stringify(found.map((d) => input.slice(d.span.start, d.span.end)))).toBeDefined();
    expect(hit).toMatchObject(fields);
    if (!('yearInferred' in fields)) expect(hit!.yearInferred).toBeUndefined();
    expect(hit!.text).toBe(span.replace(/\s+/g, ' '));
    expect(found).toHaveLength(1);
  });
});

// Lists give one record per period, in order, each with its own span.
const lists: Array<[input: string, spans: string[], every: string[], due?: Array<string | undefined>]> = [
  [
    'báo cáo số liệu định kỳ hàng tháng, quý, 6 tháng, 9 tháng, 01 năm và số liệu theo yêu cầu',
    ['định kỳ hàng tháng', 'quý', '6 tháng', '9 tháng', '01 năm'],
    ['P1M', 'P3M', 'P6M', 'P9M', 'P1Y'],
  ],
  ['Định kỳ 6 tháng, năm trên cơ sở báo cáo của các phòng', ['Định kỳ 6 tháng', 'năm'], ['P6M', 'P1Y']],
  [
    'Định kỳ 6 tháng (trước ngày 10/6), hàng năm (trước ngày 25/11) hoặc đột xuất, các phòng',
    ['Định kỳ 6 tháng (trước ngày 10/6)', 'hàng năm (trước ngày 25/11)'],
    ['P6M', 'P1Y'],
    ['--06-10', '--11-25'],
  ],
  ['báo cáo hằng tuần và hằng tháng', ['hằng tuần', 'hằng tháng'], ['P1W', 'P1M']],
];

describe('recurring lists', () => {
  test.each(lists)('%j', (input, spans, every, due) => {
    const found = deadlinesOf(input);
    expect(found.map((d) => input.slice(d.span.start, d.span.end))).toEqual(spans);
    expect(found.map((d) => d.every)).toEqual(every);
    if (due) expect(found.map((d) => d.due)).toEqual(due);
  });
});

// Each row has one real deadline (given) beside a phrase that is none.
const mixed: Array<[input: string, spans: string[]]> = [
  ['- Báo cáo 6 tháng đầu năm trước ngày 20 tháng 6 năm 2022.', ['trước ngày 20 tháng 6 năm 2022']],
  ['- Báo cáo năm trước ngày 20 tháng 12 năm 2022.', ['trước ngày 20 tháng 12 năm 2022']],
  // a dated bound after a recurrence is a one-off, not its due day
  ['Báo cáo hằng năm trước ngày 15/12/2024.', ['hằng năm', 'trước ngày 15/12/2024']],
  ['Báo cáo kết quả quý I trước ngày 15/3/2024.', ['trước ngày 15/3/2024']],
  ['Định kỳ các phòng ban báo cáo kết quả như sau: trước ngày 20/6/2024', ['trước ngày 20/6/2024']],
];

describe('report scopes beside their deadline', () => {
  test.each(mixed)('%j', (input, spans) => {
    expect(deadlinesOf(input).map((d) => input.slice(d.span.start, d.span.end))).toEqual(spans);
  });
});

describe('the year of a yearless date', () => {
  test('comes from the plan, never the clock', () => {
    const [d] = deadlinesOf('báo cáo trước ngày 10/6', 2019);
    expect(d).toMatchObject({ kind: 'before', date: '2019-06-10', yearInferred: true });
  });
  test('is left out when the plan gives none', () => {
    const [d] = deadlinesOf('báo cáo trước ngày 10/6', null);
    expect(d!.kind).toBe('before');
    expect(d!.date).toBeUndefined();
  });
});
