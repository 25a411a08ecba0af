import type { Task } from '../../schema/task.js';
import type { Extractor } from '../types.js';
import { findAppendixItems } from './appendix-items.js';
import { findTaskTables } from './find-task-tables.js';
import type { TaskContext } from './index.js';
import { itemOutputs } from './item-outputs.js';
import { MentionsBySpan, names } from './mentions-by-span.js';

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
    const leads = new MentionsBySpan(ctx.unitMentions.filter((m) => m.role === 'lead'));
    const partners = new MentionsBySpan(ctx.unitMentions.filter((m) => m.role === 'cooperate'));
    return items.map((item, k) => {
      const text = ctx.text.slice(item.span.start, item.span.end);
      return {
        id: `PL.${rows + k + 1}`,
        sectionId: 'PL',
        origin: 'table',
        title: item.title,
        text,
        lead: names(leads.within(item.span)),
        cooperating: names(partners.within(item.span)),
        deadline: null,
        outputs: itemOutputs(text),
        citations: [],
        span: item.span,
      };
    });
  },
};
