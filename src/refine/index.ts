import type { ExtractContext, Found } from '../extract/types.js';
import { unlimitedBudget } from '../time-budget.js';
import { aggregateUnits } from './aggregate-units.js';
import { attachDeadlinesToTasks } from './attach-deadlines-to-tasks.js';
import { dropDeadlinesInCitations } from './drop-deadlines-in-citations.js';
import { dropDeadlinesOutsideBody } from './drop-deadlines-outside-body.js';
import { dropNonCitations } from './drop-non-citations.js';
import { dropOverlappingDeadlines } from './drop-overlapping-deadlines.js';
import { mergeCitationMentions } from './merge-citation-mentions.js';
import { mergeUnitVariants } from './merge-unit-variants.js';
import { resolveCitationAliases } from './resolve-citation-aliases.js';
import { taskCitations } from './task-citations.js';
import type { RefinePass, RefineState } from './types.js';

export type { RefinePass, RefineState } from './types.js';

/** The refinement passes, in the order they run. */
export const refinePasses: readonly RefinePass[] = [
  mergeUnitVariants,
  aggregateUnits,
  dropNonCitations,
  mergeCitationMentions,
  resolveCitationAliases,
  dropDeadlinesOutsideBody,
  dropDeadlinesInCitations,
  dropOverlappingDeadlines,
  attachDeadlinesToTasks,
  taskCitations,
];

/** A pass that starts after the time budget is spent is skipped: its input goes on unchanged. */
export function refine(found: Found, ctx: ExtractContext, budget = unlimitedBudget()): RefineState {
  let state: RefineState = {
    citations: found.citations,
    deadlines: found.deadlines,
    unitMentions: found.unitMentions,
    units: [],
    tasks: found.tasks,
    warnings: [...found.warnings],
  };
  for (const pass of refinePasses) state = budget.run(pass.name, () => pass.run(state, ctx), state);
  return state;
}
