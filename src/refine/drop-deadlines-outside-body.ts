import { findAppendixItems } from '../extract/tasks/appendix-items.js';
import { findTaskTables } from '../extract/tasks/find-task-tables.js';
import type { Span } from '../schema/span.js';
import type { RefinePass } from './types.js';

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/**
 * The header's date line, the title's year ('… năm 2023') and the closing block name no
 * deadline: keep only deadlines inside the body and outside those blocks — and those of a task
 * table or a list of task items, which a 'Phụ lục' after the signature may hold.
 */
export const dropDeadlinesOutsideBody: RefinePass = {
  name: 'drop-deadlines-outside-body',
  run(state, { seg }) {
    const blocked = [
      seg.header.span,
      seg.title?.span,
      seg.docTypeLine?.span,
      seg.closing.span,
      seg.decision?.span,
    ].filter((s): s is Span => !!s);
    const tables = [
      ...findTaskTables({ seg }).map((t) => t.span),
      ...findAppendixItems(seg).map((i) => i.span),
    ];
    const deadlines = state.deadlines.filter(
      (d) =>
        (d.span.start >= seg.body.start &&
          d.span.end <= seg.body.end &&
          !blocked.some((b) => overlaps(b, d.span))) ||
        tables.some((t) => d.span.start >= t.start && d.span.end <= t.end),
    );
    return { ...state, deadlines };
  },
};
