import { taskTableColumns } from '../../lexicon/unit-task-table-columns.js';
import { isCapsLine, type LayoutLines } from './layout-lines.js';

/**
 * Where a table stands one cell to a line, as a PDF's text gives a task table:
 *
 *     TT ⏎ Nội dung nhiệm vụ ⏎ Đơn vị chủ trì ⏎ Thời gian thực hiện ⏎ 1 ⏎ Xây dựng … ⏎ Văn phòng Sở ⏎ Tháng 9/2025 ⏎ 2 ⏎ …
 *
 * Why the layout steps must know: there a row number alone on its line is no page number and
 * no word of the cell above it, and a cell that recurs ('Văn phòng Sở', 'Thường xuyên') is no
 * running header. Joined or dropped, the rows could no longer be read (extract/tasks reads them).
 *
 * A table opens with a number column's heading ('STT', 'TT') and at least two more headings of
 * task-table columns, each alone on its line, followed by row 1; it runs while rows follow one
 * another, and ends at a part heading ('III. …', an all-caps line), two blank lines, or when no
 * next row number comes within four rows' worth of lines.
 */
export function cellTableLines(lines: LayoutLines): Uint8Array {
  // Three layout steps ask, of the same lines when the step before changed nothing.
  let inTable = KNOWN.get(lines);
  if (inTable) return inTable;
  inTable = new Uint8Array(lines.count);
  KNOWN.set(lines, inTable);
  for (let i = 0; i < lines.count; i++) {
    // Most lines are longer than any number heading, or do not start as one ('STT', 'TT', 'Số
    // TT'): their text is never cut out.
    if (
      lines.length(i) > MAX_NUMBER_HEADING ||
      !NUMBER_FIRST.has(lines.source.charCodeAt(lines.contentStart(i)))
    )
      continue;
    if (!isNumberHeading(lines.text(i))) continue;
    let k = i + 1;
    while (k < lines.count && !lines.blank(k) && isColumnHeading(lines.text(k))) k++;
    const columns = k - i;
    if (columns < 3 || k >= lines.count || rowNumber(lines.text(k)) !== 1) continue;
    let next = 2;
    let lastRow = k;
    let end = k + 1;
    for (; end < lines.count; end++) {
      const text = lines.text(end);
      if (lines.blank(end) && end + 1 < lines.count && lines.blank(end + 1)) break;
      if (PART_HEADING.test(text) || (isCapsLine(text) && text.includes(' '))) break;
      if (end - lastRow > 4 * columns) break;
      if (rowNumber(text) === next) {
        next++;
        lastRow = end;
      }
    }
    inTable.fill(1, i, end);
    i = end - 1;
  }
  return inTable;
}

const KNOWN = new WeakMap<LayoutLines, Uint8Array>();

// 'III. TỔ CHỨC THỰC HIỆN', 'Phần II' — a part of the plan, which no cell is.
const PART_HEADING = /^(?:[IVX]{1,5}\.\s|PHẦN\s|Phần\s)/u;
// The headings' words, lower case, without a closing ':' or '.' (the text is NFC by now).
const heading = (line: string): string =>
  line
    .trim()
    .replace(/[:.]+$/u, '')
    .toLowerCase();
const NUMBER_HEADINGS = new Set<string>(taskTableColumns.no);
const COLUMN_HEADINGS: readonly string[] = Object.entries(taskTableColumns)
  .filter(([kind]) => kind !== 'no')
  .flatMap(([, words]) => [...words]);

const MAX_NUMBER_HEADING = 12;
const NUMBER_FIRST = new Set<number>([...'sStT'].map((c) => c.charCodeAt(0)));
const isNumberHeading = (line: string): boolean => NUMBER_HEADINGS.has(heading(line));

function isColumnHeading(line: string): boolean {
  if (line.length > 60) return false;
  const h = heading(line);
  return COLUMN_HEADINGS.some((w) => h === w || h.startsWith(`${w} `));
}

/** A row number alone on its line ('3', '3.'), or -1. */
export function rowNumber(line: string): number {
  return /^\d{1,3}\.?$/u.test(line) ? Number.parseInt(line, 10) : -1;
}
