import { matchNumbering } from '../../lexicon/numbering.js';
import { timeLabels } from '../../lexicon/time-words.js';
import { cooperateLabels, leadLabels } from '../../lexicon/unit-role-verbs.js';
import type { Span } from '../../schema/span.js';
import { isAppendixHeading } from '../../segment/line-kinds.js';
import type { Segmented } from '../../segment/types.js';
import { memoOn } from '../memo-on.js';

/** A numbered item of an appendix listing tasks: '1. Rà soát … ⏎ - Cơ quan chủ trì: …'. */
export interface AppendixItem {
  /** As printed: '1', '12'. */
  number: string;
  title: string;
  span: Span;
}

// '- Cơ quan chủ trì:', '- Thời gian hoàn thành:' — the fields that make an item a task.
const FIELD = new RegExp(
  `^[ \\t]*[-+•]?[ \\t]*(?:${[...leadLabels, ...cooperateLabels, ...timeLabels].join('|')})[ \\t]*:`,
  'iu',
);
const ITEMS = Symbol('appendix items');

/**
 * The numbered items of an appendix after the signature that give each task its fields ('Phụ
 * lục: DANH MỤC NHIỆM VỤ ⏎ 1. Rà soát … ⏎ - Cơ quan chủ trì: Văn phòng UBND tỉnh. ⏎ - Thời
 * gian hoàn thành: Năm 2026.'): the same list a task table gives, printed as paragraphs. An item
 * runs to the next item or appendix; one with no such field is no task.
 */
export const findAppendixItems = (seg: Segmented): AppendixItem[] =>
  memoOn(seg, ITEMS, () => appendixItems(seg));

interface OpenItem {
  number: string;
  title: string;
  start: number;
  end: number;
  fields: boolean;
}

function appendixItems(seg: Segmented): AppendixItem[] {
  const from = seg.closing.span?.start ?? seg.text.length;
  const items: AppendixItem[] = [];
  const close = (item: OpenItem | null) => {
    if (item?.fields)
      items.push({ number: item.number, title: item.title, span: { start: item.start, end: item.end } });
  };
  let open: OpenItem | null = null;
  let inAppendix = false;
  for (const line of seg.lines) {
    if (line.start < from) continue;
    if (isAppendixHeading(line.text)) {
      close(open);
      open = null;
      inAppendix = true;
      continue;
    }
    if (!inAppendix) continue;
    const trimmed = line.text.trim();
    const n = trimmed ? matchNumbering(trimmed) : null;
    if (n?.scheme === 'arabic') {
      close(open);
      const title = trimmed.slice(n.restOffset).trim();
      open = { number: n.number, title, start: line.start, end: line.end, fields: false };
      continue;
    }
    if (!open) continue;
    if (trimmed) open.end = line.end;
    if (FIELD.test(line.text)) open.fields = true;
  }
  close(open);
  return items;
}
