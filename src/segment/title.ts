import { isRule, matchNumbering } from '../lexicon/numbering.js';
import { isCaps } from './line-kinds.js';
import type { Line } from './lines.js';
import { linePiece } from './piece.js';
import type { Piece } from './types.js';

// '(Ban hành kèm theo Quyết định số 15/QĐ-UBND ngày 10/01/2025 của Chủ tịch UBND xã)'
const ISSUED_WITH = /^\((?:Ban hành )?[Kk]èm theo\b/u;

export interface TitleResult {
  title: Piece | null;
  /** The '(Ban hành kèm theo Quyết định …)' line under the title, when there is one. */
  issuedWithLine: Piece | null;
  /** The first line after the title block. */
  next: number;
}

/**
 * The line(s) under the document type. Layout repair has already joined a wrapped title;
 * an all-caps title keeps its following all-caps lines, and a line that starts in lower
 * case continues the title. The title stops at a rule ('-----'), a numbered line or the body.
 */
export function parseTitle(
  lines: readonly Line[],
  from: number,
  to: number,
  startOffset?: number,
): TitleResult {
  let i = from;
  while (i < to && lines[i]!.text.trim() === '') i++;
  // 'KẾ HOẠCH THỰC HIỆN CÔNG TÁC …': the title starts on the type's own line, after the type.
  const line = lines[i];
  const first =
    line && startOffset !== undefined && startOffset > line.start
      ? restOfLine(line, startOffset)
      : i < to
        ? linePiece(lines[i]!)
        : null;
  if (!first || isRule(first.text) || matchNumbering(first.text) || ISSUED_WITH.test(first.text)) {
    return { title: null, ...issuedWith(lines, i, to) };
  }
  let end = first.span.end;
  i++;
  for (; i < to; i++) {
    const piece = linePiece(lines[i]!);
    if (!piece || isRule(piece.text) || matchNumbering(piece.text) || ISSUED_WITH.test(piece.text)) break;
    if (!continuesTitle(first.text, lines[i - 1]!.text.trim(), piece.text)) break;
    end = piece.span.end;
  }
  const title = { text: first.text, span: { start: first.span.start, end } };
  return { title, ...issuedWith(lines, i, to) };
}

// 'Căn cứ …', 'Thực hiện Chỉ thị số …', 'UBND phường … xây dựng Kế hoạch': where the preamble starts.
const PREAMBLE_OPENER =
  /^(?:Căn cứ|Thực hiện|Để|Nhằm|Theo|Trên cơ sở|Triển khai|Ủy ban|Uỷ ban|UBND|Sau khi|Qua)\s/u;
const MAX_TITLE_LINE = 120;
const STARTS_LOWER = /^\p{Ll}/u;

/**
 * Whether a line goes on with the title: an all-caps title takes all-caps lines; any other
 * title takes a line in lower case, or a short line when the title so far has no final stop
 * and the line does not open the preamble ('tổ chức … kỷ niệm 70 năm Chiến thắng ⏎ Điện Biên Phủ').
 */
function continuesTitle(first: string, previous: string, line: string): boolean {
  if (isCaps(first)) return isCaps(line);
  if (STARTS_LOWER.test(line)) return true;
  // A title line has no ':' and no final stop ('Nội dung: hoàn thành trong năm 2024.' is body).
  return (
    !/[.:;!?]$/u.test(previous) &&
    line.length <= MAX_TITLE_LINE &&
    !/[:.;!?]/u.test(line) &&
    !PREAMBLE_OPENER.test(line) &&
    !isCaps(line)
  );
}

function restOfLine(line: Line, offset: number): Piece | null {
  const piece = linePiece({ start: offset, end: line.end, text: line.text.slice(offset - line.start) });
  return piece;
}

function issuedWith(lines: readonly Line[], from: number, to: number): Omit<TitleResult, 'title'> {
  let i = from;
  while (i < to && (lines[i]!.text.trim() === '' || isRule(lines[i]!.text.trim()))) i++;
  const piece = i < to ? linePiece(lines[i]!) : null;
  if (piece && ISSUED_WITH.test(piece.text)) return { issuedWithLine: piece, next: i + 1 };
  return { issuedWithLine: null, next: from };
}
