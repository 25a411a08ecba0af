import { toSource } from './offset-map.js';

/**
 * Where an offset of `plan.text` (or of a `normalizeText` result) stands in the input
 * as loaded. `side: 'end'` maps a span's exclusive end.
 */
export function toSourceOffset(
  result: { offsetMap: readonly number[] },
  offset: number,
  side: 'start' | 'end' = 'start',
): number {
  return toSource(result.offsetMap as number[], offset, side);
}
