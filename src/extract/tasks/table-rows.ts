import type { Task } from '../../schema/task.js';
import type { Extractor } from '../types.js';
import { cellUnits } from '../units/cell-units.js';
import { findTaskTables, type TableCellText, type TaskTable } from './find-task-tables.js';
import type { TaskContext } from './index.js';

const cellText = (row: readonly TableCellText[], column: number | undefined) =>
  column === undefined ? '' : (row[column]?.text ?? '');

/**
 * One task per row of a task table, ids 'PL.1', 'PL.2' … in document order. The same table gives
 * the same tasks whether the loader handed it over or it was flattened into the text.
 */
export const tableRows: Extractor<Task, TaskContext> = {
  ruleId: 'tasks/table-rows',
  find(ctx) {
    const tasks: Task[] = [];
    for (const table of findTaskTables(ctx)) {
      const sectionId = sectionAt(ctx, table);
      for (const row of table.rows) {
        const units = (column: number | undefined) =>
          column === undefined || !row[column]
            ? []
            : [...new Set(cellUnits(ctx.text, row[column].span).map((u) => u.name))];
        const output = cellText(row, table.columns.output);
        const id = `PL.${tasks.length + 1}`;
        tasks.push({
          id,
          sectionId: sectionId ?? 'PL',
          origin: 'table',
          title: cellText(row, table.columns.content),
          text: row.map((c) => c.text).join(' | '),
          lead: units(table.columns.lead),
          cooperating: units(table.columns.cooperate),
          deadline: null,
          outputs: output && output !== '-' ? [output] : [],
          citations: [],
          span: { start: row[0]!.span.start, end: row[row.length - 1]!.span.end },
        });
      }
    }
    return tasks;
  },
};

// The innermost section that holds the table, if the table is inside the plan's sections.
function sectionAt(ctx: TaskContext, table: TaskTable): string | null {
  let id: string | null = null;
  for (const s of ctx.seg.flatSections)
    if (s.span.start <= table.span.start && table.span.end <= s.span.end) id = s.id;
  return id;
}
