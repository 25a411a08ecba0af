/** A cell as written: strings quoted when they must be (RFC 4180), numbers and booleans bare. */
export type CsvValue = string | number | boolean | null | undefined;

// "Phòng Nội vụ, Văn phòng" — a comma, quote or line break forces quoting.
const NEEDS_QUOTES = /[",\r\n]/;

const cell = (value: CsvValue): string => {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/** One CSV record, CRLF-terminated as RFC 4180 says (pandas and spreadsheets read both). */
export const csvRow = (values: readonly CsvValue[]): string => `${values.map(cell).join(',')}\r\n`;
