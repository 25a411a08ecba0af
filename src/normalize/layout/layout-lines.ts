import { isBullet, isRule, matchNumbering } from '../../lexicon/numbering.js';
import { CHAR } from '../vietnamese/char-class.js';

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

/** What String#trim removes: ECMAScript WhiteSpace and LineTerminator (a test checks the BMP). */
export function isTrimmed(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** The lines of `text`; the array and its lines are shared between callers and must not be changed. */
export function layoutLines(text: string): readonly LayoutLine[] {
  if (text === lastText) return lastLines;
  const lines: LayoutLine[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    // Trimmed by hand, as String#trim would: one slice per line instead of three.
    let contentStart = start;
    while (contentStart < end && isTrimmed(text.charCodeAt(contentStart))) contentStart++;
    let contentEnd = end;
    while (contentEnd > contentStart && isTrimmed(text.charCodeAt(contentEnd - 1))) contentEnd--;
    if (contentStart === contentEnd) {
      lines.push({ start, end, contentStart, contentEnd, text: '', blank: true });
    } else {
      const trimmed = text.slice(contentStart, contentEnd);
      lines.push({ start, end, contentStart, contentEnd, text: trimmed, blank: false });
    }
    if (nl < 0) break;
    start = nl + 1;
  }
  lastText = text;
  lastLines = lines;
  return lines;
}

// The 'h' of 'Chủ tịch': a line with it is no caps line.
const LOWER = /\p{Ll}/u;
// 'CHỦ TỊCH': two capitals.
const TWO_UPPER = /\p{Lu}.*\p{Lu}/u;
const IS_LOWER = CHAR.lower;
const IS_UPPER = CHAR.upper;
const isLineTerminator = (c: number) => c === 10 || c === 13 || c === 0x2028 || c === 0x2029;

/**
 * 'ỦY BAN NHÂN DÂN', 'II. NHIỆM VỤ TRỌNG TÂM', 'CHỦ TỊCH' — no lower-case letter, at least two
 * upper-case ones (with no line end between, as the regex's '.*' reads them). By table, one
 * pass that stops at the first lower-case letter; a text beyond the BMP is left to the regexes.
 */
export function isCapsLine(line: string): boolean {
  let upper = 0;
  let two = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return !LOWER.test(line) && TWO_UPPER.test(line);
    if (IS_LOWER[c] === 1) return false;
    if (IS_UPPER[c] === 1 && ++upper >= 2) two = true;
    else if (isLineTerminator(c)) upper = 0;
  }
  return two;
}

// 'Nơi nhận:', 'TM. ỦY BAN NHÂN DÂN', 'Căn cứ Luật …', 'Số: 21/KH-UBND', '(Ban hành kèm theo …', 'Điều 1.'
const BLOCK_LABEL =
  /^(?:Nơi nhận|TM\.|KT\.|TL\.|TUQ\.|Q\.\s|Căn cứ\s|Số\s*:|V\/v\s|\((?:Ban hành )?[Kk]èm theo|Điều\s+\d{1,3}\b)/u;

/**
 * The characters a block can start with, by what startsBlock tests: a numbering (matchNumbering:
 * 'PHẦN' or 'Phần', a digit, a Roman numeral's I, V, X or L — or a letter before '.' or ')',
 * tested apart), a bullet or a rule (isBullet, isRule), a label (BLOCK_LABEL). Most lines start
 * with none of them, and are told apart by one look-up instead of a dozen anchored regexes.
 */
const MAY_START_BLOCK = new Uint8Array(0x10000);
for (const ch of '0123456789PIVXL-+•–—*·●○▪■◦➢❖✓_=.NTKQCSV(Đ') MAY_START_BLOCK[ch.charCodeAt(0)] = 1;
for (let c = 0; c < 0x10000; c++) if (isTrimmed(c)) MAY_START_BLOCK[c] = 1;

/** A line that starts a new block whatever precedes it: a numbered item, a bullet, a label, a rule. */
export function startsBlock(line: string): boolean {
  const second = line.charCodeAt(1);
  if (MAY_START_BLOCK[line.charCodeAt(0)] !== 1 && second !== 46 && second !== 41) return false;
  return startsBlockByPattern(line);
}

/** startsBlock without the look-up of the first character (a test checks the two agree). */
export function startsBlockByPattern(line: string): boolean {
  return matchNumbering(line) !== null || isBullet(line) || isRule(line) || BLOCK_LABEL.test(line);
}
