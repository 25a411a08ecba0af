import { KehoachError } from '../errors.js';
import { type NormalizeOptions, type ResolvedParseOptions, resolveOptions } from '../options.js';
import type { Correction } from '../schema/correction.js';
import type { Warning } from '../schema/warning.js';
import { applyEdits } from './apply-edits.js';
import { type CorrectionRecord, finishCorrections } from './finish-corrections.js';
import { composeMaps, type OffsetMap } from './offset-map.js';
import { SpanLog } from './span-log.js';
import type { NormalizeStep, StepResult } from './step.js';
import { normalizeSteps } from './steps/index.js';
import { widenDeletions } from './widen-deletions.js';
import { withWordsSession } from './words/words-of.js';

export interface NormalizedText {
  /** The repaired text. */
  text: string;
  /** The text as it came in. */
  source: string;
  /** Every change made, with its span in `text`. */
  corrections: Correction[];
  /** `text` → `source` (see offset-map.ts). */
  offsetMap: OffsetMap;
  /** A legacy encoding found inside the text, or null. */
  encoding: string | null;
  warnings: Warning[];
  /** Corrections proposed but not applied (with `ocrCorrection: 'suggest'`), spans in `text`. */
  suggestions: Correction[];
}

/** The steps to run: `steps` (all when null) less `skipSteps`, in order; an unknown name is an error. */
function selectSteps({ steps, skipSteps }: ResolvedParseOptions): NormalizeStep[] {
  const known = new Set(normalizeSteps.map((s) => s.name));
  for (const name of [...(steps ?? []), ...skipSteps]) {
    if (!known.has(name)) {
      throw new KehoachError(
        'INVALID_OPTIONS',
        `unknown normalization step '${name}'; known: ${[...known].join(', ')}`,
      );
    }
  }
  return normalizeSteps.filter((s) => (!steps || steps.includes(s.name)) && !skipSteps.includes(s.name));
}

/** Repairs a text for reading and extraction (SPEC §3), recording every change and the offset map. */
export function normalizeText(input: string, options: NormalizeOptions | null = {}): NormalizedText {
  if (typeof input !== 'string')
    throw new KehoachError(
      'INVALID_OPTIONS',
      'normalizeText takes the text as a string (parsePlan reads bytes)',
    );
  const resolved = resolveOptions(options);
  let text = input;
  let map: OffsetMap = [];
  let spareMap: OffsetMap = []; // the map before the last step's, written over by the next
  const corrections = new SpanLog<CorrectionRecord>();
  const warnings: Warning[] = [];
  const suggestions = new SpanLog<Omit<Correction, 'span'>>();
  let encoding: string | null = null;
  withWordsSession((edited) => {
    for (const step of selectSteps(resolved)) {
      const raw = step.run(text, resolved);
      const result: StepResult = Array.isArray(raw) ? { edits: raw } : raw;
      if (result.encoding) encoding = result.encoding;
      if (result.warnings) warnings.push(...result.warnings);
      for (const s of result.suggestions ?? []) {
        const record = { kind: s.kind, from: text.slice(s.start, s.end), to: s.to };
        suggestions.add({ ...record, confidence: s.confidence ?? 0, step: step.name }, s.start, s.end);
      }
      const applied = applyEdits(text, widenDeletions(text, result.edits));
      if (applied.applied.length === 0) continue;
      corrections.carry(applied.map);
      suggestions.carry(applied.map);
      // Records are shared by the edits of a step that are alike (a join step makes hundreds).
      let record: CorrectionRecord | null = null;
      for (let k = 0; k < applied.applied.length; k++) {
        const e = applied.applied[k]!;
        const confidence = e.confidence ?? 1;
        if (record === null || record.kind !== e.kind || record.confidence !== confidence) {
          record = { kind: e.kind, confidence, step: step.name };
        }
        corrections.add(record, applied.spans[2 * k]!, applied.spans[2 * k + 1]!);
      }
      const composed = composeMaps(applied.map, map, spareMap);
      spareMap = map;
      map = composed;
      edited(text, applied.text, applied.map);
      text = applied.text;
    }
  });
  return {
    text,
    source: input,
    corrections: finishCorrections(corrections, input, text, map),
    offsetMap: map,
    encoding,
    warnings,
    suggestions: suggestions.records.map(({ kind, from, to, confidence, step }, i) => {
      const span = { start: suggestions.starts[i]!, end: suggestions.ends[i]! };
      return { kind, from, to, span, confidence, step };
    }),
  };
}
