import { findTaskTables } from '../tasks/find-task-tables.js';
import type { Extractor, UnitMention } from '../types.js';
import { cellUnits } from './cell-units.js';

/** Task tables: the units of the 'Cơ quan chủ trì' column lead, those of 'Cơ quan phối hợp' cooperate. */
export const tableColumns: Extractor<UnitMention> = {
  ruleId: 'units/table-columns',
  find(ctx) {
    const out: UnitMention[] = [];
    for (const table of findTaskTables(ctx)) {
      for (const row of table.rows) {
        for (const [role, column] of [
          ['lead', table.columns.lead],
          ['cooperate', table.columns.cooperate],
        ] as const) {
          const cell = column === undefined ? undefined : row[column];
          if (!cell) continue;
          for (const u of cellUnits(ctx.text, cell.span)) out.push({ ...u, role, ruleId: this.ruleId });
        }
      }
    }
    return out;
  },
};
