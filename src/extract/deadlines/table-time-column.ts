import { continuousWords, timeLabels } from '../../lexicon/time-words.js';
import type { TableCell } from '../../load/types.js';
import type { Deadline } from '../../schema/deadline.js';
import { findTaskTables } from '../tasks/find-task-tables.js';
import type { Extractor } from '../types.js';
import { readBareTimePhrase } from './bare-time-phrase.js';
import { makeDeadline } from './deadline-record.js';
import { anyOf } from './pattern-parts.js';

// 'Thời gian hoàn thành', 'Thời hạn', 'Tiến độ thực hiện' as a column heading
const heading = new RegExp(`^\\s{0,4}${anyOf(timeLabels)}`, 'iu');
// a cell that only says 'Thường xuyên'
const continuousCell = new RegExp(`^${anyOf(continuousWords)}[.;]?$`, 'iu');

/**
 * The cells of a task table's time column ('Thời gian hoàn thành'): '30/6/2024',
 * 'Tháng 6/2024', 'Năm 2024'. Worded cells ('Quý I/2024') are read by their own rules, which
 * see the cell text like any other. The tables are the loader's (DOCX, ruled PDF) and those
 * recovered from the text (one cell to a line, or '|' between cells: extract/tasks).
 */
export const tableTimeColumn: Extractor<Deadline> = {
  ruleId: 'deadline.table-time-column',
  find(ctx) {
    const { text, seg, planYear } = ctx;
    const cells: TableCell[] = [];
    for (const table of seg.tables) {
      const headerRow = table.rows.findIndex((row) => row.some((c) => heading.test(c.text)));
      if (headerRow < 0) continue;
      const col = table.rows[headerRow]!.findIndex((c) => heading.test(c.text));
      for (const row of table.rows.slice(headerRow + 1)) if (row[col]) cells.push(row[col]!);
    }
    const fromLoader = (span: TableCell['span']) =>
      seg.tables.some((t) => span.start < t.span.end && t.span.start < span.end);
    for (const table of findTaskTables(ctx)) {
      const col = table.columns.deadline;
      if (col === undefined || fromLoader(table.span)) continue;
      for (const row of table.rows) if (row[col] && !heading.test(row[col]!.text)) cells.push(row[col]!);
    }
    const out: Deadline[] = [];
    for (const cell of cells) {
      const lead = /^\s*/u.exec(text.slice(cell.span.start, cell.span.end))![0].length;
      const start = cell.span.start + lead;
      const trimmed = cell.text.trim();
      if (continuousCell.test(trimmed)) {
        const end = start + trimmed.replace(/[.;]$/u, '').length;
        out.push(makeDeadline(text, start, end, { kind: 'continuous' }, this.ruleId));
        continue;
      }
      const t = readBareTimePhrase(text, start, planYear);
      if (t && t.end <= cell.span.end) out.push(makeDeadline(text, start, t.end, t.fields, this.ruleId));
    }
    return out;
  },
};
