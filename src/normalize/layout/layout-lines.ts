import { isBullet, isRule, matchNumbering } from '../../lexicon/numbering.js';

/** A line of a text being repaired: [start, end) excludes the '\n'; content is trimmed. */
export interface LayoutLine {
  start: number;
  end: number;
  /** Offsets of the first and after the last non-space character (equal when blank). */
  contentStart: number;
  contentEnd: number;
  text: string;
  blank: boolean;
}

// The layout steps each cut the same text into lines when the step before changed nothing:
// the last text's lines are kept (read-only) so the cut is made once.
let lastText: string | null = null;
let lastLines: readonly LayoutLine[] = [];

/** The lines of `text`; the array and its lines are shared between callers and must not be changed. */
export function layoutLines(text: string): readonly LayoutLine[] {
  if (text === lastText) return lastLines;
  const lines: LayoutLine[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    if (end === start) {
      lines.push({ start, end, contentStart: start, contentEnd: start, text: '', blank: true });
    } else {
      const raw = text.slice(start, end);
      const lead = raw.length - raw.trimStart().length;
      const trimmed = raw.trim();
      const contentStart = start + lead;
      lines.push({
        start,
        end,
        contentStart,
        contentEnd: contentStart + trimmed.length,
        text: trimmed,
        blank: trimmed === '',
      });
    }
    if (nl < 0) break;
    start = nl + 1;
  }
  lastText = text;
  lastLines = lines;
  return lines;
}

// 'ỦY BAN NHÂN DÂN', 'II. NHIỆM VỤ TRỌNG TÂM', 'CHỦ TỊCH' — no lower-case letter, at least two upper-case ones
export const isCapsLine = (line: string): boolean => !/\p{Ll}/u.test(line) && /\p{Lu}.*\p{Lu}/u.test(line);

// 'Nơi nhận:', 'TM. ỦY BAN NHÂN DÂN', 'Căn cứ Luật …', 'Số: 21/KH-UBND', '(Ban hành kèm theo …', 'Điều 1.'
const BLOCK_LABEL =
  /^(?:Nơi nhận|TM\.|KT\.|TL\.|TUQ\.|Q\.\s|Căn cứ\s|Số\s*:|V\/v\s|\((?:Ban hành )?[Kk]èm theo|Điều\s+\d{1,3}\b)/u;

/** A line that starts a new block whatever precedes it: a numbered item, a bullet, a label, a rule. */
export function startsBlock(line: string): boolean {
  return matchNumbering(line) !== null || isBullet(line) || isRule(line) || BLOCK_LABEL.test(line);
}
