import type { Section } from '../../schema/section.js';
import type { Task } from '../../schema/task.js';
import type { Extractor } from '../types.js';
import { closingStartOf } from '../units/scan-units.js';
import type { TaskContext } from './index.js';
import { itemExtent } from './item-extent.js';
import { itemOutputs } from './item-outputs.js';
import { MentionsBySpan, names } from './mentions-by-span.js';

/** A directed unit ('Chỉ đạo Trung tâm …') is in `units` but not the item's lead (gold notes); table rows are their own tasks. */
const NOT_LEAD = new Set(['units/directed', 'units/table-columns']);

function parents(sections: readonly Section[], parent: Section | null, out: Map<Section, Section | null>) {
  for (const s of sections) {
    out.set(s, parent);
    parents(s.children, s, out);
  }
  return out;
}

const originOf = (parent: Section | null): Task['origin'] | null => {
  if (parent?.role === 'tasks') return 'tasks';
  if (parent?.role === 'implementation' || parent?.role === 'reporting') return 'implementation';
  return null;
};

/**
 * SPEC §2.5: the numbered items of tasks sections, one per child when an item has numbered
 * children (and the item itself when its own text gives a unit work), and the items of
 * implementation sections that give a unit work. Lead and cooperating are the union over the
 * item's text; an item that names no lead inherits the unit its parent's heading names.
 */
export const sectionItems: Extractor<Task, TaskContext> = {
  ruleId: 'tasks/section-items',
  find(ctx) {
    const closingStart = closingStartOf(ctx);
    const parentOf = parents(ctx.seg.sections, null, new Map());
    const leads = new MentionsBySpan(
      ctx.unitMentions.filter((m) => m.role === 'lead' && !NOT_LEAD.has(m.ruleId)),
    );
    const partners = new MentionsBySpan(
      ctx.unitMentions.filter((m) => m.role === 'cooperate' && !NOT_LEAD.has(m.ruleId)),
    );
    // Units that send reports ('UBND các xã báo cáo kết quả về …'): an implementation item
    // that gives no unit other work assigns the reporting (the gold notes' 'chế độ thông tin,
    // báo cáo' items), and its senders lead it.
    const senders = new MentionsBySpan(ctx.unitMentions.filter((m) => m.role === 'report'));
    const tasks: Task[] = [];
    // A plan of numbered items and no parts ('… với các nhiệm vụ cụ thể như sau: 1. … 2. …'):
    // its top-level items are its tasks, those that give a unit work.
    const flat = !ctx.seg.sections.some((s) => originOf(s) !== null);
    for (const s of ctx.seg.flatSections) {
      const parent = parentOf.get(s) ?? null;
      const topOfFlat = flat && parent === null;
      const origin = topOfFlat ? 'tasks' : originOf(parent);
      if (!origin || s.role === 'purpose' || s.span.start >= closingStart) continue;
      const span = itemExtent(ctx.text, s, ctx.seg.lines, closingStart);
      const body = { start: s.headingSpan.end, end: span.end };
      let lead = names(leads.within(span));
      // a parent item is a task of its own only when its own text, past the heading, gives a unit work
      if (s.children.length && (!lead.length || !/\p{L}/u.test(ctx.text.slice(body.start, body.end))))
        continue;
      for (
        let up = parent;
        !lead.length && up && originOf(parentOf.get(up) ?? null);
        up = parentOf.get(up) ?? null
      ) {
        lead = names(leads.within(up.headingSpan));
      }
      const cooperating = names(partners.within(span));
      if (origin === 'implementation' && !lead.length && !cooperating.length)
        lead = names(senders.within(span));
      if ((origin === 'implementation' || topOfFlat) && !lead.length && !cooperating.length) continue;
      const text = ctx.text.slice(span.start, span.end);
      tasks.push({
        id: s.id,
        sectionId: s.id,
        origin,
        title: s.heading,
        text,
        lead,
        cooperating,
        deadline: null,
        outputs: itemOutputs(text),
        citations: [],
        span,
      });
    }
    return tasks;
  },
};
