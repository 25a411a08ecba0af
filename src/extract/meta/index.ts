import { PLAN_DOC_TYPE } from '../../lexicon/doc-type-headings.js';
import type { ResolvedParseOptions } from '../../options.js';
import type { PlanMeta } from '../../schema/meta.js';
import type { Warning } from '../../schema/warning.js';
import type { Segmented } from '../../segment/types.js';
import { parseIssuedDate } from './issued-date.js';
import { issuerFromBody, issuerFromHeader } from './issuer.js';
import { parseNumberLine } from './number-line.js';
import { titleYear } from './plan-year.js';
import { signerFromClosing } from './signer.js';

export interface MetaResult {
  meta: PlanMeta;
  planYear: number | null;
  warnings: Warning[];
}

// 'Nam Chính, ngày …' → 'Nam Chính'
const PLACE = /^(?<place>[^,\n]{2,40}),\s*[Nn]gày\b/u;

/** Header facts (SPEC §2.1) from the segmented header, title and closing. */
export function extractMeta(seg: Segmented, options: ResolvedParseOptions): MetaResult {
  const { number, code } = parseNumberLine(seg.header.numberLine?.text ?? '');
  const dateline = seg.header.placeDateLine?.text ?? null;
  const issuedDate = dateline ? parseIssuedDate(dateline) : null;
  const issuerLines =
    seg.header.issuerLines.length > 0 ? seg.header.issuerLines : (seg.decision?.issuerLines ?? []);
  const issuer = issuerFromHeader(issuerLines) ?? issuerFromBody(bodyHead(seg));
  const title = seg.title?.text ?? null;
  const year = titleYear(title) ?? (issuedDate ? Number(issuedDate.slice(0, 4)) : null);
  const meta: PlanMeta = {
    docType: seg.docTypeLine?.text ?? '',
    title,
    number,
    code,
    issuer,
    place: dateline ? (PLACE.exec(dateline)?.groups?.['place']?.trim() ?? null) : null,
    issuedDate,
    year,
    signer: signerFromClosing(seg.closing),
    recipients: seg.closing.recipients.map((r) => r.text),
  };
  if (seg.decision) {
    const decisionNumber = parseNumberLine(seg.decision.numberLine?.text ?? '');
    const decisionLine = seg.decision.placeDateLine?.text ?? null;
    const decisionDate = decisionLine ? parseIssuedDate(decisionLine) : null;
    const decisionSigner = signerFromClosing(seg.decision.closing);
    meta.issuedWith = {
      type: seg.decision.docType,
      number: decisionNumber.number,
      issuedDate: decisionDate,
      signer: decisionSigner,
    };
    if (!meta.issuedDate && decisionDate) meta.year ??= Number(decisionDate.slice(0, 4));
    // A plan issued by a decision is dated, placed, signed and sent with it: what the plan
    // does not print of its own, it has from the decision.
    if (!dateline && decisionLine) {
      meta.issuedDate = decisionDate;
      meta.place = PLACE.exec(decisionLine)?.groups?.['place']?.trim() ?? null;
    }
    meta.signer ??= decisionSigner;
    if (!meta.recipients.length) meta.recipients = seg.decision.closing.recipients.map((r) => r.text);
  }
  return { meta, planYear: meta.year ?? options.referenceYear, warnings: documentWarnings(seg) };
}

/** Where a plan without a header says who makes it: the preamble, else the start of the body. */
function bodyHead(seg: Segmented): string {
  if (seg.preamble) return seg.text.slice(seg.preamble.start, seg.preamble.end);
  return seg.text.slice(seg.body.start, Math.min(seg.body.end, seg.body.start + 3000));
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
  if (seg.docTypeLine.text !== PLAN_DOC_TYPE) {
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
