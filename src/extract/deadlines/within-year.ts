import type { Deadline } from '../../schema/deadline.js';
import type { Extractor } from '../types.js';
import { monthsSpan } from './calendar.js';
import { afterReportScope, inCitedClause } from './context-guards.js';
import { cueScanner } from './cue-index.js';
import { makeDeadline } from './deadline-record.js';
import { GAP, sticky } from './pattern-parts.js';

// 'hoàn thành trong năm 2024', 'trong suốt năm 2023'
const findWithinYear = cueScanner(
  ['ngay', 'trong'],
  sticky(`(?:ngay${GAP})?trong(?:${GAP}suốt)?${GAP}năm${GAP}(?<year>\\d{4})(?!\\d)(?<comma>\\s{0,2},)?`),
);

/**
 * The year something is to be done in: kind 'period'. 'Trong năm 2023, …' opening a sentence
 * sets the scene for all that follows and is no bound on one task.
 */
export const withinYear: Extractor<Deadline> = {
  ruleId: 'deadline.within-year',
  find(ctx) {
    const { text } = ctx;
    const out: Deadline[] = [];
    for (const m of findWithinYear(ctx)) {
      const g = m.groups!;
      if (g['comma'] && opensSentence(text, m.index)) continue;
      if (inCitedClause(text, m.index) || afterReportScope(text, m.index)) continue;
      const year = Number(g['year']);
      const end = m.index + m[0].length - (g['comma']?.length ?? 0);
      out.push(makeDeadline(text, m.index, end, { kind: 'period', ...monthsSpan(year, 1, 12) }, this.ruleId));
    }
    return out;
  },
};

// '. ', '\n- ', ': ' before 'Trong năm 2023, …'
const sentenceOpening = /(?:[.:;!?]|\n)\s{0,8}(?:[-+•]\s{0,3})?$/u;

function opensSentence(text: string, pos: number): boolean {
  return sentenceOpening.test((pos < 12 ? '\n' : '') + text.slice(Math.max(0, pos - 12), pos));
}
