import type { Edit } from './edit.js';
import type { OffsetMap } from './offset-map.js';

export interface AppliedEdits {
  text: string;
  /** new text → old text */
  map: OffsetMap;
  /** The edits actually applied (sorted, overlaps dropped), as they were given. */
  applied: Edit[];
  /** Where each applied edit's text stands in the new text: [start, end) of applied[k] at 2k, 2k + 1. */
  spans: number[];
}

/**
 * Applies non-overlapping edits in one pass and records the offset map while doing so.
 * Edits are sorted by position; an edit overlapping an earlier one is dropped (the
 * earlier wins), so a step can never corrupt the map by proposing overlaps.
 */
export function applyEdits(text: string, edits: readonly Edit[]): AppliedEdits {
  if (edits.length === 0) return { text, map: [], applied: [], spans: [] };
  let inOrder = true;
  for (let i = 1; i < edits.length && inOrder; i++) {
    const a = edits[i - 1]!;
    const b = edits[i]!;
    inOrder = a.start < b.start || (a.start === b.start && a.end <= b.end);
  }
  const sorted = inOrder ? edits : [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const parts: string[] = [];
  const map: OffsetMap = [];
  const applied: Edit[] = [];
  const spans: number[] = [];
  let cursor = 0; // in the old text
  let length = 0; // of the new text so far
  for (const e of sorted) {
    if (e.start < cursor || e.end < e.start || e.end > text.length) continue;
    if (e.start === e.end && e.to === '') continue;
    // An edit that changes nothing (compared in place: no slice per edit).
    if (e.end - e.start === e.to.length && text.startsWith(e.to, e.start)) continue;
    const kept = text.slice(cursor, e.start);
    parts.push(kept, e.to);
    length += kept.length;
    const newStart = length;
    length += e.to.length;
    // Touching regions become one, so that no two regions of a map share an edge.
    const last = map.length - 4;
    if (last >= 0 && map[last + 1] === newStart && map[last + 3] === e.start) {
      map[last + 1] = length;
      map[last + 3] = e.end;
    } else map.push(newStart, length, e.start, e.end);
    applied.push(e);
    spans.push(newStart, length);
    cursor = e.end;
  }
  parts.push(text.slice(cursor));
  return { text: parts.join(''), map, applied, spans };
}
