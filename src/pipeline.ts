import { assemble } from './assemble.js';
import { extract } from './extract/index.js';
import type { ExtractContext } from './extract/types.js';
import { load } from './load/index.js';
import { normalizeText } from './normalize/index.js';
import { tablesToTarget } from './normalize/map-spans.js';
import { type ParseOptions, resolveOptions } from './options.js';
import { refine } from './refine/index.js';
import type { Plan } from './schema/plan.js';
import { segment } from './segment/index.js';
import { TimeBudget } from './time-budget.js';

/**
 * load → normalize → segment → extract → refine → assemble.
 * Each stage only reads what the stages before it produced.
 */
export async function runPipeline(input: string | Uint8Array, options: ParseOptions = {}): Promise<Plan> {
  const resolved = resolveOptions(options);
  const budget = new TimeBudget(resolved.timeBudgetMs);
  const loaded = await load(input, resolved, budget);
  const normalized = normalizeText(loaded.text, loaded.ocr ? { ...options, fromOcr: true } : options);
  const tables = tablesToTarget(loaded.tables, normalized.offsetMap, normalized.text);
  const seg = segment(normalized.text, tables);
  const found = extract(seg, resolved, budget);
  const ctx: ExtractContext = {
    text: seg.text,
    seg,
    options: resolved,
    meta: found.meta,
    planYear: found.planYear,
  };
  const refined = refine(found, ctx, budget);
  const plan = assemble({ loaded, normalized, seg, found, refined });
  plan.warnings.push(...budget.warnings());
  return plan;
}
