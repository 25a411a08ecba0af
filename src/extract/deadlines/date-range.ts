import type { Deadline } from '../../schema/deadline.js';
import type { Extractor } from '../types.js';
import { isoDate, isValidDate, lastDayOfMonth } from './calendar.js';
import { afterNotDeadlineWord } from './context-guards.js';
import { cueScanner } from './cue-index.js';
import { type DatePhrase, readDayDate, readDayOnly, readMonth } from './date-phrase.js';
import { makeDeadline } from './deadline-record.js';
import { GAP, matchAt, sticky } from './pattern-parts.js';

// 'từ ngày 01/3/2024 đến ngày 30/6/2024', 'từ ngày 13 đến 14/4/2020', 'từ tháng 3 đến tháng 6/2024'
const findTrigger = cueScanner(['kể', 'từ'], sticky(`(?:kể${GAP})?từ${GAP}(?=ngày|tháng|\\d)`));
// ' đến ', ' – ', '-', ' đến hết '
const joiner = sticky(`\\s{0,3}(?:(?:đến|tới)(?:${GAP}hết)?${GAP}|[-–—]\\s{0,3})`);

/** A span of days or months: kind 'range'. The first end borrows what it leaves out from the second. */
export const dateRange: Extractor<Deadline> = {
  ruleId: 'deadline.date-range',
  find(ctx) {
    const { text, planYear } = ctx;
    const out: Deadline[] = [];
    for (const m of findTrigger(ctx)) {
      const pos = m.index + m[0].length;
      const from = readDayDate(text, pos) ?? readMonth(text, pos) ?? readDayOnly(text, pos);
      if (!from) continue;
      const j = matchAt(joiner, text, from.end);
      if (!j) continue;
      const at = from.end + j[0].length;
      const to = readDayDate(text, at) ?? readMonth(text, at);
      if (!to || to.month === null || afterNotDeadlineWord(text, m.index)) continue;
      const fields = rangeFields(from, to, planYear);
      if (fields) out.push(makeDeadline(text, m.index, to.end, { kind: 'range', ...fields }, this.ruleId));
    }
    return out;
  },
};

function rangeFields(from: DatePhrase, to: DatePhrase, planYear: number | null) {
  const stated = to.year ?? from.year;
  const endYear = to.year ?? stated ?? planYear;
  if (endYear === null || to.month === null) return null;
  const fromMonth = from.month ?? to.month;
  // 'từ tháng 11 đến tháng 2/2025' runs over the new year
  const startYear = from.year ?? (fromMonth > to.month ? endYear - 1 : endYear);
  if (!isValidDate(startYear, fromMonth, from.day)) return null;
  const start = isoDate(startYear, fromMonth, from.day ?? 1);
  const end = isoDate(endYear, to.month, to.day ?? lastDayOfMonth(endYear, to.month));
  if (start > end) return null;
  return stated === null ? { start, end, yearInferred: true as const } : { start, end };
}
