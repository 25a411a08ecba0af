import type { ExtractContext, UnitMention } from '../extract/types.js';
import type { Citation } from '../schema/citation.js';
import type { Deadline } from '../schema/deadline.js';
import type { Task } from '../schema/task.js';
import type { Unit } from '../schema/unit.js';
import type { Warning } from '../schema/warning.js';

/** The records as refinement passes hand them on. */
export interface RefineState {
  citations: Citation[];
  deadlines: Deadline[];
  unitMentions: UnitMention[];
  units: Unit[];
  tasks: Task[];
  warnings: Warning[];
}

/** One ordered refinement: merge, de-duplicate, drop, resolve or attach. */
export interface RefinePass {
  name: string;
  run(state: RefineState, ctx: ExtractContext): RefineState;
}
