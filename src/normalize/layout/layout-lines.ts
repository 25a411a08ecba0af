import { grown } from '../../grown.js';
import { isBullet, isRule, matchNumbering } from '../../lexicon/numbering.js';
import { CHAR } from '../vietnamese/char-class.js';

/**
 * The lines of a text being repaired, as offsets in one array: line i is [start, end)
 * without its '\n', its content [contentStart, contentEnd) is trimmed (the two equal when the
 * line is blank). The trimmed text of a line is cut from the text when a step asks for it:
 * a plan has a few hundred lines, and an object and a string for each, made for every step
 * that reads lines, is garbage the collector has to copy while they live.
 */
export class LayoutLines {
  readonly count: number;
  /** Per line: start, end, content start, content end. */
  private readonly offsets: Int32Array;
  private readonly texts: Array<string | undefined>;

  constructor(
    readonly source: string,
    count: number,
    offsets: Int32Array,
  ) {
    this.count = count;
    this.offsets = offsets;
    this.texts = new Array<string | undefined>(count);
  }

  start(i: number): number {
    return this.offsets[4 * i]!;
  }

  end(i: number): number {
    return this.offsets[4 * i + 1]!;
  }

  contentStart(i: number): number {
    return this.offsets[4 * i + 2]!;
  }

  contentEnd(i: number): number {
    return this.offsets[4 * i + 3]!;
  }

  blank(i: number): boolean {
    return this.offsets[4 * i + 2] === this.offsets[4 * i + 3];
  }

  /** The length of the trimmed line. */
  length(i: number): number {
    return this.offsets[4 * i + 3]! - this.offsets[4 * i + 2]!;
  }

  /** The trimmed line ('' when blank). */
  text(i: number): string {
    let text = this.texts[i];
    if (text === undefined) {
      text = this.source.slice(this.offsets[4 * i + 2], this.offsets[4 * i + 3]);
      this.texts[i] = text;
    }
    return text;
  }
}

// The layout steps each cut the same text into lines when the step before changed nothing:
// the last text's lines are kept (read-only) so the cut is made once.
let lastText: string | null = null;
let lastLines: LayoutLines | null = null;

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

/** The lines of `text`, shared between callers: they must not be changed. */
export function layoutLines(text: string): LayoutLines {
  if (text === lastText && lastLines !== null) return lastLines;
  // Four numbers a line, in one array grown as needed (a line every 40 characters, to start).
  let offsets = new Int32Array(4 * ((text.length >> 5) + 16));
  let count = 0;
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    // Trimmed by hand, as String#trim would.
    let contentStart = start;
    while (contentStart < end && isTrimmed(text.charCodeAt(contentStart))) contentStart++;
    let contentEnd = end;
    while (contentEnd > contentStart && isTrimmed(text.charCodeAt(contentEnd - 1))) contentEnd--;
    if (4 * count + 4 > offsets.length) offsets = grown(offsets, 2 * offsets.length);
    offsets[4 * count] = start;
    offsets[4 * count + 1] = end;
    offsets[4 * count + 2] = contentStart;
    offsets[4 * count + 3] = contentEnd;
    count++;
    if (nl < 0) break;
    start = nl + 1;
  }
  lastText = text;
  lastLines = new LayoutLines(text, count, offsets);
  return lastLines;
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
