/**
 * The time vocabulary of Vietnamese administrative plans, as data. The deadline grammar
 * (src/extract/deadlines/) builds its patterns from these tables: adding a word is a data
 * change plus a test row.
 */

/** Quarter numbers as plans print them: 'quý II', 'Quý 2', 'quý IV'. */
export const quarterNumbers = {
  I: 1,
  II: 2,
  III: 3,
  IV: 4,
  '1': 1,
  '2': 2,
  '3': 3,
  '4': 4,
} as const;

/** Counted periods: 'Định kỳ 6 tháng', 'hàng quý', '01 năm'. The value is the ISO 8601 designator and its size. */
export const periodUnits = {
  tuần: { designator: 'W', size: 1 },
  tháng: { designator: 'M', size: 1 },
  quý: { designator: 'M', size: 3 },
  năm: { designator: 'Y', size: 1 },
} as const;

/** Number words that count periods ('sáu tháng'). 'năm' (five) is left out: it is also 'year'. */
export const numberWords = {
  một: 1,
  hai: 2,
  ba: 3,
  bốn: 4,
  sáu: 6,
  chín: 9,
  mười: 10,
} as const;

/** Words that make a period recur: 'Định kỳ 6 tháng', 'hằng quý', 'hàng năm', 'mỗi tháng'. */
export const recurrenceWords = ['định kỳ', 'hàng', 'hằng', 'mỗi'] as const;

/** Nouns that 'hằng năm' merely qualifies ('kế hoạch hằng năm' is an annual plan, not a deadline). */
export const annualNounModifiers = [
  'kế hoạch',
  'chỉ tiêu',
  'ngân sách',
  'dự toán',
  'chương trình',
  'lễ hội',
] as const;

/**
 * Words after a period unit that make it something else: 'năm nay', 'năm học', '6 tháng đầu
 * năm'. ('năm trước', last year, is told apart from 'hằng tháng trước ngày 25' by the date.)
 */
export const periodUnitBlockers = ['nay', 'sau', 'tới', 'qua', 'học', 'đầu', 'cuối'] as const;

/** Words that open an upper bound: 'trước ngày …', 'chậm nhất ngày …', 'hoàn thành trước …'. */
export const beforeWords = [
  'hoàn thành trước',
  'hoàn thành chậm nhất',
  'chậm nhất là',
  'chậm nhất vào',
  'chậm nhất',
  'không muộn hơn',
  'hạn chót',
  'đến hết',
  'trước',
] as const;

/** Halves and parts of a year: '6 tháng đầu năm', '6 tháng cuối năm 2024', 'cuối năm'. */
export const yearParts = { đầu: 'start', cuối: 'end' } as const;

/**
 * The months a bare 'đầu năm' / 'cuối năm' covers. Plans use them for the first and the last
 * quarter ('tổ chức sơ kết đầu năm', 'hoàn thành cuối năm'), so that is what they mean here.
 */
export const bareYearPartMonths = 3;

/** Words that keep a time bound going: 'Thường xuyên', 'Thường xuyên trong năm 2022'. */
export const continuousWords = ['thường xuyên', 'liên tục'] as const;

/**
 * Labels that announce the time of a task: 'Thời gian thực hiện: Quý I/2024',
 * 'Thời hạn hoàn thành: 30/6/2024', the 'Thời gian hoàn thành' column of a task table.
 */
export const timeLabels = [
  'thời gian thực hiện',
  'thời gian hoàn thành',
  'thời gian triển khai',
  'thời gian tổ chức',
  'thời hạn hoàn thành',
  'thời hạn thực hiện',
  'thời hạn',
  'thời gian',
  'tiến độ thực hiện',
  'tiến độ',
] as const;

/** Words that make what follows a report's scope, not a deadline: 'Báo cáo 6 tháng đầu năm'. */
export const reportScopeWords = ['báo cáo', 'sơ kết', 'tổng kết', 'kết quả', 'đánh giá'] as const;

/**
 * Words right before a date that make it something other than a deadline: a date of
 * effect ('có hiệu lực từ ngày'), of adoption ('thông qua ngày'), of issue ('ban hành ngày'),
 * the cut-off of reported figures ('số liệu tính đến hết ngày 15/6').
 */
export const notDeadlineDatePrefixes = [
  'tính',
  'hiệu lực',
  'hiệu lực thi hành',
  'hiệu lực kể',
  'thông qua',
  'ban hành',
  'ký',
  'ký ban hành',
] as const;

/** Document names that a year range can belong to: 'Chương trình … giai đoạn 2021-2030'. */
export const namedDocumentWords = [
  'chương trình',
  'đề án',
  'chiến lược',
  'kế hoạch',
  'nghị quyết',
  'quy hoạch',
  'dự án',
  'chỉ thị',
  'quyết định',
  'kết luận',
  'nghị định',
  'thông tư',
  'luật',
  'phong trào',
  'cuộc vận động',
] as const;

/** Words that make a year range a term of office, not a deadline: 'nhiệm kỳ 2020-2025'. */
export const termWords = ['nhiệm kỳ', 'khóa', 'khoá'] as const;
