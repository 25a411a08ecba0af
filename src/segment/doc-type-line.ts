import { PLAN_DOC_TYPE } from '../lexicon/doc-type-headings.js';
import { isRule } from '../lexicon/numbering.js';
import {
  datelinePlace,
  docTypeOf,
  docTypePrefix,
  isCaps,
  isMotto,
  isPositionLine,
  numberLineValue,
} from './line-kinds.js';
import type { Line } from './lines.js';

/** How many lines from the top a document type heading that is not exact is looked for. */
const LOOSE_WINDOW = 40;

export interface DocTypeLines {
  /** The line that names the document segmented as the plan ('KẾ HOẠCH'), or null; `length` is
   * set when the type is only the start of the line ('KẾ HOẠCH THỰC HIỆN …'). */
  plan: { index: number; docType: string; length?: number } | null;
  /** A decision wrapped around the plan: its type line and where the plan's own part begins. */
  decision: { index: number; docType: string; end: number } | null;
}

/**
 * Finds the document type line. When the first one is not 'KẾ HOẠCH' but a 'KẾ HOẠCH' line
 * follows (a plan issued by a decision: 'QUYẾT ĐỊNH Ban hành Kế hoạch …', Điều 1–3, a
 * signature, then the plan), the plan is the document and the decision its wrapper.
 */
export function findDocTypeLines(lines: readonly Line[]): DocTypeLines {
  const found: Array<{ index: number; docType: string }> = [];
  lines.forEach((line, index) => {
    if (line.end === line.start) return;
    const docType = docTypeOf(line.text.trim());
    if (docType) found.push({ index, docType });
  });
  const first = found[0];
  if (!first) return { plan: loosePlanLine(lines), decision: null };
  const plan = found.find((f) => f.docType === PLAN_DOC_TYPE && f.index > first.index);
  if (first.docType === PLAN_DOC_TYPE || !plan) return { plan: first, decision: null };
  return { plan, decision: { ...first, end: planPartStart(lines, plan.index, first.index) } };
}

function loosePlanLine(lines: readonly Line[]): DocTypeLines['plan'] {
  for (let i = 0; i < Math.min(lines.length, LOOSE_WINDOW); i++) {
    const text = lines[i]!.text.trim();
    const prefix = docTypePrefix(text);
    if (prefix) return { index: i, docType: prefix.docType, length: prefix.length };
  }
  return null;
}

/** Walks back from the plan's type line over its own header lines (issuer, motto, 'Số:', dateline). */
function planPartStart(lines: readonly Line[], planIndex: number, floor: number): number {
  let start = planIndex;
  for (let i = planIndex - 1; i > floor; i--) {
    const t = lines[i]!.text.trim();
    const headerLike =
      t === '' ||
      isRule(t) ||
      isMotto(t) ||
      numberLineValue(t) !== null ||
      datelinePlace(t) !== null ||
      (isCaps(t) && !isPositionLine(t));
    if (!headerLike) break;
    if (t !== '') start = i;
  }
  return start;
}
