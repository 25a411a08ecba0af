import type { Plan } from '../schema/plan.js';
import type { Span } from '../schema/span.js';

/** The kinds of span the view highlights, outermost first when two start together. */
export const highlightKinds = ['task', 'citation', 'deadline', 'unit', 'correction'] as const;
export type HighlightKind = (typeof highlightKinds)[number];

/** One span to highlight: `ref` links its element(s) to its record in the page's record table. */
export interface Highlight {
  kind: HighlightKind;
  ref: string;
  span: Span;
}

/**
 * A record as the page shows it on hover or focus, long or positional fields left out;
 * `highlight` names the kind of span (a deadline's own `kind` is 'before', 'period' …).
 */
export type ShownRecord = Record<string, unknown> & { highlight: HighlightKind };

const without = <T extends object>(record: T, ...keys: string[]): Record<string, unknown> =>
  Object.fromEntries(Object.entries(record).filter(([k]) => !keys.includes(k)));

/**
 * Every span of the plan that the view marks, one per citation mention, deadline, unit
 * mention, task and correction — so the page's counts per kind are the plan's counts.
 */
export function collectHighlights(plan: Plan): {
  highlights: Highlight[];
  records: Record<string, ShownRecord>;
} {
  const highlights: Highlight[] = [];
  const records: Record<string, ShownRecord> = {};
  const add = (kind: HighlightKind, ref: string, spans: readonly Span[], record: Record<string, unknown>) => {
    records[ref] = { highlight: kind, ...record };
    for (const span of spans) highlights.push({ kind, ref, span });
  };
  plan.tasks.forEach((t, i) => {
    add('task', `t${i}`, [t.span], {
      ...without(t, 'text', 'span', 'deadline'),
      deadline: t.deadline?.text ?? null,
    });
  });
  plan.citations.forEach((c, i) => {
    add('citation', `c${i}`, c.mentions, { ...without(c, 'mentions'), mentions: c.mentions.length });
  });
  plan.deadlines.forEach((d, i) => {
    add('deadline', `d${i}`, [d.span], without(d, 'span'));
  });
  plan.units.forEach((u, i) => {
    add('unit', `u${i}`, u.mentions, { ...without(u, 'mentions'), mentions: u.mentions.length });
  });
  plan.corrections.forEach((c, i) => {
    add('correction', `x${i}`, [c.span], without(c, 'span'));
  });
  return { highlights, records };
}

/** The number of highlighted spans per kind a page of this plan carries (what a test counts). */
export function highlightCounts(plan: Plan): Record<HighlightKind, number> {
  return {
    task: plan.tasks.length,
    citation: plan.citations.reduce((n, c) => n + c.mentions.length, 0),
    deadline: plan.deadlines.length,
    unit: plan.units.reduce((n, u) => n + u.mentions.length, 0),
    correction: plan.corrections.length,
  };
}
