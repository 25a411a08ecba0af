import { periodUnits } from '../../lexicon/time-words.js';
import type { Deadline } from '../../schema/deadline.js';
import type { Extractor } from '../types.js';
import { isoDayOfMonth, isoMonthDay } from './calendar.js';
import { cueScanner } from './cue-index.js';
import { readDayDate, readDayOnly } from './date-phrase.js';
import { makeDeadline } from './deadline-record.js';
import { anyOf, GAP, matchAt, sticky, WORD_END, WORD_START } from './pattern-parts.js';

// 'trước ngày 25 …', 'trước 20/11 …'
const TRIGGER = `trước${GAP}(?=ngày|\\d)`;
const findTrigger = cueScanner(['trước'], sticky(TRIGGER));
const triggerAt = sticky(`${WORD_START}${TRIGGER}`);
// ' hằng tháng', ' của mỗi quý', ' hàng năm', ' của tháng cuối quý', ' tháng cuối cùng của mỗi quý'
const cycle = sticky(
  `(?:,?${GAP}của)?${GAP}(?:(?:hàng|hằng|mỗi)${GAP}(?<unit>${anyOf(Object.keys(periodUnits))})` +
    `|tháng${GAP}cuối(?:${GAP}cùng)?(?:${GAP}của)?(?:${GAP}(?:mỗi|hàng|hằng))?${GAP}(?<lastMonthOf>quý))${WORD_END}`,
);

export interface DueDay {
  end: number;
  every: string;
  due: string;
}

/** 'trước ngày 25 hằng tháng' → P1M due '---25'; 'trước ngày 20/11 hàng năm' → P1Y due '--11-20'. */
export function readDueDay(text: string, pos: number): DueDay | null {
  const t = matchAt(triggerAt, text, pos);
  if (!t) return null;
  const at = pos + t[0].length;
  const d = readDayDate(text, at) ?? readDayOnly(text, at);
  if (!d || d.day === null) return null;
  const c = matchAt(cycle, text, d.end);
  if (!c) return null;
  const unitWord = (c.groups?.['unit'] ??
    c.groups?.['lastMonthOf'])!.toLowerCase() as keyof typeof periodUnits;
  const unit = periodUnits[unitWord];
  if (unit.designator === 'W') return null;
  // A month-day only means something once a year; a day alone recurs every month or quarter.
  const due =
    d.month !== null && unit.designator === 'Y' ? isoMonthDay(d.month, d.day) : isoDayOfMonth(d.day);
  return { end: d.end + c[0].length, every: `P${unit.size}${unit.designator}`, due };
}

/** A due day that comes back every month, quarter or year: kind 'recurring' with `due`. */
export const recurringDueDay: Extractor<Deadline> = {
  ruleId: 'deadline.recurring-due-day',
  find(ctx) {
    const { text } = ctx;
    const out: Deadline[] = [];
    for (const m of findTrigger(ctx)) {
      const r = readDueDay(text, m.index);
      if (r)
        out.push(
          makeDeadline(text, m.index, r.end, { kind: 'recurring', every: r.every, due: r.due }, this.ruleId),
        );
    }
    return out;
  },
};
