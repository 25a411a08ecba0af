import { readBareYear, readDayDate, readMonth, readYear } from './date-phrase.js';
import type { DeadlineFields } from './deadline-record.js';
import { dateFields } from './deadline-record.js';
import { matchAt, sticky } from './pattern-parts.js';

// '2021 - 2025', '2024-2025'
const yearSpan = sticky('(?<from>\\d{4})\\s{0,3}[-–—]\\s{0,3}(?<to>\\d{4})(?!\\d)');
// '14 giờ 00', '8h30': the time of an event, not a deadline
const clock = sticky('\\d{1,2}\\s?(?:giờ|h)(?:\\s?\\d{2})?(?![\\p{L}])');

/**
 * A time stated with no word around it, as a 'Thời gian …:' label or a 'Thời gian hoàn thành'
 * column gives it: '30/6/2024', 'Tháng 6/2024', 'Năm 2024', '2024 - 2025'.
 */
export function readBareTimePhrase(
  text: string,
  pos: number,
  planYear: number | null,
): { end: number; fields: DeadlineFields } | null {
  if (matchAt(clock, text, pos)) return null;
  const span = matchAt(yearSpan, text, pos);
  if (span?.groups) {
    const from = Number(span.groups['from']);
    const to = Number(span.groups['to']);
    if (from < to && to - from <= 30) {
      return {
        end: pos + span[0].length,
        fields: { kind: 'range', start: `${from}-01-01`, end: `${to}-12-31` },
      };
    }
  }
  const d = readDayDate(text, pos) ?? readMonth(text, pos) ?? readYear(text, pos) ?? readBareYear(text, pos);
  if (!d) return null;
  return { end: d.end, fields: { kind: 'date', ...dateFields(d, planYear) } };
}
