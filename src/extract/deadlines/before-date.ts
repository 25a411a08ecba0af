import { beforeWords } from '../../lexicon/time-words.js';
import type { Deadline } from '../../schema/deadline.js';
import type { Extractor } from '../types.js';
import { isoDate, lastDayOfMonth } from './calendar.js';
import { afterCutOffWord } from './context-guards.js';
import { cueScanner } from './cue-index.js';
import { readAnyDate } from './date-phrase.js';
import { dateFields, makeDeadline } from './deadline-record.js';
import { anyOf, GAP, matchAt, sticky } from './pattern-parts.js';

// 'trước ngày 20 tháng 6 năm 2022', 'chậm nhất là ngày 30/6/2024', 'hoàn thành trước 15/8'
const findTrigger = cueScanner(beforeWords, sticky(`${anyOf(beforeWords)}${GAP}`));
// '17 giờ 00 ngày …', '17h00, ngày …': a clock time inside the bound stays in its span
const clock = sticky(`\\d{1,2}\\s?(?:giờ|h)(?:\\s?\\d{2})?(?:\\s?phút)?,?${GAP}`);
// 'trước mùa mưa bão (' — the words a parenthesised date makes precise
const leadIn = /trước(?:\s{1,4}[\p{L}]{1,12}){1,5}\s{0,3}\(\s{0,3}$/iu;

const THROUGH = /^đến\s{1,8}hết/iu;

/** The last day of a year ('2025') or a month ('2025-06'); a whole date as it is. */
function lastDayOf(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number?, number?];
  if (day) return date;
  const m = month ?? 12;
  return isoDate(year, m, lastDayOfMonth(year, m));
}

/** An upper bound on a date, a month or a year: kind 'before'. */
export const beforeDate: Extractor<Deadline> = {
  ruleId: 'deadline.before-date',
  find(ctx) {
    const { text, planYear } = ctx;
    const out: Deadline[] = [];
    for (const m of findTrigger(ctx)) {
      const start = m.index;
      let pos = start + m[0].length;
      const c = matchAt(clock, text, pos);
      if (c) pos += c[0].length;
      const d = readAnyDate(text, pos);
      if (!d || afterCutOffWord(text, start)) continue;
      const [s, e] = widenToLeadIn(text, start, d.end);
      const fields = dateFields(d, planYear);
      // 'đến hết năm 2025', 'đến hết tháng 6/2025': through the end of the year or month
      if (THROUGH.test(m[0]) && fields.date) fields.date = lastDayOf(fields.date);
      out.push(makeDeadline(text, s, e, { kind: 'before', ...fields }, this.ruleId));
    }
    return out;
  },
};

/** 'trước mùa mưa bão (trước ngày 15/8/2025)' is one bound: the words and their date. */
function widenToLeadIn(text: string, start: number, end: number): [number, number] {
  const before = text.slice(Math.max(0, start - 80), start);
  const m = leadIn.exec(before);
  if (!m) return [start, end];
  const close = /^\s{0,3}\)/u.exec(text.slice(end, end + 4));
  if (!close) return [start, end];
  return [start - before.length + m.index, end + close[0].length];
}
