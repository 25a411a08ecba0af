import type { ExtractContext, Found } from '../extract/types.js';
import { aggregateUnits } from './aggregate-units.js';
import { mergeUnitVariants } from './merge-unit-variants.js';
import { taskCitations } from './task-citations.js';
import type { RefinePass, RefineState } from './types.js';

export type { RefinePass, RefineState } from './types.js';

/** The refinement passes, in the order they run. */
export const refinePasses: readonly RefinePass[] = [mergeUnitVariants, aggregateUnits, taskCitations];

export function refine(found: Found, ctx: ExtractContext): RefineState {
  let state: RefineState = {
    citations: found.citations,
    deadlines: found.deadlines,
    unitMentions: found.unitMentions,
    units: [],
    tasks: found.tasks,
    warnings: [...found.warnings],
  };
  for (const pass of refinePasses) state = pass.run(state, ctx);
  return state;
}
