import type { Table } from '../load/types.js';
import type { Span } from '../schema/span.js';
import { type OffsetMap, toTarget } from './offset-map.js';

/** A span of the loaded text carried into the normalized text. */
export function spanToTarget(map: OffsetMap, span: Span): Span {
  const start = toTarget(map, span.start, 'start');
  return { start, end: Math.max(start, toTarget(map, span.end, 'end')) };
}

/** Loader tables re-pointed at the normalized text; cell texts are re-read from it. */
export function tablesToTarget(tables: readonly Table[], map: OffsetMap, text: string): Table[] {
  return tables.map((t) => ({
    span: spanToTarget(map, t.span),
    rows: t.rows.map((row) =>
      row.map((cell) => {
        const span = spanToTarget(map, cell.span);
        return { span, text: text.slice(span.start, span.end) };
      }),
    ),
  }));
}
