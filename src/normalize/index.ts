import { KehoachError } from '../errors.js';
import { type NormalizeOptions, resolveOptions } from '../options.js';
import type { Correction } from '../schema/correction.js';
import type { Warning } from '../schema/warning.js';
import { applyEdits } from './apply-edits.js';
import type { Edit } from './edit.js';
import { finishCorrections } from './finish-corrections.js';
import { composeMaps, type OffsetMap, toTarget } from './offset-map.js';
import type { NormalizeStep, StepResult } from './step.js';
import { normalizeSteps } from './steps/index.js';
import { widenDeletions } from './widen-deletions.js';

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

export function selectSteps(options: NormalizeOptions): NormalizeStep[] {
  const known = new Set(normalizeSteps.map((s) => s.name));
  for (const name of [...(options.steps ?? []), ...(options.skipSteps ?? [])]) {
    if (!known.has(name)) {
      throw new KehoachError(
        'INVALID_OPTIONS',
        `unknown normalization step '${name}'; known: ${[...known].join(', ')}`,
      );
    }
  }
  return normalizeSteps.filter(
    (s) => (!options.steps || options.steps.includes(s.name)) && !options.skipSteps?.includes(s.name),
  );
}

const toCorrection = (
  step: string,
  e: Edit & { newStart: number; newEnd: number },
  from: string,
): Correction => ({
  kind: e.kind,
  from,
  to: e.to,
  span: { start: e.newStart, end: e.newEnd },
  confidence: e.confidence ?? 1,
  step,
});

/** Repairs a text for reading and extraction (SPEC §3), recording every change and the offset map. */
export function normalizeText(input: string, options: NormalizeOptions = {}): NormalizedText {
  const resolved = resolveOptions(options);
  let text = input;
  let map: OffsetMap = [];
  let corrections: Correction[] = [];
  const warnings: Warning[] = [];
  let suggestions: Correction[] = [];
  let encoding: string | null = null;
  for (const step of selectSteps(options)) {
    const raw = step.run(text, resolved);
    const result: StepResult = Array.isArray(raw) ? { edits: raw } : raw;
    if (result.encoding) encoding = result.encoding;
    if (result.warnings) warnings.push(...result.warnings);
    for (const s of result.suggestions ?? []) {
      suggestions.push({
        kind: s.kind,
        from: text.slice(s.start, s.end),
        to: s.to,
        span: { start: s.start, end: s.end },
        confidence: s.confidence ?? 0,
        step: step.name,
      });
    }
    const applied = applyEdits(text, widenDeletions(text, result.edits));
    if (applied.applied.length === 0) continue;
    const carry = (c: Correction): Correction => {
      const start = toTarget(applied.map, c.span.start, 'start');
      return { ...c, span: { start, end: Math.max(start, toTarget(applied.map, c.span.end, 'end')) } };
    };
    corrections = corrections.map(carry);
    suggestions = suggestions.map(carry);
    for (const e of applied.applied) corrections.push(toCorrection(step.name, e, text.slice(e.start, e.end)));
    map = composeMaps(applied.map, map);
    text = applied.text;
  }
  corrections = finishCorrections(corrections, input, text, map);
  return { text, source: input, corrections, offsetMap: map, encoding, warnings, suggestions };
}
