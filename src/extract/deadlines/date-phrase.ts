import { isPlausibleYear, isValidDate } from './calendar.js';
import { GAP, matchAt, sticky, WORD_END, WORD_START } from './pattern-parts.js';

/**
 * A calendar date as a phrase gives it, read at one position: day, month and year as far as
 * the words say. The deadline rules call these readers after their trigger word.
 *
 * Why not chrono-node's `vi` locale (strict)? It was evaluated as the sub-parser for absolute
 * dates and lost on both counts, so these readers are ours:
 * - tests (test/deadlines-chrono.test.ts): it reads 9 of the 12 date forms; it takes
 *   '16/7/20 21' for 2020, drops the year of 'ngày 19 tháng 6 tháng 2025' and of
 *   'ngày 30/6/⏎2024', and it has no quarters, no 'trước ngày' bound and no recurrence;
 * - speed (bench/suites/deadlines.ts, same corpus text, one run): about 48 MB/s for chrono's
 *   date scan alone against about 190 MB/s for this whole deadline stage.
 */
export interface DatePhrase {
  start: number;
  end: number;
  day: number | null;
  month: number | null;
  year: number | null;
}

/** A year as printed, also split by a stray space ('20 21') as PDF exports leave it. */
const YEAR = '(?<year>(?:19|20)(?: ?\\d){2})(?!\\d)';
const NGAY = `(?:ngày${GAP})?`;

// 'ngày 20 tháng 6 năm 2022', 'ngày 19 tháng 6 tháng 2025' (damaged), 'ngày 10 tháng 6'
const wordDate = sticky(
  `${NGAY}(?<day>\\d{1,2})${GAP}tháng${GAP}(?<month>\\d{1,2})(?:,?${GAP}(?:năm|tháng)${GAP}${YEAR})?${WORD_END}`,
);
// '20/6/2022', 'ngày 20-6-2022', '16/7/20 21', '30/6/\n2024'
const numericDate = sticky(
  `${NGAY}(?<day>\\d{1,2})\\s{0,3}(?<sep>[/.-])\\s{0,3}(?<month>\\d{1,2})\\s{0,3}\\k<sep>\\s{0,3}${YEAR}`,
);
// '10/6', 'ngày 25/11' — not '33/CT', not the '04/20' of '04/2015/NĐ-CP'
const yearlessDate = sticky(
  `${NGAY}(?<day>\\d{1,2}) ?\\/ ?(?<month>\\d{1,2})(?![\\d/]|\\s{0,3}[/.-]\\s{0,3}\\d)`,
);
// 'tháng 9/2024', 'tháng 3 năm 2025', 'tháng 6'
const monthPhrase = sticky(
  `tháng${GAP}(?<month>\\d{1,2})(?:\\s{0,3}[/-]\\s{0,3}${YEAR}|,?${GAP}năm${GAP}(?<year2>\\d{4})(?!\\d))?(?![\\d/])`,
);
// 'năm 2024'
const yearPhrase = sticky(`năm${GAP}(?<year>\\d{4})(?!\\d)`);
// 'ngày 13' as the first half of 'từ ngày 13 đến 14/4/2020' or 'trước ngày 25 hằng tháng'
const dayOnly = sticky(`${NGAY}(?<day>\\d{1,2})${WORD_END}(?!\\s{0,3}[/.-]\\s{0,3}\\d)`);
// '2021' on its own, as in 'giai đoạn 2021-2025'
const bareYear = sticky(`${WORD_START}(?<year>\\d{4})(?!\\d)`);

const num = (s: string | undefined): number | null => (s === undefined ? null : Number(s.replace(/\s/g, '')));

function build(m: RegExpExecArray | null, pos: number): DatePhrase | null {
  if (!m?.groups) return null;
  const g = m.groups;
  const year = num(g['year'] ?? g['year2']);
  const month = num(g['month']);
  const day = num(g['day']);
  if (year !== null && !isPlausibleYear(year)) return null;
  if (month !== null && !isValidDate(year, month, day)) return null;
  return { start: pos, end: pos + m[0].length, day, month, year };
}

/** A day of a month, with or without its year. */
export function readDayDate(text: string, pos: number): DatePhrase | null {
  return (
    build(matchAt(wordDate, text, pos), pos) ??
    build(matchAt(numericDate, text, pos), pos) ??
    build(matchAt(yearlessDate, text, pos), pos)
  );
}

/** A month, with or without its year: 'tháng 9/2024'. */
export function readMonth(text: string, pos: number): DatePhrase | null {
  return build(matchAt(monthPhrase, text, pos), pos);
}

/** 'năm 2024'. */
export function readYear(text: string, pos: number): DatePhrase | null {
  return build(matchAt(yearPhrase, text, pos), pos);
}

/** '2024' with no word before it. */
export function readBareYear(text: string, pos: number): DatePhrase | null {
  return build(matchAt(bareYear, text, pos), pos);
}

/** A day number alone ('ngày 13'); its month and year come from elsewhere. */
export function readDayOnly(text: string, pos: number): DatePhrase | null {
  const m = matchAt(dayOnly, text, pos);
  const day = num(m?.groups?.['day']);
  if (!m || day === null || day < 1 || day > 31) return null;
  return { start: pos, end: pos + m[0].length, day, month: null, year: null };
}

/** Any absolute date, most specific first: a day, a month, a year. */
export function readAnyDate(text: string, pos: number): DatePhrase | null {
  return readDayDate(text, pos) ?? readMonth(text, pos) ?? readYear(text, pos);
}
