import type { Deadline } from '../../schema/deadline.js';
import { collapseSpaces } from '../../segment/collapse-spaces.js';
import { backOver } from '../../segment/white-space.js';
import { isoDate } from './calendar.js';
import type { DatePhrase } from './date-phrase.js';

export type DeadlineFields = Omit<Deadline, 'text' | 'span' | 'ruleId'>;

/** A Deadline over `text[start, end)`; its `text` is the phrase with its line breaks folded. */
export function makeDeadline(
  text: string,
  start: number,
  end: number,
  fields: DeadlineFields,
  ruleId: string,
): Deadline {
  return { text: collapseSpaces(text.slice(start, end)), ...fields, span: { start, end }, ruleId };
}

/**
 * The year of a phrase: its own, else the plan's ('trước ngày 10/6' in a 2023 plan is
 * 2023-06-10). Null when neither is known — the clock is never asked.
 */
export function yearOf(d: DatePhrase, planYear: number | null): { year: number; inferred: boolean } | null {
  if (d.year !== null) return { year: d.year, inferred: false };
  return planYear === null ? null : { year: planYear, inferred: true };
}

/** `date` (and `yearInferred` when the plan gave the year) for a phrase; no date without a year. */
export function dateFields(d: DatePhrase, planYear: number | null): { date?: string; yearInferred?: true } {
  const y = yearOf(d, planYear);
  if (!y) return {};
  const date = isoDate(y.year, d.month, d.day);
  return y.inferred ? { date, yearInferred: true } : { date };
}

/** Ends a span before trailing spaces, so its text never ends in a line break. */
export const trimEnd = (text: string, end: number): number => backOver(text, end);
