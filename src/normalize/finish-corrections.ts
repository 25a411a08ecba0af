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
  const sorted = [...corrections].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  const merged: Correction[] = [];
  for (const c of sorted) {
    const last = merged[merged.length - 1];
    if (last && c.span.start <= last.span.end) {
      last.span = { start: last.span.start, end: Math.max(last.span.end, c.span.end) };
      last.confidence = Math.min(last.confidence, c.confidence);
      if (c.kind !== 'layout' || last.kind === 'layout') {
        last.kind = c.kind;
        if (c.step !== undefined) last.step = c.step;
      }
    } else merged.push({ ...c, span: { ...c.span } });
  }
  return merged.map((c) => {
    const { start, end } = c.span;
    // An empty span (text removed) maps to the removed stretch between its two sides.
    const s = toSource(map, start, start === end ? 'end' : 'start');
    const e = toSource(map, end, start === end ? 'start' : 'end');
    return { ...c, from: source.slice(s, Math.max(s, e)), to: text.slice(start, end) };
  });
}
