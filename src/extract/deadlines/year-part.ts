import { bareYearPartMonths, numberWords, yearParts } from '../../lexicon/time-words.js';
import type { Deadline } from '../../schema/deadline.js';
import type { Extractor } from '../types.js';
import { monthsSpan } from './calendar.js';
import { afterReportScope } from './context-guards.js';
import { makeDeadline } from './deadline-record.js';
import { anyOf, GAP, global, WORD_END, WORD_START } from './pattern-parts.js';

// '6 tháng đầu năm', '6 tháng cuối năm 2024', 'cuối năm', 'sáu tháng đầu năm 2025'
const yearPart = global(
  `${WORD_START}(?:(?<count>\\d{1,2}|${anyOf(Object.keys(numberWords))})${GAP}tháng${GAP})?` +
    `(?<part>${anyOf(Object.keys(yearParts))})${GAP}năm(?:${GAP}(?<year>\\d{4}))?${WORD_END}(?!\\d)` +
    // 'từ đầu năm đến nay', 'đầu năm học' are no bounds
    `(?!${GAP}(?:học|đến${GAP}nay|tới${GAP}nay|nay))`,
);

/**
 * The first or last months of a year: kind 'period'. A bare 'đầu năm' / 'cuối năm' is read as
 * the first / last quarter. 'Báo cáo 6 tháng đầu năm' names what a report covers: no deadline.
 */
export const yearPartPeriod: Extractor<Deadline> = {
  ruleId: 'deadline.year-part',
  find({ text, planYear }) {
    const out: Deadline[] = [];
    for (const m of text.matchAll(yearPart)) {
      const g = m.groups!;
      if (afterReportScope(text, m.index)) continue;
      const raw = g['count']?.toLowerCase();
      const count =
        raw === undefined
          ? bareYearPartMonths
          : (numberWords[raw as keyof typeof numberWords] ?? Number(raw));
      if (count < 1 || count > 11) continue;
      const year = g['year'] ? Number(g['year']) : planYear;
      const atStart = yearParts[g['part']!.toLowerCase() as keyof typeof yearParts] === 'start';
      const [from, to] = atStart ? [1, count] : [13 - count, 12];
      const fields =
        year === null ? {} : { ...monthsSpan(year, from, to), ...(g['year'] ? {} : { yearInferred: true }) };
      out.push(
        makeDeadline(text, m.index, m.index + m[0].length, { kind: 'period', ...fields }, this.ruleId),
      );
    }
    return out;
  },
};
