import { isBullet, matchNumbering } from '../lexicon/numbering.js';
import {
  isAppendixHeading,
  isPersonName,
  isPositionLine,
  modeLine,
  recipientsLabelLength,
} from './line-kinds.js';
import type { Line } from './lines.js';
import { linePiece } from './piece.js';
import type { ClosingBlock, Piece } from './types.js';
import { backOver, forwardOverSpace } from './white-space.js';

// '- UBND huyện ( b/c);', '+ Lưu: VT.', '- Các chi bộ,' → 'UBND huyện ( b/c)', 'Lưu: VT', 'Các chi bộ'
// Sticky and tested: its end is lastIndex, with no match array made for each recipient.
const BULLET_PREFIX_AT = /[-+•–—*·●○▪■◦➢❖✓]\s*/uy;
// What a recipient's end drops, besides white space.
const TRAILING_MARKS = ';.,';
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
  // Lines are tested on their trimmed text, and a Piece is made only for the few kept: past
  // 'Nơi nhận' a text can go on for pages, and a Piece for each line was most of the work.
  const recipientLines = new Uint8Array(to - from);
  const label = findLabel(lines, from, to);
  if (label !== null)
    collectRecipients(lines, label, to, closing.recipients, (i) => (recipientLines[i - from] = 1));
  let afterTitle = false;
  for (let i = from; i < to; i++) {
    if (recipientLines[i - from] === 1 || i === label) continue;
    const text = lines[i]!.text.trim();
    if (text === '' || SIGNED_NOTE.test(text)) continue;
    if (modeLine(text)) {
      closing.modeLines.push(linePiece(lines[i]!)!);
      afterTitle = true;
    } else if (isPositionLine(text)) {
      closing.signerTitleLine = linePiece(lines[i]!);
      afterTitle = true;
    } else if (afterTitle && !closing.signerNameLine && isPersonName(text))
      closing.signerNameLine = linePiece(lines[i]!);
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
  use: (line: number) => void,
): void {
  const labelLine = linePiece(lines[label]!)!;
  const inline = labelLine.text.slice(recipientsLabelLength(labelLine.text) ?? 0);
  if (inline.trim() !== '' && !isPositionLine(inline.trim())) {
    const at = labelLine.span.start + labelLine.text.length - inline.length;
    pushRecipient(out, inline.trim(), at);
  }
  let hasBullets = false;
  for (let i = label + 1; i < to && !hasBullets; i++) hasBullets = isBullet(lines[i]!.text.trim());
  for (let i = label + 1; i < to; i++) {
    const line = lines[i]!;
    const text = line.text.trim();
    if (text === '') {
      if (!hasBullets && out.length > 0) return;
      continue;
    }
    // An appendix after the signature ('Phụ lục: DANH MỤC NHIỆM VỤ', then '1. Rà soát …' and
    // its '- Cơ quan chủ trì: …' lines) is no list of recipients.
    if (isAppendixHeading(text) || (!isBullet(text) && matchNumbering(text) !== null)) return;
    if (hasBullets ? !isBullet(text) : isPositionLine(text) || modeLine(text) !== null) continue;
    use(i);
    pushRecipient(out, text, line.start + forwardOverSpace(line.text, 0, line.text.length));
  }
}

/** A recipient from a trimmed line that starts at `start`: no bullet, no trailing ';', '.' or ','. */
function pushRecipient(out: Piece[], text: string, start: number): void {
  BULLET_PREFIX_AT.lastIndex = 0;
  const bullet = BULLET_PREFIX_AT.test(text) ? BULLET_PREFIX_AT.lastIndex : 0;
  // Dropped one character at a time: a regex anchored at the end can go quadratic.
  const end = backOver(text, text.length, bullet, TRAILING_MARKS);
  if (end === bullet) return;
  out.push({ text: text.slice(bullet, end), span: { start: start + bullet, end: start + end } });
}
