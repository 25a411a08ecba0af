import type { Deadline } from '../../schema/deadline.js';
import type { Extractor } from '../types.js';
import { monthsSpan } from './calendar.js';
import { cueScanner } from './cue-index.js';
import { readMonth } from './date-phrase.js';
import { makeDeadline, yearOf } from './deadline-record.js';
import { GAP, sticky } from './pattern-parts.js';

// 'trong tháng 3/2025', 'Hoàn thành trong tháng 6 năm 2024', 'ngay trong tháng 9'
const findTrigger = cueScanner(
  ['ngay', 'trong'],
  sticky(`(?:ngay${GAP})?trong(?:${GAP}suốt)?${GAP}(?=tháng)`),
);

/** The month something is to be done in: kind 'period', first to last day of the month. */
export const withinMonth: Extractor<Deadline> = {
  ruleId: 'deadline.within-month',
  find(ctx) {
    const { text, planYear } = ctx;
    const out: Deadline[] = [];
    for (const m of findTrigger(ctx)) {
      const d = readMonth(text, m.index + m[0].length);
      if (!d || d.month === null) continue;
      const y = yearOf(d, planYear);
      const fields = y
        ? { ...monthsSpan(y.year, d.month, d.month), ...(y.inferred ? { yearInferred: true } : {}) }
        : {};
      out.push(makeDeadline(text, m.index, d.end, { kind: 'period', ...fields }, this.ruleId));
    }
    return out;
  },
};
