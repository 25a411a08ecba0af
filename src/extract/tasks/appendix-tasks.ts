import type { Task } from '../../schema/task.js';
import type { Extractor, UnitMention } from '../types.js';
import { findAppendixItems } from './appendix-items.js';
import { findTaskTables } from './find-task-tables.js';
import type { TaskContext } from './index.js';
import { itemOutputs } from './item-outputs.js';

const names = (ms: readonly UnitMention[]) => [...new Set(ms.map((m) => m.name))];
const within = (ms: readonly UnitMention[], span: Task['span']) =>
  ms.filter((m) => m.span.start >= span.start && m.span.end <= span.end);

/**
 * One task per item of an appendix that lists tasks as numbered paragraphs with their fields
 * (see findAppendixItems), ids 'PL.n' after the rows of any task table: lead and cooperating
 * from the items' 'Cơ quan chủ trì:' and 'Cơ quan phối hợp:' fields.
 */
export const appendixTasks: Extractor<Task, TaskContext> = {
  ruleId: 'tasks/appendix-items',
  find(ctx) {
    const items = findAppendixItems(ctx.seg);
    if (!items.length) return [];
    const rows = findTaskTables(ctx).reduce((n, t) => n + t.rows.length, 0);
    const leads = ctx.unitMentions.filter((m) => m.role === 'lead');
    const partners = ctx.unitMentions.filter((m) => m.role === 'cooperate');
    return items.map((item, k) => {
      const text = ctx.text.slice(item.span.start, item.span.end);
      return {
        id: `PL.${rows + k + 1}`,
        sectionId: 'PL',
        origin: 'table',
        title: item.title,
        text,
        lead: names(within(leads, item.span)),
        cooperating: names(within(partners, item.span)),
        deadline: null,
        outputs: itemOutputs(text),
        citations: [],
        span: item.span,
      };
    });
  },
};
