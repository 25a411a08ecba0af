// 'ngày 16 tháng 01 năm 2025', 'ngày        tháng 01 năm 2023' (day left blank), 'ngày   tháng   năm 2023'
const WORDS =
  /[Nn]gày\s{0,40}(?<day>\d{1,2})?\s{0,40}[Tt]háng\s{0,40}(?<month>\d{1,2})?\s{0,40}[Nn]ăm\s{0,10}(?<year>\d{4})/u;
// 'ngày 16/01/2025', 'ngày 16-01-2025'
const DIGITS = /[Nn]gày\s{0,5}(?<day>\d{1,2})[/.-](?<month>\d{1,2})[/.-](?<year>\d{4})/u;

const two = (n: string): string => n.padStart(2, '0');

/** ISO 8601 date of a dateline, partial when the text leaves the day or month blank (SPEC §2.1). */
export function parseIssuedDate(line: string): string | null {
  const m = WORDS.exec(line) ?? DIGITS.exec(line);
  if (!m?.groups) return null;
  const { day, month, year } = m.groups;
  if (!year) return null;
  if (!month || Number(month) < 1 || Number(month) > 12) return year;
  if (!day || Number(day) < 1 || Number(day) > 31) return `${year}-${two(month)}`;
  return `${year}-${two(month)}-${two(day)}`;
}
