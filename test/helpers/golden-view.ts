import type { Plan } from '../../src/schema/plan.js';
import type { Section } from '../../src/schema/section.js';

const flat = (sections: readonly Section[]): Section[] => sections.flatMap((s) => [s, ...flat(s.children)]);
const slice = (plan: Plan, span: { start: number; end: number }) => plan.text.slice(span.start, span.end);

/**
 * What a reviewer reads in a golden file: every extracted value with the words its span
 * covers, without the bulky text and offset map (a changed span shows as changed words).
 */
export function goldenView(plan: Plan): unknown {
  const kinds: Record<string, number> = {};
  for (const c of plan.corrections) kinds[c.kind] = (kinds[c.kind] ?? 0) + 1;
  return {
    source: plan.source,
    meta: plan.meta,
    sections: flat(plan.sections).map((s) => ({
      id: s.id,
      role: s.role,
      heading: s.heading,
      at: slice(plan, s.headingSpan),
    })),
    citations: plan.citations.map(({ mentions, ...c }) => ({
      ...c,
      mentions: mentions.map((m) => slice(plan, m)),
    })),
    deadlines: plan.deadlines.map(({ span, ...d }) => ({ ...d, at: slice(plan, span) })),
    units: plan.units.map((u) => ({ name: u.name, roles: u.roles, mentions: u.mentions.length })),
    tasks: plan.tasks.map((t) => ({
      id: t.id,
      origin: t.origin,
      title: t.title,
      lead: t.lead,
      cooperating: t.cooperating,
      deadline: t.deadline?.text ?? null,
      outputs: t.outputs,
      citations: t.citations,
    })),
    corrections: kinds,
    warnings: plan.warnings.map((w) => w.code),
  };
}
