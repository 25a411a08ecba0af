import {
  namedDocumentWords,
  notDeadlineDatePrefixes,
  reportScopeWords,
  termWords,
  timeLabels,
} from '../../lexicon/time-words.js';
import { anyOf, GAP, WORD_START } from './pattern-parts.js';

/**
 * Looks at the words before a time phrase to tell a time bound from a date that only names
 * something: a cited document, a law's date of effect, a report's scope, a programme's name.
 * Each guard reads a bounded window, so the cost per phrase is constant.
 */

const WINDOW = 240;

/** The clause a position sits in, up to it: back to ';', a sentence end or a list item. */
export function clauseBefore(text: string, pos: number): string {
  const from = Math.max(0, pos - WINDOW);
  const window = text.slice(from, pos);
  // ';', '. ', ':', or a line that opens a bullet or a numbered item.
  const boundary = /[;:!?]|\.(?=\s)|\n\s{0,8}(?:[-+•]|\d{1,2}\.|[IVX]{1,4}\.)/gu;
  let cut = 0;
  for (const m of window.matchAll(boundary)) cut = (m.index ?? 0) + m[0].length;
  return window.slice(cut);
}

// 'Chỉ thị số 08-CT/TU ngày 04/01/2021 … giai đoạn 2021-2025', 'Kế hoạch số 55/KH-UBND …'
const citedDocument = new RegExp(
  `${WORD_START}số\\s{0,3}\\d|\\d{1,5}\\s?[-/]\\s?(?:\\d{4}\\s?\\/\\s?)?[A-ZĐ]{1,6}[a-z]?\\s?[-/]`,
  'u',
);

/** True when the clause before `pos` cites a numbered document: the date is part of the citation. */
export const inCitedClause = (text: string, pos: number): boolean =>
  citedDocument.test(clauseBefore(text, pos));

// 'Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021-2030'
const namedDocument = new RegExp(`${WORD_START}${anyOf(namedDocumentWords)}(?![\\p{L}])`, 'iu');
export const inDocumentName = (text: string, pos: number): boolean =>
  namedDocument.test(clauseBefore(text, pos));

// 'nhiệm kỳ 2020-2025'
const term = new RegExp(`${WORD_START}${anyOf(termWords)}\\s{0,4}$`, 'iu');
export const afterTermWord = (text: string, pos: number): boolean =>
  term.test(text.slice(Math.max(0, pos - 20), pos));

// 'có hiệu lực từ ngày 01/7/2023', 'thông qua ngày 10/11/2022'
const notDeadline = new RegExp(
  `${WORD_START}${anyOf(notDeadlineDatePrefixes)}(?:\\s{1,4}(?:kể|từ|vào|ngày)){0,3}\\s{0,4}$`,
  'iu',
);
export const afterNotDeadlineWord = (text: string, pos: number): boolean =>
  notDeadline.test(text.slice(Math.max(0, pos - 40), pos));

// 'số liệu tính đến hết ngày 15/6', 'có hiệu lực trước ngày …': before a bound ('trước', 'đến
// hết'), only a cut-off or an effect makes the date no deadline — 'ban hành trước ngày 31/3',
// 'thông qua trước ngày …' bound the issuing the plan asks for.
const notBound = new RegExp(`${WORD_START}(?:tính|hiệu${GAP}lực)\\s{0,4}$`, 'iu');
export const afterCutOffWord = (text: string, pos: number): boolean =>
  notBound.test(text.slice(Math.max(0, pos - 20), pos));

// 'Báo cáo 6 tháng đầu năm', 'báo cáo kết quả thực hiện quý I'
const scope = new RegExp(
  `${WORD_START}${anyOf(reportScopeWords)}(?:\\s{1,4}[\\p{L}]{1,12}){0,3}\\s{1,4}$`,
  'iu',
);
// 'sơ kết vào 6 tháng đầu năm': a time word in between makes it a time again
const timeWordBefore = new RegExp(`${WORD_START}(?:vào|trong|trước|từ)\\s{1,4}$`, 'iu');
export function afterReportScope(text: string, pos: number): boolean {
  const before = text.slice(Math.max(0, pos - 60), pos);
  return scope.test(before) && !timeWordBefore.test(before);
}

// 'Thời gian thực hiện: ' right before a phrase
const labelBefore = new RegExp(`${anyOf(timeLabels)}\\s{0,3}:\\s{0,3}$`, 'iu');
/** Whether `before` (the text up to a phrase) ends on a time label and its ':'. */
export const endsOnTimeLabel = (before: string): boolean => labelBefore.test(before);

// 'trong giai đoạn …', 'hoàn thành trong …', 'Thời gian thực hiện: …', or the phrase opening its clause
const timeLead = new RegExp(
  `(?:${WORD_START}(?:trong|cho|suốt|cả|hoàn${GAP}thành)|${anyOf(timeLabels)}\\s{0,3}:|[.;:(\\n]|\\n\\s{0,8}[-+•])\\s{0,4}$`,
  'iu',
);
/**
 * Whether a phrase at `pos` stands where a time does: after 'trong', a time label, or opening its
 * clause. 'giai đoạn 2021-2025' or 'năm 2025 và các năm tiếp theo' elsewhere may name something.
 */
export const standsAsTime = (text: string, pos: number): boolean =>
  timeLead.test((pos < 40 ? '\n' : '') + text.slice(Math.max(0, pos - 40), pos));
