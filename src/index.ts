// The public API (SPEC §1). test/exports.test.ts pins this list: change both together.
export type {
  CitationGraph,
  CitationStat,
  CorpusSummary,
  MonthStat,
  UnitStat,
} from './corpus/corpus-summary.js';
export type { SimilarPair } from './corpus/plan-similarity.js';
export { type CorpusEntry, type SummarizeOptions, summarizeCorpus } from './corpus/summarize-corpus.js';
export { isKehoachError, KehoachError, type KehoachErrorCode } from './errors.js';
export { type NormalizedText, normalizeText } from './normalize/index.js';
export { toSourceOffset } from './normalize/to-source-offset.js';
export { toneInsensitiveKey } from './normalize/vietnamese/tone-insensitive-key.js';
export type { NormalizeOptions, ParseOptions, ToneStyle } from './options.js';
export { parsePlan, parsePlanFile } from './parse-plan.js';
export type {
  Citation,
  Correction,
  Deadline,
  Plan,
  PlanMeta,
  PlanSource,
  Section,
  Signer,
  Span,
  Task,
  Unit,
  Warning,
  WarningCode,
} from './schema/index.js';
export { planSchema } from './schema/plan.js';
export { type RenderPlanHtmlOptions, renderPlanHtml } from './view/render-plan-html.js';
