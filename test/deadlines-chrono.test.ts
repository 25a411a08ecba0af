import * as chrono from 'chrono-node';
import { describe, expect, test } from 'vitest';
import { readAnyDate } from '../src/extract/deadlines/date-phrase.js';
import { dateFields } from '../src/extract/deadlines/deadline-record.js';

/**
 * The evaluation behind date-phrase.ts's choice: chrono-node's `vi` locale in strict mode as
 * the sub-parser for absolute dates, against our readers, on the same phrases. Ours must read
 * every row; chrono is recorded, not required (it is the baseline we chose not to adopt).
 */
const rows: Array<[phrase: string, iso: string]> = [
  ['ngày 20/6/2022', '2022-06-20'],
  ['ngày 20 tháng 6 năm 2022', '2022-06-20'],
  ['20/6', '2023-06-20'],
  ['tháng 9/2024', '2024-09'],
  ['năm 2024', '2024'],
  ['16/7/20 21', '2021-07-16'],
  ['ngày 20 tháng\n6 năm 2022', '2022-06-20'],
  ['ngày 20 tháng\n\n6 năm 2022', '2022-06-20'],
  ['ngày 19 tháng 6 tháng 2025', '2025-06-19'],
  ['ngày 30/6/\n2024', '2024-06-30'],
  ['ngày 05-01-2024', '2024-01-05'],
  ['tháng 3 năm 2025', '2025-03'],
];

const ours = (s: string): string | undefined => {
  const d = readAnyDate(s, 0);
  return d && d.end === s.length ? dateFields(d, 2023).date : undefined;
};

/** chrono's reading, as precise as the phrase (a month phrase is compared on year-month). */
const theirs = (s: string, want: string): string | undefined => {
  const [r] = chrono.vi.strict.parse(s, new Date(Date.UTC(2023, 0, 1)));
  if (!r || r.text.length !== s.length) return undefined;
  const c = r.start;
  const iso = [c.get('year'), c.get('month'), c.get('day')].map((n, i) => String(n).padStart(i ? 2 : 4, '0'));
  return iso.slice(0, want.split('-').length).join('-');
};

describe('absolute dates: ours vs chrono-node vi strict', () => {
  test.each(rows)('ours reads %j', (phrase, iso) => {
    expect(ours(phrase)).toBe(iso);
  });

  test('chrono-node vi strict misses damaged forms ours reads', () => {
    const missed = rows.filter(([p, iso]) => theirs(p, iso) !== iso).map(([p]) => p);
    expect(missed).toContain('16/7/20 21');
    expect(missed).toContain('ngày 19 tháng 6 tháng 2025');
  });
});
