import type { Deadline } from '../../schema/deadline.js';
import type { Extractor } from '../types.js';
import { afterNotDeadlineWord, inCitedClause } from './context-guards.js';
import { cueScanner } from './cue-index.js';
import { readDayDate } from './date-phrase.js';
import { dateFields, makeDeadline } from './deadline-record.js';
import { CLOCK_OR_DAY, GAP, sticky } from './pattern-parts.js';

// 'tổ chức vào ngày 20/6/2022', 'hoàn thành trong ngày 15 tháng 3 năm 2024', 'ra quân vào sáng
// Chủ nhật, ngày 22/3/2026'
const findTrigger = cueScanner(['vào', 'trong'], sticky(`(?:vào|trong)${GAP}(?:${CLOCK_OR_DAY})?(?=ngày)`));

/**
 * A day on which something is to be done: kind 'date', an event's day after its clock time
 * included. Dates of issue, of effect and of cited documents are left out.
 */
export const onDate: Extractor<Deadline> = {
  ruleId: 'deadline.on-date',
  find(ctx) {
    const { text, planYear } = ctx;
    const out: Deadline[] = [];
    for (const m of findTrigger(ctx)) {
      const start = m.index;
      const d = readDayDate(text, start + m[0].length);
      if (!d) continue;
      if (afterNotDeadlineWord(text, start) || inCitedClause(text, start)) continue;
      out.push(makeDeadline(text, start, d.end, { kind: 'date', ...dateFields(d, planYear) }, this.ruleId));
    }
    return out;
  },
};
