import type { Correction } from '../schema/correction.js';
import { OffsetCursor } from './offset-cursor.js';
import type { OffsetMap } from './offset-map.js';
import type { SpanLog } from './span-log.js';

/** A correction as a step made it; its span is kept in the log, its texts are read at the end. */
export type CorrectionRecord = Pick<Correction, 'kind' | 'confidence'> & { step: string };

/**
 * The corrections of all steps as the user should see them: corrections that overlap or touch
 * in the final text (a glyph fixed, then the same word's tone moved) become one, and each
 * `from` / `to` is read from the source and the final text at the correction's mapped span —
 * so `from` is always what the source holds there, however many steps changed it.
 */
export function finishCorrections(
  log: SpanLog<CorrectionRecord>,
  source: string,
  text: string,
  map: OffsetMap,
): Correction[] {
  const { records, starts, ends } = log;
  const order = records.map((_, i) => i);
  let inOrder = true;
  for (let i = 1; i < order.length && inOrder; i++) {
    inOrder = starts[i - 1]! < starts[i]! || (starts[i - 1] === starts[i] && ends[i - 1]! <= ends[i]!);
  }
  // Ties keep the order the steps made them in: the later step's kind wins below.
  if (!inOrder) order.sort((a, b) => starts[a]! - starts[b]! || ends[a]! - ends[b]! || a - b);
  const out: Correction[] = [];
  for (const i of order) {
    const c = records[i]!;
    const last = out[out.length - 1];
    if (last && starts[i]! <= last.span.end) {
      last.span.end = Math.max(last.span.end, ends[i]!);
      last.confidence = Math.min(last.confidence, c.confidence);
      if (c.kind !== 'layout' || last.kind === 'layout') {
        last.kind = c.kind;
        last.step = c.step;
      }
    } else {
      const span = { start: starts[i]!, end: ends[i]! };
      out.push({ kind: c.kind, from: '', to: '', span, confidence: c.confidence, step: c.step });
    }
  }
  // The merged corrections are in order and apart, so the cursor only ever moves forward.
  const cursor = new OffsetCursor(map, 'target');
  for (const c of out) {
    const { start, end } = c.span;
    // An empty span (text removed) maps to the removed stretch between its two sides.
    const s = cursor.get(start, start === end ? 'end' : 'start');
    const e = cursor.get(end, start === end ? 'start' : 'end');
    c.from = source.slice(s, Math.max(s, e));
    c.to = text.slice(start, end);
  }
  return out;
}
