import type { Task } from '../../schema/task.js';
import type { ExtractContext, Extractor, UnitMention } from '../types.js';
import { appendixTasks } from './appendix-tasks.js';
import { sectionItems } from './section-items.js';
import { tableRows } from './table-rows.js';

/** Tasks see the units found before them, to fill lead and cooperating. */
export interface TaskContext extends ExtractContext {
  unitMentions: readonly UnitMention[];
}

export const taskExtractors: readonly Extractor<Task, TaskContext>[] = [
  sectionItems,
  tableRows,
  appendixTasks,
];

export function extractTasks(ctx: TaskContext): Task[] {
  return taskExtractors.flatMap((x) => x.find(ctx));
}
