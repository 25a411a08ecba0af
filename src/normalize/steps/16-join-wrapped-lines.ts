import { lineContinuationWords } from '../../lexicon/line-continuation-words.js';
import { subjectVerbs } from '../../lexicon/unit-role-verbs.js';
import type { Edit } from '../edit.js';
import { cellTableLines, rowNumber } from '../layout/cell-tables.js';
import { isCapsLine, isTrimmed, type LayoutLines, layoutLines, startsBlock } from '../layout/layout-lines.js';
import { typicalWidth } from '../layout/typical-width.js';
import { languageModel } from '../model/language-model.js';
import { syllableId } from '../model/syllable-lookup.js';
import type { NormalizeStep } from '../step.js';
import { CHAR } from '../vietnamese/char-class.js';

// Compared without tone marks: OCR correction runs after this step and may restore a tone
// ('Cac' → 'Các'); the join decision must not change when it does, or normalization would not
// be idempotent. Hats and horns stay ('của' and 'cửa' are different words).
const bare = (word: string): string =>
  word
    .normalize('NFD')
    .replace(/[\u0300\u0301\u0303\u0309\u0323]/gu, '')
    .normalize('NFC')
    .toLowerCase();
// By bare form ('cac' after an OCR slip is 'các'), printed form beside it.
const CONTINUATION = new Map<string, string>(lineContinuationWords.map((w) => [bare(w), w]));
// Words a noun must follow: a capital after them at a line start is a name's ('của ⏎ Tổ chức …').
const NOUN_BEFORE = new Set<string>(
  [
    'của',
    'với',
    'cho',
    'về',
    'đối',
    'tại',
    'trong',
    'từ',
    'đến',
    'theo',
    'và',
    'các',
    'những',
    'là',
    'ở',
  ].map(bare),
);

/**
 * The continuation word (bare) a line ends on, or null. Bare, 'đầu tư' ends on 'từ', 'bảo vệ'
 * on 'về', 'vấn đề' on 'để': a word printed with other marks than the continuation word's is
 * read as printed where the word before makes the printed pair the likelier one, as OCR
 * correction would read it (so its repairs do not change this decision on a second run).
 */
function continuationAtEnd(line: string, last: string): string | null {
  const key = bareCached(last);
  const word = CONTINUATION.get(key);
  if (word === undefined) return null;
  const printed = last.toLowerCase();
  if (printed === word) return key;
  const before = wordBefore(line, line.lastIndexOf(last));
  if (before === undefined) return key;
  const model = languageModel();
  const a = syllableId(before, model);
  const p = syllableId(printed, model);
  if (a < 0 || p < 0) return key;
  return model.bigrams.get(a, p) > model.bigrams.get(a, syllableId(word, model)) ? null : key;
}

/** The word before position `at` of the line, across the spaces before it. */
function wordBefore(line: string, at: number): string | undefined {
  let end = at;
  while (end > 0 && line.charCodeAt(end - 1) === 32) end--;
  let start = end;
  while (start > 0 && !SPACE_OR_MARK.test(line[start - 1]!)) start--;
  return start < end ? line.slice(start, end) : undefined;
}
const SPACE_OR_MARK = /[\s,;:.()"“”'-]/u;

// 'Rà soát', 'Tổ chức', 'Chủ trì': a verb printed with a capital opens a sentence — no name
// or body inside a sentence is written so.
const OPENING_VERBS = new Set<string>(subjectVerbs.map(bare));
const MAX_VERB_WORDS = Math.max(...subjectVerbs.map((v) => v.split(' ').length));
function opensWithVerb(line: string): boolean {
  if (UPPER[line.charCodeAt(0)] !== 1) return false;
  const words = line.split(/[\s,;:.]+/u, MAX_VERB_WORDS).map(bareCached);
  for (let n = words.length; n > 0; n--) if (OPENING_VERBS.has(words.slice(0, n).join(' '))) return true;
  return false;
}
// Lines end on the same few hundred words; their bare forms are kept rather than re-normalized.
const bareMemo = new Map<string, string>();
const BARE_LIMIT = 10_000;
function bareCached(word: string): string {
  let out = bareMemo.get(word);
  if (out === undefined) {
    if (bareMemo.size >= BARE_LIMIT) bareMemo.clear();
    out = bare(word);
    bareMemo.set(word, out);
  }
  return out;
}
const LOWER = CHAR.lower;
// 'quyền làm chủ của Nhân dân.', 'như sau:', '… cơ sở”;' — where a line may legitimately end,
// before any closing quotes and brackets. Read from the line's end by character code: a regex
// anchored at the end would be tried at every position of every line.
const isCloser = (c: number): boolean => c === 34 || c === 0x201d || c === 0x2019 || c === 41; // " ” ’ )
const isHardEnd = (c: number): boolean => c === 46 || c === 33 || c === 63 || c === 0x2026; // . ! ? …
const isSoftEnd = (c: number): boolean => c === 59 || c === 58; // ; :
/** The code of a line's last character before any closing quotes and brackets, or -1. */
function endMark(line: string): number {
  let i = line.length;
  while (i > 0 && isCloser(line.charCodeAt(i - 1))) i--;
  return i > 0 ? line.charCodeAt(i - 1) : -1;
}
// 'của' in '… của': the letters (\p{L}) ending the line, within its last 24 characters.
const LAST_WORD = /(?<word>\p{L}+)$/u;
const LAST_WORD_SPAN = 24;
const UPPER = CHAR.upper;
const LETTER_OR_MARK = CHAR.letter;
/**
 * What LAST_WORD finds in the line's last 24 characters, read back by table over upper- and
 * lower-case letters; where the run stops at another letter, a mark or a surrogate (\p{L}
 * there is a question of its own), the regex decides.
 */
function lastWord(line: string): string | undefined {
  const from = Math.max(0, line.length - LAST_WORD_SPAN);
  let i = line.length;
  while (i > from && (UPPER[line.charCodeAt(i - 1)] === 1 || LOWER[line.charCodeAt(i - 1)] === 1)) i--;
  if (i > from && LETTER_OR_MARK[line.charCodeAt(i - 1)] === 1) {
    return LAST_WORD.exec(line.slice(from))?.groups?.['word'];
  }
  return i === line.length ? undefined : line.slice(i);
}
/** The length of a line's first word: up to its first white space (\s, as String#trim reads it). */
function firstWordLength(line: string): number {
  let i = 0;
  while (i < line.length && !isTrimmed(line.charCodeAt(i))) i++;
  return i;
}
// 'Nam Chính, ngày 16 tháng 01 năm 2025' — a dateline is a line of its own.
const DATELINE = /^[\p{L} .'-]{2,40}, ngày\b/u;
// 'Số: 21/KH-UBND' — the number line of the header.
const NUMBER_LINE = /^Số\s*:/u;
// 'và các cơ quan', '2025 …' — a line that can only go on a sentence. Tested by table; a letter
// beyond the BMP is left to the regex.
const GOES_ON = /^[\p{Ll}\d]/u;
const QUARTER = /^(?:I{1,3}|IV)\/\d{2,4}(?!\d)/u;
// '(VNeID)', '(UBND)', '(CĐS),': a bracketed short form, no space inside.
const BRACKETED_ABBREVIATION = /^\([^\s()]{1,12}\)/u;

function goesOn(line: string): boolean {
  const c = line.charCodeAt(0);
  // An aside opening in lower case goes on the sentence too: '… năm 2026 ⏎ (từ ngày 15/12 …)'
  // ('(1)' may number an item: only a letter counts after the bracket).
  if (c === 0x28) return LOWER[line.charCodeAt(1)] === 1;
  // A quarter ('III/2025') opens no line of its own: '… hoàn thành trong Quý ⏎ III/2025.'
  if (c === 0x49 || c === 0x56) return QUARTER.test(line);
  if (c >= 0xd800 && c <= 0xdbff) return GOES_ON.test(line);
  return LOWER[c] === 1 || (c >= 48 && c <= 57);
}
// The regex backtracks over its 40 letters on every line; a line without ', ngày' cannot match.
const isDateline = (line: string): boolean => line.includes(', ngày') && DATELINE.test(line);

/**
 * Joins hard-wrapped lines into paragraphs (SPEC §3 layout) and keeps real boundaries.
 * A line is never joined to the next when the next starts a block (numbered item, bullet,
 * label), when either is an all-caps heading, or when the first ends a sentence. It is
 * joined when the next line starts in lower case or with a digit (even across one blank
 * line: a page break), when it ends on a comma or a word no sentence ends on ('của'), or —
 * in a hard-wrapped document — when it is as full as the typical line, so the next word
 * could not have fitted. A short line followed by a capital is a heading over its body.
 */
export const joinWrappedLines: NormalizeStep = {
  name: 'join-wrapped-lines',
  run(text) {
    const lines = layoutLines(text);
    // Measured only when a line needs it: most joins are decided by their first letter.
    let width: number | null | undefined;
    const widthOf = () => {
      width ??= typicalWidth(lines);
      return width;
    };
    const facts: LineFacts = {
      block: perLine(lines, startsBlock),
      caps: perLine(lines, isCapsLine),
      dateline: perLine(lines, isDateline),
      table: cellTableLines(lines),
    };
    const edits: Edit[] = [];
    let a = -1;
    for (let i = 0; i < lines.count; i++) {
      if (lines.blank(i)) continue;
      if (a >= 0 && i - a <= 2 && shouldJoin(lines, a, i, facts, widthOf)) {
        edits.push({
          start: lines.contentEnd(a),
          end: lines.contentStart(i),
          to: ' ',
          kind: 'layout',
          confidence: 0.8,
        });
      }
      a = i;
    }
    return edits;
  },
};

/** Tests of a line's text that every line meets twice (as the first and the second of a pair). */
interface LineFacts {
  block: (i: number) => boolean;
  caps: (i: number) => boolean;
  dateline: (i: number) => boolean;
  /** 1 for the lines of a table printed one cell to a line (cell-tables.ts). */
  table: Uint8Array;
}

/** A test of line i's text, worked out on first use and then remembered. */
function perLine(lines: LayoutLines, test: (line: string) => boolean): (i: number) => boolean {
  const known = new Uint8Array(lines.count); // 0 unknown, 1 yes, 2 no
  return (i) => {
    if (known[i] === 0) known[i] = test(lines.text(i)) ? 1 : 2;
    return known[i] === 1;
  };
}

const indent = (lines: LayoutLines, i: number): number => lines.contentStart(i) - lines.start(i);

/** Two '|' or more: a table row written with bars between its cells ('1 | Ban hành Quy chế | …'). */
function isPipeRow(line: string): boolean {
  const first = line.indexOf('|');
  return first >= 0 && line.indexOf('|', first + 1) >= 0;
}

function shouldJoin(
  lines: LayoutLines,
  ai: number,
  bi: number,
  facts: LineFacts,
  widthOf: () => number | null,
): boolean {
  const a = lines.text(ai);
  const b = lines.text(bi);
  if (facts.block(bi) || facts.caps(ai) || facts.caps(bi) || (a.length < 4 && facts.block(ai))) {
    return false;
  }
  // A table row with '|' between its cells is a line of its own, whatever it starts with.
  if (isPipeRow(a) || isPipeRow(b)) return false;
  // In a table one cell to a line, a row number is a cell of its own.
  if ((facts.table[ai] === 1 || facts.table[bi] === 1) && (rowNumber(a) >= 0 || rowNumber(b) >= 0))
    return false;
  const numberLine = a.startsWith('Số') && NUMBER_LINE.test(a);
  const end = endMark(a);
  if (isHardEnd(end) || facts.dateline(bi) || facts.dateline(ai) || numberLine) return false;
  if (goesOn(b)) return true;
  const soft = isSoftEnd(end);
  if (!soft && a.endsWith(',')) return true;
  if (!soft) {
    const last = lastWord(a);
    // …unless a capitalised verb opens the next line after a word that needs no noun
    // ('… đảng ủy trực thuộc ⏎ Tham mưu cấp ủy …'); after 'của', 'với' … it is a name.
    const continuation = last === undefined ? null : continuationAtEnd(a, last);
    if (continuation !== null) return NOUN_BEFORE.has(continuation) || !opensWithVerb(b);
  }
  // A blank line between (bi > ai + 1) is a page break only for the joins above.
  // A line opening '(' and a capital word is a note of its own ('(Kèm theo Quyết định …)'); an
  // abbreviation in brackets goes on the line before, if that line is full ('… quốc gia ⏎ (VNeID)').
  if (bi > ai + 1 || (b.startsWith('(') && !BRACKETED_ABBREVIATION.test(b))) return false;
  // A capital on a line indented deeper than the one before opens a paragraph, however full
  // that line is: '2. Rà soát … về thực hiện dân chủ ⏎    Phòng Tư pháp chủ trì …'; so does
  // a verb with a capital after a line that ends on no mark: '1. Hoàn thiện thể chế … về
  // chuyển đổi số ⏎ Rà soát, sửa đổi …' (after a ';' it goes on the sentence: '…; ⏎ Tăng cường …').
  if (indent(lines, bi) > indent(lines, ai) + 1 && UPPER[b.charCodeAt(0)] === 1) return false;
  if (!soft && opensWithVerb(b)) return false;
  const width = widthOf();
  if (width === null) return false;
  // A line as full as the typical line was wrapped: the next word would not have fitted.
  return a.length + 1 + firstWordLength(b) > width * (soft ? 0.97 : 0.92);
}
