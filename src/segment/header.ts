import { isRule } from '../lexicon/numbering.js';
import { datelinePlace, isCaps, isMotto, isPositionLine, numberLineValue } from './line-kinds.js';
import type { Line } from './lines.js';
import { linePiece } from './piece.js';
import type { HeaderBlock, Piece } from './types.js';

/**
 * The block above the document type: issuer lines, motto, 'Số: …' and the dateline.
 * Two columns printed side by side arrive here as separate lines (the layout step split
 * them), in either order, so each line is read for what it is, not for where it stands.
 */
export function parseHeader(lines: readonly Line[], from: number, to: number): HeaderBlock {
  const issuerLines: Piece[] = [];
  let numberLine: Piece | null = null;
  let placeDateLine: Piece | null = null;
  let first: number | null = null;
  let last: number | null = null;
  for (let i = from; i < to; i++) {
    const piece = linePiece(lines[i]!);
    if (!piece || isRule(piece.text) || isMotto(piece.text)) continue;
    const number = numberLineValue(piece.text);
    if (number !== null && numberLine === null) {
      // The value after 'Số:' ('21/KH-UBND', '/KH-UBND'); an empty value still marks the line.
      const at = number === '' ? piece.text.length : piece.text.lastIndexOf(number);
      const start = piece.span.start + at;
      numberLine = { text: number, span: { start, end: start + number.length } };
    } else if (datelinePlace(piece.text) !== null && placeDateLine === null) placeDateLine = piece;
    else if (
      isCaps(piece.text) &&
      !isPositionLine(piece.text) &&
      numberLine === null &&
      placeDateLine === null
    ) {
      issuerLines.push(piece);
    } else continue;
    first ??= piece.span.start;
    last = piece.span.end;
  }
  const span = first !== null && last !== null ? { start: first, end: last } : null;
  return { span, issuerLines, numberLine, placeDateLine };
}
