import { FIELD, mapInRegion, type OffsetMap, regionAt, type Side } from './offset-map.js';

/**
 * Maps many offsets through one map, with the results of toTarget / toSource. It remembers the
 * region the last offset fell in, so offsets that come in increasing order (the spans of one
 * step, or of sorted corrections) each cost a step forward instead of a binary search; an
 * offset before the last one falls back to the search.
 */
export class OffsetCursor {
  private readonly a: number;
  private region = -1;
  private last = 0;

  constructor(
    private readonly map: OffsetMap,
    from: 'target' | 'source',
  ) {
    this.a = FIELD[from];
  }

  get(offset: number, side: Side): number {
    const { map, a } = this;
    let k = this.region;
    if (offset < this.last) k = regionAt(map, a, offset);
    else {
      const regions = map.length / 4;
      while (k + 1 < regions && map[(k + 1) * 4 + a]! <= offset) k++;
    }
    this.region = k;
    this.last = offset;
    return mapInRegion(map, a, k, offset, side);
  }
}
