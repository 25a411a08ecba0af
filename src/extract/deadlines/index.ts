import type { Deadline } from '../../schema/deadline.js';
import type { ExtractContext, Extractor } from '../types.js';
import { beforeDate } from './before-date.js';
import { continuousBound } from './continuous.js';
import { dateRange } from './date-range.js';
import { labeledTime } from './labeled-time.js';
import { onDate } from './on-date.js';
import { openEnded } from './open-ended.js';
import { quarterPeriod } from './quarter.js';
import { recurringPeriods } from './recurring.js';
import { recurringDueDay } from './recurring-due-day.js';
import { tableTimeColumn } from './table-time-column.js';
import { withinMonth } from './within-month.js';
import { withinYear } from './within-year.js';
import { yearPartPeriod } from './year-part.js';
import { yearRangeRule } from './year-range.js';

/**
 * Deadline rules, in order: on equal spans the earlier rule wins. Finding may over-generate;
 * refine/ drops overlaps (longest wins), dates in citations and what lies outside the body.
 */
export const deadlineExtractors: readonly Extractor<Deadline>[] = [
  recurringPeriods,
  recurringDueDay,
  continuousBound,
  openEnded,
  dateRange,
  yearRangeRule,
  quarterPeriod,
  yearPartPeriod,
  withinMonth,
  withinYear,
  beforeDate,
  onDate,
  labeledTime,
  tableTimeColumn,
];

export function extractDeadlines(ctx: ExtractContext): Deadline[] {
  return deadlineExtractors.flatMap((x) => x.find(ctx));
}
