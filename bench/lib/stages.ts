// Every stage of the pipeline as a separately runnable unit, found by reading the stage lists
// (normalize steps, extractor kinds and their rules, refine passes), so a step, rule or pass
// added by anyone is benchmarked and linear-time tested without touching this file.
import { readdirSync } from 'node:fs';
import type { ExtractContext, Extractor, Found, UnitMention } from '../../src/extract/index.js';
import { extract } from '../../src/extract/index.js';
import { parsePlan } from '../../src/index.js';
import { type Loaded, load } from '../../src/load/index.js';
import { type NormalizedText, normalizeText } from '../../src/normalize/index.js';
import { tablesToTarget } from '../../src/normalize/map-spans.js';
import { normalizeSteps } from '../../src/normalize/steps/index.js';
import { type ResolvedParseOptions, resolveOptions } from '../../src/options.js';
import { type RefineState, refine, refinePasses } from '../../src/refine/index.js';
import { type Segmented, segment } from '../../src/segment/index.js';

/** One text carried through the stages once, so each stage can be rerun on its own input. */
export interface Prepared {
  bytes: Uint8Array;
  options: ResolvedParseOptions;
  loaded: Loaded;
  /** The input of each normalization step: stepInputs[k] is the text after steps 0..k-1. */
  stepInputs: string[];
  normalized: NormalizedText;
  seg: Segmented;
  found: Found;
  /** What every extractor may read (tasks also read the unit mentions). */
  ctx: ExtractContext & { unitMentions: readonly UnitMention[] };
  /** The state each refine pass receives, in pass order. */
  passInputs: RefineState[];
}

export type StageGroup = 'load' | 'normalize' | 'segment' | 'extract' | 'refine' | 'pipeline';

export interface Stage {
  /** 'normalize', 'normalize/nfc', 'extract/deadlines', 'extract/deadlines/on-date', 'refine/…' */
  name: string;
  group: StageGroup;
  /** false for a whole stage or kind, true for one step, rule or pass inside it. */
  part: boolean;
  run(p: Prepared): unknown;
}

/**
 * Runs the stages once over `text`. `parts: false` skips the inputs of single steps (faster);
 * `skipSteps` leaves out normalization steps (one known to hang on this text).
 */
export async function prepare(
  text: string,
  { parts = true, skipSteps = [] as readonly string[] } = {},
): Promise<Prepared> {
  const bytes = new TextEncoder().encode(text);
  const options = resolveOptions({});
  const loaded = await load(bytes, options);
  // Each step's input is the previous step's output; a skipped step passes its input on.
  const stepInputs: string[] = [];
  if (parts) {
    let current = loaded.text;
    for (const step of normalizeSteps) {
      stepInputs.push(current);
      if (!skipSteps.includes(step.name)) current = normalizeText(current, { steps: [step.name] }).text;
    }
  }
  const normalized = normalizeText(loaded.text, { skipSteps });
  const seg = segment(normalized.text, tablesToTarget(loaded.tables, normalized.offsetMap, normalized.text));
  const found = extract(seg, options);
  const ctx = {
    text: seg.text,
    seg,
    options,
    meta: found.meta,
    planYear: found.planYear,
    unitMentions: found.unitMentions,
  };
  const passInputs: RefineState[] = [];
  let state: RefineState = { ...found, units: [], warnings: [...found.warnings] };
  for (const pass of refinePasses) {
    passInputs.push(state);
    state = pass.run(state, ctx);
  }
  return { bytes, options, loaded, stepInputs, normalized, seg, found, ctx, passInputs };
}

/**
 * The context as the pipeline gives it to a text it has not seen: the extractors keep per-text
 * work (tokens, cue positions, unit scans) on the segmented text under symbols (memoOn), so a
 * rerun on the same objects would time a memo look-up. A copy carries none of them.
 */
const freshCtx = (p: Prepared): Prepared['ctx'] => ({ ...p.ctx, seg: { ...p.seg } });

/** What a stage group reads from a Prepared; the rest can be let go before timing. */
const reads: Record<StageGroup, readonly (keyof Prepared)[]> = {
  load: ['bytes', 'options'],
  normalize: ['loaded', 'options', 'stepInputs'],
  segment: ['seg'],
  extract: ['seg', 'ctx', 'options'],
  refine: ['found', 'ctx', 'passInputs', 'seg'],
  pipeline: ['bytes'],
};

/**
 * `p` with only what `stage` reads. The other stages' results of an 8.8 MB text weigh hundreds
 * of megabytes; kept alive while one stage is timed, every full collection marks them again, so
 * the time measured grew with the square of the input (load ×100/×10 read 18.6, not ~10).
 */
export function retainFor(p: Prepared, stage: Stage): Prepared {
  const kept = Object.fromEntries(reads[stage.group].map((k) => [k, p[k]]));
  return kept as unknown as Prepared;
}

type KindModule = Record<string, unknown>;
type AnyExtractor = Extractor<unknown, unknown>;

const isExtractorList = (v: unknown): v is readonly AnyExtractor[] =>
  Array.isArray(v) && v.every((x) => typeof x?.ruleId === 'string' && typeof x?.find === 'function');

/** The stages in pipeline order: whole stages and kinds (part: false) and their parts. */
export async function discoverStages(): Promise<Stage[]> {
  const stages: Stage[] = [
    { name: 'load', group: 'load', part: false, run: (p) => load(p.bytes, p.options) },
    { name: 'normalize', group: 'normalize', part: false, run: (p) => normalizeText(p.loaded.text) },
    ...normalizeSteps.map(
      (step, k): Stage => ({
        name: `normalize/${step.name}`,
        group: 'normalize',
        part: true,
        run: (p) => step.run(p.stepInputs[k]!, p.options),
      }),
    ),
    { name: 'segment', group: 'segment', part: false, run: (p) => segment(p.seg.text, p.seg.tables) },
  ];
  const extractDir = new URL('../../src/extract/', import.meta.url);
  const kinds = readdirSync(extractDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  for (const kind of kinds) {
    const mod = (await import(new URL(`${kind}/index.ts`, extractDir).href)) as KindModule;
    for (const [name, value] of Object.entries(mod)) {
      if (typeof value === 'function' && /^extract[A-Z]/.test(name)) {
        const fn = value as (...args: unknown[]) => unknown;
        // extractMeta reads (seg, options); the other kinds read one context.
        const run =
          fn.length >= 2 ? (p: Prepared) => fn({ ...p.seg }, p.options) : (p: Prepared) => fn(freshCtx(p));
        stages.push({ name: `extract/${kind}`, group: 'extract', part: false, run });
      } else if (isExtractorList(value)) {
        for (const rule of value) {
          stages.push({
            name: `extract/${kind}/${rule.ruleId}`,
            group: 'extract',
            part: true,
            run: (p) => rule.find(freshCtx(p)),
          });
        }
      }
    }
  }
  stages.push(
    { name: 'refine', group: 'refine', part: false, run: (p) => refine(p.found, freshCtx(p)) },
    ...refinePasses.map(
      (pass, k): Stage => ({
        name: `refine/${pass.name}`,
        group: 'refine',
        part: true,
        run: (p) => pass.run(p.passInputs[k]!, freshCtx(p)),
      }),
    ),
    { name: 'pipeline', group: 'pipeline', part: false, run: (p) => parsePlan(p.bytes) },
  );
  return stages;
}
