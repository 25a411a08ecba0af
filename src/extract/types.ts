import type { ResolvedParseOptions } from '../options.js';
import type { Citation } from '../schema/citation.js';
import type { Deadline } from '../schema/deadline.js';
import type { PlanMeta } from '../schema/meta.js';
import type { Span } from '../schema/span.js';
import type { Task } from '../schema/task.js';
import type { UnitRole } from '../schema/unit.js';
import type { Warning } from '../schema/warning.js';
import type { Segmented } from '../segment/types.js';

/** What every extractor reads: the segmented text, the plan's header facts and the options. */
export interface ExtractContext {
  text: string;
  seg: Segmented;
  options: ResolvedParseOptions;
  meta: PlanMeta;
  /** The year the plan is about (title year, else issue year, else options.referenceYear). */
  planYear: number | null;
}

/** One rule of one extractor: a name for the records it makes and a function that finds them. */
export interface Extractor<Candidate, Context = ExtractContext> {
  ruleId: string;
  find(ctx: Context): Candidate[];
}

/** A unit named at one place, with the role that place gives it (null: named, no role). */
export interface UnitMention {
  name: string;
  span: Span;
  role: UnitRole | null;
  ruleId: string;
}

/** Everything the extractors found, before refinement. */
export interface Found {
  meta: PlanMeta;
  planYear: number | null;
  citations: Citation[];
  deadlines: Deadline[];
  unitMentions: UnitMention[];
  tasks: Task[];
  warnings: Warning[];
}
