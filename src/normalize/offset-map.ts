/**
 * Offset maps between a target text and the source it was made from.
 *
 * A map is a flat list of changed regions [t0, t1, s0, s1, …] in increasing order:
 * target [t0, t1) was made from source [s0, s1). Outside the regions the two texts
 * are identical, shifted by the previous region's (t1 - s1). Maps are built while
 * editing (see apply-edits.ts), never by diffing texts afterwards.
 */
export type OffsetMap = number[];

// Fields of a region: target [T0, T1) was made from source [S0, S1).
export const T0 = 0;
export const T1 = 1;
export const S0 = 2;
export const S1 = 3;

export type Side = 'start' | 'end';

/** Where in a region the coordinates of each text begin: [t0, t1, s0, s1]. */
export const FIELD = { target: T0, source: S0 } as const;

/** The last region whose `a`-side start (a = T0 or S0) is at or before the offset, or -1. */
export function regionAt(map: OffsetMap, a: number, offset: number): number {
  let lo = 0;
  let hi = map.length / 4 - 1;
  let k = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (map[mid * 4 + a]! <= offset) {
      k = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return k;
}

/**
 * Maps an offset from side `a` of the map (T0 or S0) to the other, given region k from
 * regionAt. Shared by the single lookups below and by offset-cursor.ts.
 */
export function mapInRegion(map: OffsetMap, a: number, k: number, offset: number, side: Side): number {
  if (k < 0) return offset;
  const b = a === T0 ? S0 : T0;
  const ra0 = map[k * 4 + a]!;
  const ra1 = map[k * 4 + a + 1]!;
  const rb0 = map[k * 4 + b]!;
  const rb1 = map[k * 4 + b + 1]!;
  if (offset < ra1) {
    // Inside a changed region: a span edge there widens to the whole region.
    if (offset === ra0) return rb0;
    return side === 'start' ? rb0 : rb1;
  }
  // An empty region exactly here (text removed or inserted on the other side):
  // a span starting here begins after it, a span ending here stops before it.
  if (ra0 === ra1 && offset === ra0) return side === 'start' ? rb1 : rb0;
  return rb1 + (offset - ra1);
}

/** Where an offset of the target text comes from in the source. */
export function toSource(map: OffsetMap, offset: number, side: Side = 'start'): number {
  return mapInRegion(map, T0, regionAt(map, T0, offset), offset, side);
}

/** Where an offset of the source ended up in the target. */
export function toTarget(map: OffsetMap, offset: number, side: Side = 'start'): number {
  return mapInRegion(map, S0, regionAt(map, S0, offset), offset, side);
}

/**
 * Composes `outer` (final → middle) with `inner` (middle → original) into final → original.
 * Regions of both maps are merged where they touch in the middle text, so no result
 * region cuts through a region of either input. The result is written into `out` when given
 * (an array no longer needed, so that composing after every step reuses two arrays rather than
 * growing a new one each time), which must be neither input.
 */
export function composeMaps(outer: OffsetMap, inner: OffsetMap, out: OffsetMap = []): OffsetMap {
  // Written by index into the array as it is, pushed past its end: an array emptied first
  // would lose its room.
  let n = 0;
  if (outer.length === 0 || inner.length === 0) {
    const only = outer.length === 0 ? inner : outer;
    for (; n < only.length; n++) {
      if (n < out.length) out[n] = only[n]!;
      else out.push(only[n]!);
    }
    out.length = n;
    return out;
  }
  let i = 0; // outer region index (middle coords: S0..S1)
  let j = 0; // inner region index (middle coords: T0..T1)
  let dOut = 0; // final - middle, before the current block
  let dIn = 0; // original - middle, before the current block
  const nOut = outer.length / 4;
  const nIn = inner.length / 4;
  while (i < nOut || j < nIn) {
    // Open a block at the region that starts first in the middle text.
    const oStart = i < nOut ? outer[i * 4 + S0]! : Number.POSITIVE_INFINITY;
    const iStart = j < nIn ? inner[j * 4 + T0]! : Number.POSITIVE_INFINITY;
    const m0 = Math.min(oStart, iStart);
    let m1 = m0;
    let dOutAfter = dOut;
    let dInAfter = dIn;
    // Absorb every region of either map that starts at or before the block's end.
    for (;;) {
      if (i < nOut && outer[i * 4 + S0]! <= m1) {
        m1 = Math.max(m1, outer[i * 4 + S1]!);
        dOutAfter = outer[i * 4 + T1]! - outer[i * 4 + S1]!;
        i++;
      } else if (j < nIn && inner[j * 4 + T0]! <= m1) {
        m1 = Math.max(m1, inner[j * 4 + T1]!);
        dInAfter = inner[j * 4 + S1]! - inner[j * 4 + T1]!;
        j++;
      } else break;
    }
    if (n + 4 <= out.length) {
      out[n] = m0 + dOut;
      out[n + 1] = m1 + dOutAfter;
      out[n + 2] = m0 + dIn;
      out[n + 3] = m1 + dInAfter;
    } else {
      out.length = n;
      out.push(m0 + dOut, m1 + dOutAfter, m0 + dIn, m1 + dInAfter);
    }
    n += 4;
    dOut = dOutAfter;
    dIn = dInAfter;
  }
  out.length = n;
  return out;
}
