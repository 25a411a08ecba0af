import { KehoachError } from '../errors.js';
import { toSource } from './offset-map.js';

/**
 * Where an offset of `plan.text` (or of a `normalizeText` result) stands in the input
 * as loaded. `side: 'end'` maps a span's exclusive end.
 *
 * The offset must be a whole number from 0 to the text's length (checked against `result.text`
 * when it is there): past either end, the map would carry on with its last shift and answer an
 * offset the input does not have.
 */
export function toSourceOffset(
  result: { offsetMap: readonly number[]; text?: string },
  offset: number,
  side: 'start' | 'end' = 'start',
): number {
  if (!Array.isArray(result?.offsetMap))
    throw new KehoachError('INVALID_OPTIONS', 'toSourceOffset takes a Plan or a normalizeText result');
  const length = typeof result.text === 'string' ? result.text.length : Number.POSITIVE_INFINITY;
  if (!Number.isInteger(offset) || offset < 0 || offset > length)
    throw new KehoachError(
      'INVALID_OPTIONS',
      `toSourceOffset: the offset must be a whole number from 0 to the text's length (${length}), not ${offset}`,
    );
  return toSource(result.offsetMap as number[], offset, side);
}
