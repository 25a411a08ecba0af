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

/**
 * Splits CSV text into complete records (a line break inside quotes belongs to its cell);
 * `complete` is the length of the text up to the end of the last complete record, so a file
 * cut short by a kill can be truncated there.
 */
export function splitCsvRecords(text: string): { records: string[][]; complete: number } {
  const records: string[][] = [];
  let row: string[] = [];
  let value = '';
  let quoted = false;
  let complete = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c !== '"') value += c;
      else if (text[i + 1] === '"') {
        value += '"';
        i++;
      } else quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(value);
      value = '';
    } else if (c === '\n') {
      row.push(value.endsWith('\r') ? value.slice(0, -1) : value);
      records.push(row);
      row = [];
      value = '';
      complete = i + 1;
    } else value += c;
  }
  return { records, complete };
}
