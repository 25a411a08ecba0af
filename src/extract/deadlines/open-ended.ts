import type { Deadline } from '../../schema/deadline.js';
import type { Extractor } from '../types.js';
import { isoDate, isPlausibleYear, quarterSpan } from './calendar.js';
import { afterNotDeadlineWord, inCitedClause, standsAsTime } from './context-guards.js';
import { cueScanner } from './cue-index.js';
import { makeDeadline } from './deadline-record.js';
import { GAP, sticky, WORD_END } from './pattern-parts.js';

// 'năm 2025 và các năm tiếp theo', 'Quý IV/2026 và những năm tiếp theo', 'từ tháng 3/2026 trở
// đi', 'từ năm 2026 trở đi': a start and no end.
const QUARTER = `quý${GAP}(?<quarter>IV|I{1,3}|[1-4])\\s{0,2}(?:/\\s{0,2}|${GAP}năm${GAP})(?<qyear>\\d{4})`;
const MONTH = `tháng${GAP}(?<month>\\d{1,2})\\s{0,2}(?:/\\s{0,2}|${GAP}năm${GAP})(?<myear>\\d{4})`;
const YEAR = `năm${GAP}(?<year>\\d{4})`;
const OPEN = `(?:${GAP}và${GAP}(?:các|những)${GAP}năm${GAP}tiếp${GAP}theo|${GAP}trở${GAP}đi)${WORD_END}`;
const findOpenEnded = cueScanner(
  ['từ', 'năm', 'quý', 'tháng'],
  sticky(`(?:từ${GAP})?(?:${QUARTER}|${MONTH}|${YEAR})(?!\\d)${OPEN}`),
);
const ROMAN: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4 };
/** A time that starts and goes on ('năm 2025 và các năm tiếp theo'): kind 'continuous' with a start. */
export const openEnded: Extractor<Deadline> = {
  ruleId: 'deadline.open-ended',
  find(ctx) {
    const { text } = ctx;
    const out: Deadline[] = [];
    for (const m of findOpenEnded(ctx)) {
      const start = startOf(m.groups!);
      if (!start || afterNotDeadlineWord(text, m.index) || inCitedClause(text, m.index)) continue;
      // without 'từ' only where a time stands: 'chương trình kiểm tra … năm 2025 và những năm
      // tiếp theo' names the programmes' years
      if (!/^từ/iu.test(m[0]) && !standsAsTime(text, m.index)) continue;
      out.push(
        makeDeadline(text, m.index, m.index + m[0].length, { kind: 'continuous', start }, this.ruleId),
      );
    }
    return out;
  },
};

function startOf(g: Record<string, string | undefined>): string | null {
  const year = Number(g['year'] ?? g['qyear'] ?? g['myear']);
  if (!isPlausibleYear(year)) return null;
  if (g['quarter']) {
    const q = ROMAN[g['quarter'].toUpperCase()] ?? Number(g['quarter']);
    return quarterSpan(year, q).start;
  }
  if (g['month']) {
    const month = Number(g['month']);
    return month >= 1 && month <= 12 ? isoDate(year, month, 1) : null;
  }
  return isoDate(year, 1, 1);
}
