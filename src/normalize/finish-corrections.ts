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
  // Ties keep the order the steps made them in: the later step's kind wins below.
  const order = spanOrder(starts, ends);
  const out: Correction[] = [];
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
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

/**
 * The indices of the spans by start, then end, then index. The log holds the corrections of
 * each step after those of the steps before, each step's in order, so the spans come in a few
 * ascending runs: these are merged (a stable merge, the earlier run first on ties), each pass
 * halving the runs and comparing inline, where Array#sort calls a comparator
 * function for every comparison and knows nothing of the runs.
 */
export function spanOrder(starts: readonly number[], ends: readonly number[]): Int32Array {
  const n = starts.length;
  let order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  // Where each ascending run begins, and n at the end.
  let bounds: number[] = [0];
  for (let i = 1; i < n; i++) {
    if (starts[i - 1]! > starts[i]! || (starts[i - 1] === starts[i] && ends[i - 1]! > ends[i]!))
      bounds.push(i);
  }
  bounds.push(n);
  if (bounds.length <= 2) return order;
  let spare = new Int32Array(n);
  while (bounds.length > 2) {
    const merged: number[] = [0];
    for (let r = 0; r + 1 < bounds.length; r += 2) {
      const lo = bounds[r]!;
      const mid = bounds[r + 1]!;
      const hi = r + 2 < bounds.length ? bounds[r + 2]! : mid;
      let a = lo;
      let b = mid;
      let o = lo;
      while (a < mid && b < hi) {
        const x = order[a]!;
        const y = order[b]!;
        if (starts[x]! < starts[y]! || (starts[x] === starts[y] && ends[x]! <= ends[y]!)) {
          spare[o++] = x;
          a++;
        } else {
          spare[o++] = y;
          b++;
        }
      }
      while (a < mid) spare[o++] = order[a++]!;
      while (b < hi) spare[o++] = order[b++]!;
      merged.push(hi);
    }
    bounds = merged;
    [order, spare] = [spare, order];
  }
  return order;
}
