import type { ResolvedParseOptions } from '../options.js';
import type { Segmented } from '../segment/types.js';
import { unlimitedBudget } from '../time-budget.js';
import { extractCitations } from './citations/index.js';
import { extractDeadlines } from './deadlines/index.js';
import { extractMeta } from './meta/index.js';
import { extractTasks } from './tasks/index.js';
import type { ExtractContext, Found } from './types.js';
import { extractUnits } from './units/index.js';

export type { ExtractContext, Extractor, Found, UnitMention } from './types.js';

/**
 * Runs the extractors in dependency order: meta gives the plan year, tasks read the units.
 * A kind that starts after the time budget is spent finds nothing (see time-budget.ts).
 */
export function extract(seg: Segmented, options: ResolvedParseOptions, budget = unlimitedBudget()): Found {
  const { meta, planYear, warnings } = extractMeta(seg, options);
  const ctx: ExtractContext = { text: seg.text, seg, options, meta, planYear };
  const citations = budget.run('citations', () => extractCitations(ctx), []);
  const deadlines = budget.run('deadlines', () => extractDeadlines(ctx), []);
  const unitMentions = budget.run('units', () => extractUnits(ctx), []);
  const tasks = budget.run('tasks', () => extractTasks({ ...ctx, unitMentions }), []);
  return { meta, planYear, citations, deadlines, unitMentions, tasks, warnings };
}
