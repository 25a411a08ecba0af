import { bareYearPartMonths, numberWords, yearParts } from '../../lexicon/time-words.js';
import type { Deadline } from '../../schema/deadline.js';
import type { Extractor } from '../types.js';
import { monthsSpan } from './calendar.js';
import { afterReportScope } from './context-guards.js';
import { cueScanner } from './cue-index.js';
import { makeDeadline } from './deadline-record.js';
import { anyOf, GAP, sticky, WORD_END, WORD_START } from './pattern-parts.js';

// 'đầu năm', 'cuối năm 2024' — not 'từ đầu năm đến nay', 'đầu năm học'
const findYearPart = cueScanner(
  Object.keys(yearParts),
  sticky(
    `(?<part>${anyOf(Object.keys(yearParts))})${GAP}năm(?:${GAP}(?<year>\\d{4}))?${WORD_END}(?!\\d)` +
      `(?!${GAP}(?:học|đến${GAP}nay|tới${GAP}nay|nay)${WORD_END})`,
  ),
);
// '6 tháng ', 'sáu tháng ' right before: how many months of the year
const countBefore = new RegExp(
  `${WORD_START}(?<count>\\d{1,2}|${anyOf(Object.keys(numberWords))})${GAP}tháng${GAP}$`,
  'iu',
);

/**
 * The first or last months of a year: kind 'period' — '6 tháng đầu năm', '6 tháng cuối năm
 * 2024'. A bare 'đầu năm' / 'cuối năm' is read as the first / last quarter. 'Báo cáo 6 tháng
 * đầu năm' names what a report covers: no deadline.
 */
export const yearPartPeriod: Extractor<Deadline> = {
  ruleId: 'deadline.year-part',
  find(ctx) {
    const { text, planYear } = ctx;
    const out: Deadline[] = [];
    for (const m of findYearPart(ctx)) {
      const g = m.groups!;
      const c = countBefore.exec(text.slice(Math.max(0, m.index - 24), m.index));
      const start = c ? m.index - c[0].length : m.index;
      if (afterReportScope(text, start)) continue;
      const raw = c?.groups?.['count']?.toLowerCase();
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
      out.push(makeDeadline(text, start, m.index + m[0].length, { kind: 'period', ...fields }, this.ruleId));
    }
    return out;
  },
};
