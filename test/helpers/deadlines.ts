import { extractDeadlines } from '../../src/extract/deadlines/index.js';
import type { ExtractContext } from '../../src/extract/types.js';
import { resolveOptions } from '../../src/options.js';
import { dropDeadlinesInCitations } from '../../src/refine/drop-deadlines-in-citations.js';
import { dropDeadlinesOutsideBody } from '../../src/refine/drop-deadlines-outside-body.js';
import { dropOverlappingDeadlines } from '../../src/refine/drop-overlapping-deadlines.js';
import type { RefineState } from '../../src/refine/types.js';
import type { Citation } from '../../src/schema/citation.js';
import type { Deadline } from '../../src/schema/deadline.js';
import type { Task } from '../../src/schema/task.js';
import { segment } from '../../src/segment/index.js';
import { snippetMeta } from './plan-meta.js';

export function deadlineContext(text: string, planYear: number | null = 2023): ExtractContext {
  const seg = segment(text, []);
  const meta = snippetMeta(planYear);
  return { text, seg, options: resolveOptions({}), meta, planYear };
}

export function emptyState(deadlines: Deadline[], extra: Partial<RefineState> = {}): RefineState {
  return { citations: [], deadlines, unitMentions: [], units: [], tasks: [], warnings: [], ...extra };
}

/** The deadline stage as the pipeline runs it on a bare text: find, then the deadline refine passes. */
export function deadlinesOf(
  text: string,
  planYear: number | null = 2023,
  citations: Citation[] = [],
  ctx: ExtractContext = deadlineContext(text, planYear),
): Deadline[] {
  let state = emptyState(extractDeadlines(ctx), { citations });
  for (const pass of [dropDeadlinesOutsideBody, dropDeadlinesInCitations, dropOverlappingDeadlines])
    state = pass.run(state, ctx);
  return state.deadlines;
}

/** A task over `text[start, end)` for attachment tests. */
export function taskOver(text: string, id: string, from: string, to?: string): Task {
  const start = text.indexOf(from);
  const end = to === undefined ? text.length : text.indexOf(to, start + 1);
  if (start < 0 || end < 0) throw new Error(`no '${from}' … '${to}' in text`);
  return {
    id,
    sectionId: id,
    origin: 'tasks',
    title: from,
    text: text.slice(start, end),
    lead: [],
    cooperating: [],
    deadline: null,
    outputs: [],
    citations: [],
    span: { start, end },
  };
}
