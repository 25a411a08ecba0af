// A reader for the CSV the batch writes (RFC 4180: quoted cells may hold commas, quotes and line breaks).
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
