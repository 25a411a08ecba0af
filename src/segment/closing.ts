import { isBullet } from '../lexicon/numbering.js';
import { isPersonName, isPositionLine, modeLine, recipientsLabelLength } from './line-kinds.js';
import type { Line } from './lines.js';
import { linePiece } from './piece.js';
import type { ClosingBlock, Piece } from './types.js';

// '- UBND huyện ( b/c);', '+ Lưu: VT.', '- Các chi bộ,' → 'UBND huyện ( b/c)', 'Lưu: VT', 'Các chi bộ'
const BULLET_PREFIX = /^[-+•–—*·●○▪■◦➢❖✓]\s*/u;
const TRAILING = /[\s;.,]/u;
// '(Đã ký)', '(ký, ghi rõ họ tên, đóng dấu)', '[daky]'
const SIGNED_NOTE = /^[([](?:đã\s+ký|ký|daky|signed)/iu;

/** The first line of the closing: 'Nơi nhận', a 'TM.'/'KT.' line or a lone position ('CHỦ TỊCH'). */
export function findClosingStart(lines: readonly Line[], from: number, to: number): number {
  for (let i = from; i < to; i++) {
    if (lines[i]!.end === lines[i]!.start) continue;
    const t = lines[i]!.text.trim();
    // a blank line is none of them (and the corpus of blank lines is long)
    if (t === '') continue;
    if (recipientsLabelLength(t) !== null || modeLine(t) !== null || isPositionLine(t)) return i;
  }
  return to;
}

/**
 * 'Nơi nhận' and the signature block in lines [from, to). Recipients are the bullet lines
 * after 'Nơi nhận' (or, with no bullets at all, its lines up to a blank line), without the
 * bullet and a trailing ';' or '.', kept otherwise as written. The signature is read from
 * the lines that are not recipients: 'TM.'/'KT.'/'TL.'/'TUQ.' lines, the position, the name.
 */
export function parseClosing(lines: readonly Line[], from: number, to: number): ClosingBlock {
  const closing: ClosingBlock = {
    span: null,
    recipients: [],
    authorityLine: null,
    signerTitleLine: null,
    signerNameLine: null,
    modeLines: [],
  };
  if (from >= to) return closing;
  const recipientLines = new Set<number>();
  const label = findLabel(lines, from, to);
  if (label !== null) collectRecipients(lines, label, to, closing.recipients, recipientLines);
  let afterTitle = false;
  for (let i = from; i < to; i++) {
    if (recipientLines.has(i) || i === label) continue;
    const piece = linePiece(lines[i]!);
    if (!piece || SIGNED_NOTE.test(piece.text)) continue;
    if (modeLine(piece.text)) {
      closing.modeLines.push(piece);
      afterTitle = true;
    } else if (isPositionLine(piece.text)) {
      closing.signerTitleLine = piece;
      afterTitle = true;
    } else if (afterTitle && !closing.signerNameLine && isPersonName(piece.text))
      closing.signerNameLine = piece;
  }
  // 'TM. ỦY BAN NHÂN DÂN' then 'KT. CHỦ TỊCH': the organisation signed for is the authority.
  closing.authorityLine =
    closing.modeLines.find((p) => modeLine(p.text)?.mode === 'TM') ?? closing.modeLines[0] ?? null;
  closing.span = { start: lines[from]!.start, end: lines[to - 1]!.end };
  return closing;
}

function findLabel(lines: readonly Line[], from: number, to: number): number | null {
  for (let i = from; i < to; i++) if (recipientsLabelLength(lines[i]!.text.trim()) !== null) return i;
  return null;
}

function collectRecipients(
  lines: readonly Line[],
  label: number,
  to: number,
  out: Piece[],
  used: Set<number>,
): void {
  const labelLine = linePiece(lines[label]!)!;
  const inline = labelLine.text.slice(recipientsLabelLength(labelLine.text) ?? 0);
  if (inline.trim() !== '' && !isPositionLine(inline.trim())) {
    const at = labelLine.span.start + labelLine.text.length - inline.length;
    pushRecipient(out, { text: inline.trim(), span: { start: at, end: at + inline.trim().length } });
  }
  const hasBullets = lines.slice(label + 1, to).some((l) => isBullet(l.text.trim()));
  for (let i = label + 1; i < to; i++) {
    const piece = linePiece(lines[i]!);
    if (!piece) {
      if (!hasBullets && out.length > 0) return;
      continue;
    }
    if (hasBullets ? !isBullet(piece.text) : isPositionLine(piece.text) || modeLine(piece.text) !== null)
      continue;
    used.add(i);
    pushRecipient(out, piece);
  }
}

/** Drops trailing characters of a class one by one (a regex anchored at the end can go quadratic). */
function stripTrailing(s: string, chars: RegExp): string {
  let end = s.length;
  while (end > 0 && chars.test(s[end - 1]!)) end--;
  return s.slice(0, end);
}

function pushRecipient(out: Piece[], piece: Piece): void {
  const bullet = BULLET_PREFIX.exec(piece.text)?.[0].length ?? 0;
  const body = stripTrailing(piece.text.slice(bullet), TRAILING);
  if (body === '') return;
  const start = piece.span.start + bullet;
  out.push({ text: body, span: { start, end: start + body.length } });
}
