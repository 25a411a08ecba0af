import { quarterNumbers } from '../../lexicon/time-words.js';
import type { Deadline } from '../../schema/deadline.js';
import type { Extractor } from '../types.js';
import { quarterSpan } from './calendar.js';
import { afterReportScope } from './context-guards.js';
import { cueScanner } from './cue-index.js';
import { makeDeadline } from './deadline-record.js';
import { GAP, sticky, WORD_END } from './pattern-parts.js';

const numbers = Object.keys(quarterNumbers)
  .sort((a, b) => b.length - a.length)
  .join('|');
// 'Trong quý II năm 2022', 'Quý I/2024', 'quý III', 'trong quý 3 năm 2024'
const findQuarter = cueScanner(
  ['ngay', 'trong', 'quý'],
  sticky(
    `(?<within>(?:ngay${GAP})?trong${GAP})?quý${GAP}(?<q>${numbers})${WORD_END}` +
      `(?:\\s{0,3}[/-]\\s{0,3}(?<year>\\d{4})|,?${GAP}năm${GAP}(?<year2>\\d{4}))?(?!\\d)`,
  ),
);

/** A quarter something is to be done in: kind 'period'. 'Báo cáo quý I' is a report's scope. */
export const quarterPeriod: Extractor<Deadline> = {
  ruleId: 'deadline.quarter',
  find(ctx) {
    const { text, planYear } = ctx;
    const out: Deadline[] = [];
    for (const m of findQuarter(ctx)) {
      const g = m.groups!;
      const q = quarterNumbers[g['q']!.toUpperCase() as keyof typeof quarterNumbers];
      if (!g['within'] && afterReportScope(text, m.index)) continue;
      const stated = g['year'] ?? g['year2'];
      const year = stated ? Number(stated) : planYear;
      const fields =
        year === null ? {} : { ...quarterSpan(year, q), ...(stated ? {} : { yearInferred: true }) };
      out.push(
        makeDeadline(text, m.index, m.index + m[0].length, { kind: 'period', ...fields }, this.ruleId),
      );
    }
    return out;
  },
};
