import type { Correction } from '../schema/correction.js';
import { type OffsetMap, toSource } from './offset-map.js';

/**
 * The corrections of all steps as the user should see them: corrections that overlap or touch
 * in the final text (a glyph fixed, then the same word's tone moved) become one, and each
 * `from` / `to` is read from the source and the final text at the correction's mapped span —
 * so `from` is always what the source holds there, however many steps changed it.
 */
export function finishCorrections(
  corrections: readonly Correction[],
  source: string,
  text: string,
  map: OffsetMap,
): Correction[] {
  let inOrder = true;
  for (let i = 1; i < corrections.length && inOrder; i++) {
    const a = corrections[i - 1]!.span;
    const b = corrections[i]!.span;
    inOrder = a.start < b.start || (a.start === b.start && a.end <= b.end);
  }
  const sorted = inOrder
    ? corrections
    : [...corrections].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  const out: Correction[] = [];
  for (const c of sorted) {
    const last = out[out.length - 1];
    if (last && c.span.start <= last.span.end) {
      last.span = { start: last.span.start, end: Math.max(last.span.end, c.span.end) };
      last.confidence = Math.min(last.confidence, c.confidence);
      if (c.kind !== 'layout' || last.kind === 'layout') {
        last.kind = c.kind;
        if (c.step !== undefined) last.step = c.step;
      }
    } else out.push({ ...c, span: { start: c.span.start, end: c.span.end } });
  }
  for (const c of out) {
    const { start, end } = c.span;
    // An empty span (text removed) maps to the removed stretch between its two sides.
    const s = toSource(map, start, start === end ? 'end' : 'start');
    const e = toSource(map, end, start === end ? 'start' : 'end');
    c.from = source.slice(s, Math.max(s, e));
    c.to = text.slice(start, end);
  }
  return out;
}
