import type { Line } from './lines.js';
import type { Piece } from './types.js';

/** The trimmed text of text[start, end) with its span, or null when it is only whitespace. */
export function pieceOf(text: string, start: number, end: number): Piece | null {
  const raw = text.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const trimmed = raw.trim();
  if (trimmed === '') return null;
  return { text: trimmed, span: { start: start + lead, end: start + lead + trimmed.length } };
}

/** A whole line, trimmed. */
export function linePiece(line: Line): Piece | null {
  const lead = line.text.length - line.text.trimStart().length;
  const trimmed = line.text.trim();
  if (trimmed === '') return null;
  return { text: trimmed, span: { start: line.start + lead, end: line.start + lead + trimmed.length } };
}
