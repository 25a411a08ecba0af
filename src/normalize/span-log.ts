import { OffsetCursor } from './offset-cursor.js';
import type { OffsetMap } from './offset-map.js';

/**
 * Records with a span in the text being normalized (corrections, suggestions). The spans are
 * kept apart from the records, in plain number arrays, so that carrying them through each
 * step's edits moves numbers rather than copying objects: a plan gets a few hundred
 * corrections, and every later step that edits moves all of them.
 */
export class SpanLog<T> {
  readonly records: T[] = [];
  readonly starts: number[] = [];
  readonly ends: number[] = [];

  add(record: T, start: number, end: number): void {
    this.records.push(record);
    this.starts.push(start);
    this.ends.push(end);
  }

  get size(): number {
    return this.records.length;
  }

  /** Carries every span into the text a step made (`map`: new text → old), as toTarget does. */
  carry(map: OffsetMap): void {
    const { starts, ends } = this;
    if (starts.length === 0) return;
    const cursor = new OffsetCursor(map, 'source');
    for (let i = 0; i < starts.length; i++) {
      const start = cursor.get(starts[i]!, 'start');
      starts[i] = start;
      ends[i] = Math.max(start, cursor.get(ends[i]!, 'end'));
    }
  }
}
