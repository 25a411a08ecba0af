import type { ResolvedParseOptions } from '../../options.js';
import type { PlanMeta } from '../../schema/meta.js';
import type { Warning } from '../../schema/warning.js';
import type { Segmented } from '../../segment/types.js';

export interface MetaResult {
  meta: PlanMeta;
  planYear: number | null;
  warnings: Warning[];
}

/** Header facts (SPEC §2.1) from the segmented header, title and closing. */
export function extractMeta(seg: Segmented, options: ResolvedParseOptions): MetaResult {
  const meta: PlanMeta = {
    docType: seg.docTypeLine?.text ?? '',
    title: seg.title?.text ?? null,
    number: null,
    code: null,
    issuer: null,
    place: null,
    issuedDate: null,
    year: null,
    signer: null,
    recipients: seg.closing.recipients.map((r) => r.text),
  };
  return { meta, planYear: options.referenceYear, warnings: documentWarnings(seg) };
}

/** What the whole document lacks: any text at all, or the 'KẾ HOẠCH' that makes it a plan. */
function documentWarnings(seg: Segmented): Warning[] {
  if (seg.text.trim() === '') return [{ code: 'EMPTY_TEXT', message: 'the document has no text' }];
  if (!seg.docTypeLine) {
    return [
      {
        code: 'NOT_A_PLAN',
        message: "no document type heading ('KẾ HOẠCH', 'BÁO CÁO' …) was found; this may not be a plan",
      },
    ];
  }
  if (!/^kế hoạch$/i.test(seg.docTypeLine.text)) {
    return [
      {
        code: 'NOT_A_PLAN',
        message: `the document is a ${seg.docTypeLine.text}, not a plan`,
        span: seg.docTypeLine.span,
      },
    ];
  }
  return [];
}
