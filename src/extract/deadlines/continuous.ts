import { continuousWords, timeLabels } from '../../lexicon/time-words.js';
import type { Deadline } from '../../schema/deadline.js';
import type { Extractor } from '../types.js';
import { monthsSpan } from './calendar.js';
import { endsOnTimeLabel } from './context-guards.js';
import { cueScanner } from './cue-index.js';
import { readMonth, readYear } from './date-phrase.js';
import { makeDeadline, yearOf } from './deadline-record.js';
import { anyOf, GAP, matchAt, sticky, WORD_END } from './pattern-parts.js';

const WORDS = anyOf(continuousWords);
// 'Thường xuyên', 'Thường xuyên, liên tục'
const findContinuous = cueScanner(
  continuousWords,
  sticky(`${WORDS}(?:\\s{0,2},?${GAP}${WORDS})?${WORD_END}`),
);
// '… trong năm 2022', '… trong tháng 3/2025', '… trong năm'
const within = sticky(`${GAP}trong${GAP}`);
const bareYearWord = sticky(`năm${WORD_END}(?!${GAP}\\d)`);
// 'Thời gian thực hiện: ', '- ', '(' : what a time bound standing alone comes after
const standsAfter = new RegExp(
  `(?:${anyOf(timeLabels)}\\s{0,3}:|\\n\\s{0,8}(?:[-+•]\\s{0,3})?|\\()\\s{0,3}$`,
  'iu',
);
// '.', ';' and the line's end, or ')': what it comes before
const standsBefore = sticky(`[ \\t]{0,3}(?:[.;]?[ \\t]{0,3}(?:\\r?\\n|$)|\\))`);
// After a time label a sentence's end will do: '… vi phạm. Thời gian thực hiện: thường xuyên.
// Sản phẩm: báo cáo.'
const sentenceEnd = sticky('[ \\t]{0,3}[.;]');

/**
 * 'Thường xuyên' as a time bound: kind 'continuous'. It is one when a period follows
 * ('Thường xuyên trong năm 2022') or when it stands alone as a task's time — after a
 * 'Thời gian …:' label, on its own line or in parentheses. In running prose ('Thường
 * xuyên rà soát …', 'nhiệm vụ quan trọng, thường xuyên') it says how, not when.
 */
export const continuousBound: Extractor<Deadline> = {
  ruleId: 'deadline.continuous',
  find(ctx) {
    const { text, planYear } = ctx;
    const out: Deadline[] = [];
    for (const m of findContinuous(ctx)) {
      const end = m.index + m[0].length;
      const w = matchAt(within, text, end);
      if (w) {
        const at = end + w[0].length;
        const period = readPeriod(text, at, planYear);
        if (period) {
          out.push(
            makeDeadline(text, m.index, period.end, { kind: 'continuous', ...period.fields }, this.ruleId),
          );
          continue;
        }
      }
      const before = (m.index < 60 ? '\n' : '') + text.slice(Math.max(0, m.index - 60), m.index);
      const alone =
        (standsAfter.test(before) && matchAt(standsBefore, text, end)) ||
        (endsOnTimeLabel(before) && matchAt(sentenceEnd, text, end));
      if (alone) {
        out.push(makeDeadline(text, m.index, end, { kind: 'continuous' }, this.ruleId));
      }
    }
    return out;
  },
};

function readPeriod(text: string, pos: number, planYear: number | null) {
  const d = readMonth(text, pos) ?? readYear(text, pos);
  const bare = d ? null : matchAt(bareYearWord, text, pos);
  if (!d && !bare) return null;
  const phrase = d ?? { start: pos, end: pos + bare![0].length, day: null, month: null, year: null };
  const y = yearOf(phrase, planYear);
  const months = phrase.month === null ? ([1, 12] as const) : ([phrase.month, phrase.month] as const);
  const fields = y ? { ...monthsSpan(y.year, ...months), ...(y.inferred ? { yearInferred: true } : {}) } : {};
  return { end: phrase.end, fields };
}
