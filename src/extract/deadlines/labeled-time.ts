import { timeLabels } from '../../lexicon/time-words.js';
import type { Deadline } from '../../schema/deadline.js';
import type { Extractor } from '../types.js';
import { readBareTimePhrase } from './bare-time-phrase.js';
import { cueScanner } from './cue-index.js';
import { makeDeadline } from './deadline-record.js';
import { anyOf, CLOCK_OR_DAY, matchAt, sticky } from './pattern-parts.js';

// 'Thời gian thực hiện: 30/6/2024', 'Thời hạn hoàn thành: Tháng 9/2024', 'Thời gian: năm 2024'
const findLabel = cueScanner(timeLabels, sticky(`${anyOf(timeLabels)}\\s{0,3}:\\s{0,3}`));
// 'Thời gian: 07 giờ 30 phút, ngày 20/3/2026': the date after the clock time is the deadline
const CLOCK_AT = sticky(CLOCK_OR_DAY);

/**
 * A date, month or year after a time label: kind 'date' (partial ISO for a month or a year),
 * or 'range' for '2024 - 2025'. The label stays out of the span; other rules read the
 * worded forms ('Trong quý II …', 'trước ngày …', 'Thường xuyên').
 */
export const labeledTime: Extractor<Deadline> = {
  ruleId: 'deadline.labeled-time',
  find(ctx) {
    const { text, planYear } = ctx;
    const out: Deadline[] = [];
    for (const m of findLabel(ctx)) {
      const labelEnd = m.index + m[0].length;
      const start = matchAt(CLOCK_AT, text, labelEnd)?.[0].length ?? 0;
      const t = readBareTimePhrase(text, labelEnd + start, planYear);
      if (t) out.push(makeDeadline(text, labelEnd + start, t.end, t.fields, this.ruleId));
    }
    return out;
  },
};
