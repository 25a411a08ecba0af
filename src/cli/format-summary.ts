import type { Plan } from '../schema/plan.js';

const count = (sections: Plan['sections']): number => sections.reduce((n, s) => n + 1 + count(s.children), 0);

/** One line per plan: what was found, for a quick look over a folder. */
export function formatSummary(plan: Plan, name: string): string {
  const m = plan.meta;
  const figures = [
    `${count(plan.sections)} sections`,
    `${plan.tasks.length} tasks`,
    `${plan.units.length} units`,
    `${plan.deadlines.length} deadlines`,
    `${plan.citations.length} citations`,
    `${plan.corrections.length} corrections`,
    `${plan.warnings.length} warnings`,
  ].join(', ');
  return `${name}\n  ${m.docType || '?'}: ${m.title ?? '(no title)'}\n  ${m.issuer ?? '(issuer unknown)'}${m.number ? ` · ${m.number}` : ''}${m.issuedDate ? ` · ${m.issuedDate}` : ''}\n  ${figures}\n`;
}
