import type { Table } from '../load/types.js';
import type { Section } from '../schema/section.js';
import type { Span } from '../schema/span.js';
import type { Warning } from '../schema/warning.js';
import type { Line } from './lines.js';

/** A piece of text found by segmentation: its span and the text it stands for (trimmed). */
export interface Piece {
  text: string;
  span: Span;
}

/** The block above the title: issuer, motto, 'Số: …', 'Nam Chính, ngày … tháng … năm …'. */
export interface HeaderBlock {
  span: Span | null;
  /** 'ỦY BAN NHÂN DÂN', 'XÃ NAM CHÍNH' — the issuer lines as printed, top first. */
  issuerLines: Piece[];
  /** The text after 'Số:' ('21/KH-UBND', '/KH-UBND'). */
  numberLine: Piece | null;
  /** 'Nam Chính, ngày   tháng 01 năm 2023'. */
  placeDateLine: Piece | null;
}

/** 'Nơi nhận' and the signature block. */
export interface ClosingBlock {
  span: Span | null;
  recipients: Piece[];
  /** 'TM. ỦY BAN NHÂN DÂN' (or 'KT. CHỦ TỊCH' …): the organisation signed for. */
  authorityLine: Piece | null;
  /** Every 'TM.'/'KT.'/'TL.'/'TUQ.' line, top first; the last one is the signer's own mode. */
  modeLines: Piece[];
  /** 'QUYỀN CHỦ TỊCH', 'PHÓ CHỦ TỊCH'. */
  signerTitleLine: Piece | null;
  signerNameLine: Piece | null;
}

/** The decision wrapped around a plan ('QUYẾT ĐỊNH Ban hành Kế hoạch …'), when there is one. */
export interface DecisionBlock {
  span: Span;
  docType: string;
  /** The decision's issuer lines, which a plan without a header of its own inherits. */
  issuerLines: Piece[];
  title: Piece | null;
  numberLine: Piece | null;
  placeDateLine: Piece | null;
  closing: ClosingBlock;
}

/** The document cut into its parts. Extractors read this; they never re-split the text. */
export interface Segmented {
  text: string;
  lines: Line[];
  header: HeaderBlock;
  /** 'KẾ HOẠCH' as printed, or the type word of another document ('BÁO CÁO'). */
  docTypeLine: Piece | null;
  /** The line(s) under the document type, joined (whitespace collapsed in `text`). */
  title: Piece | null;
  /** '(Ban hành kèm theo Quyết định số …)' under the title of a plan issued by a decision. */
  issuedWithLine: Piece | null;
  /** Between the title and the first section ('Căn cứ …', 'Thực hiện …'). */
  preamble: Span | null;
  /** The section tree, top level first. */
  sections: Section[];
  /** Every section, depth first. */
  flatSections: Section[];
  /** Where the plan's own content runs: preamble and sections, without header and closing. */
  body: Span;
  closing: ClosingBlock;
  decision: DecisionBlock | null;
  /** Tables from the loader, spans mapped into the normalized text. */
  tables: Table[];
  warnings: Warning[];
}
