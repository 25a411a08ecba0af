import type { Deadline } from '../../schema/deadline.js';
import type { Extractor } from '../types.js';
import { isPlausibleYear } from './calendar.js';
import {
  afterNotDeadlineWord,
  afterTermWord,
  inCitedClause,
  inDocumentName,
  standsAsTime,
} from './context-guards.js';
import { cueScanner } from './cue-index.js';
import { makeDeadline } from './deadline-record.js';
import { GAP, sticky } from './pattern-parts.js';

const YEARS = `(?:năm${GAP})?(?<from>\\d{4})\\s{0,3}(?:(?:đến|tới)${GAP}|[-–—]\\s{0,3})(?:năm${GAP})?(?<to>\\d{4})(?!\\d)`;
// 'từ năm 2012 đến năm 2016', 'giai đoạn 2021-2025', 'giai đoạn từ 2021 đến 2025', a stage by
// its number: 'Giai đoạn 1 (2026–2027)', 'giai đoạn II: 2028 - 2030'
const STAGE = `(?:\\d{1,2}|[IVX]{1,4})\\s{0,3}[(:]\\s{0,3}`;
const findYearRange = cueScanner(
  ['giai', 'từ'],
  sticky(`(?<frame>giai${GAP}đoạn${GAP}(?:${STAGE})?(?:từ${GAP})?|từ${GAP})${YEARS}`),
);
/**
 * Years something is to be done over: kind 'range'. 'giai đoạn 2021-2025' counts only as the
 * time frame of work — not inside a programme's name, a cited title or a term of office.
 */
export const yearRangeRule: Extractor<Deadline> = {
  ruleId: 'deadline.year-range',
  find(ctx) {
    const { text } = ctx;
    const out: Deadline[] = [];
    for (const m of findYearRange(ctx)) {
      const g = m.groups!;
      const from = Number(g['from']);
      const to = Number(g['to']);
      if (!isPlausibleYear(from) || !isPlausibleYear(to) || from >= to || to - from > 30) continue;
      if (afterTermWord(text, m.index) || afterNotDeadlineWord(text, m.index) || inCitedClause(text, m.index))
        continue;
      const isFrame = !g['frame']!.toLowerCase().startsWith('từ');
      if (isFrame && (inDocumentName(text, m.index) || !standsAsTime(text, m.index))) continue;
      const fields = { start: `${from}-01-01`, end: `${to}-12-31` };
      out.push(makeDeadline(text, m.index, m.index + m[0].length, { kind: 'range', ...fields }, this.ruleId));
    }
    return out;
  },
};
