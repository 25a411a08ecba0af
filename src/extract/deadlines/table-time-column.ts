import { continuousWords, timeLabels } from '../../lexicon/time-words.js';
import type { Deadline } from '../../schema/deadline.js';
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
 * 'Tháng 6/2024', 'Năm 2024'. Worded cells ('Quý I/2024', 'Thường xuyên') are read by their
 * own rules, which see the cell text like any other.
 */
export const tableTimeColumn: Extractor<Deadline> = {
  ruleId: 'deadline.table-time-column',
  find({ text, seg, planYear }) {
    const out: Deadline[] = [];
    for (const table of seg.tables) {
      const headerRow = table.rows.findIndex((row) => row.some((c) => heading.test(c.text)));
      if (headerRow < 0) continue;
      const col = table.rows[headerRow]!.findIndex((c) => heading.test(c.text));
      for (const row of table.rows.slice(headerRow + 1)) {
        const cell = row[col];
        if (!cell) continue;
        const lead = /^\s*/u.exec(text.slice(cell.span.start, cell.span.end))![0].length;
        const start = cell.span.start + lead;
        const trimmed = cell.text.trim();
        if (continuousCell.test(trimmed)) {
          out.push(
            makeDeadline(
              text,
              start,
              start + trimmed.replace(/[.;]$/u, '').length,
              { kind: 'continuous' },
              this.ruleId,
            ),
          );
          continue;
        }
        const t = readBareTimePhrase(text, start, planYear);
        if (t && t.end <= cell.span.end) out.push(makeDeadline(text, start, t.end, t.fields, this.ruleId));
      }
    }
    return out;
  },
};
