import type { Table } from '../load/types.js';
import { splitLines } from './lines.js';
import type { Segmented } from './types.js';

export type { ClosingBlock, DecisionBlock, HeaderBlock, Piece, Segmented } from './types.js';

/** Cuts the normalized text into header, title, preamble, section tree and closing. */
export function segment(text: string, tables: Table[]): Segmented {
  const lines = splitLines(text);
  return {
    text,
    lines,
    header: { span: null, issuerLines: [], numberLine: null, placeDateLine: null },
    docTypeLine: null,
    title: null,
    preamble: null,
    sections: [],
    flatSections: [],
    body: { start: 0, end: text.length },
    closing: { span: null, recipients: [], authorityLine: null, signerTitleLine: null, signerNameLine: null },
    decision: null,
    tables,
    warnings: [],
  };
}
