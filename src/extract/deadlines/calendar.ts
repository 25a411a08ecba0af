/** Calendar arithmetic for deadlines: ISO 8601 strings, month ends, quarters. No clock. */

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** '2022', '2022-06', '2022-06-20': as much of the date as is known. */
export function isoDate(year: number, month?: number | null, day?: number | null): string {
  if (!month) return pad(year, 4);
  if (!day) return `${pad(year, 4)}-${pad(month)}`;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

export function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The first and last day of months `from`…`to` of a year, as ISO dates. */
export function monthsSpan(year: number, from: number, to: number): { start: string; end: string } {
  return { start: isoDate(year, from, 1), end: isoDate(year, to, lastDayOfMonth(year, to)) };
}

export function quarterSpan(year: number, quarter: number): { start: string; end: string } {
  return monthsSpan(year, quarter * 3 - 2, quarter * 3);
}

/** Years a plan can speak of; a four-digit number outside is a count or a code, not a year. */
export const isPlausibleYear = (y: number): boolean => y >= 1900 && y <= 2100;

export function isValidDate(year: number | null, month: number, day: number | null): boolean {
  if (month < 1 || month > 12) return false;
  if (day === null) return true;
  return day >= 1 && day <= lastDayOfMonth(year ?? 2000, month);
}

/** ISO month-day '--06-10' and day '---25' for the due day of a recurring deadline. */
export const isoMonthDay = (month: number, day: number): string => `--${pad(month)}-${pad(day)}`;
export const isoDayOfMonth = (day: number): string => `---${pad(day)}`;
