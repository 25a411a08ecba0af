import { HEADER_NAMES } from '../../lexicon/header-mottos.js';
import { signerPositions } from '../../lexicon/signer-titles.js';
import type { Edit } from '../edit.js';
import type { NormalizeStep } from '../step.js';

// 'Nơi nhận:                        CHỦ TỊCH', 'ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI …':
// two columns of a printed page on one line. The right column starts with a capital. Word's
// plain-text export and DOCX paragraphs put a tab between them: 'Số: 27/KH-UBND⇥CỘNG HÒA …'.
const COLUMN_GAP = /(?<! ) {5,}(?=[\p{Lu}"“(])/gu;
// The tab and the blanks after it; those before it are taken back by hand (a pattern that may
// open with a space is tried at every position of the text).
const TAB_GAP = /\t[ \t]{0,8}(?=[\p{Lu}"“(])/gu;
const MAX_BLANKS_BEFORE_TAB = 8;
// The left column must be words, not an item number ('I.      MỤC ĐÍCH') or a fill-in label.
const LEFT_IS_TEXT = /\p{L}[^\n]*\p{L}/u;
const LEFT_IS_MARKER = /^\s*(?:[-+•*]|[IVXL]{1,7}[.)]|\d{1,2}(?:\.\d{1,2}){0,3}[.)]?|[a-zđA-HĐ][.)])\s*$/u;

// What OCR of a scan runs together with a single space: the fixed texts of a header's and a
// signature's right column after the left column's words ('ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI
// CHỦ NGHĨA VIỆT NAM', 'Số: 86/KH-UBND Phú Lâm, ngày …', 'Nơi nhận: KT. CHỦ TỊCH',
// '- UBND huyện (b/c); PHÓ CHỦ TỊCH'). Each pattern is tried once at the start of a line of the
// text's first, or its signature's, 3,000 characters (tried at every position, patterns of this
// kind cost half a millisecond a plan); group 1 is the left column, group 2 the gap.
const HEADER_LINE = new RegExp(
  String.raw`(.*\p{L})( {1,4})(?:${HEADER_NAMES}|Độc lập - Tự do - Hạnh phúc)`,
  'uy',
);
const NUMBER_LINE =
  /(Số\s{0,3}:?\s{0,3}[\p{L}\p{N}/.-]{1,40})( {1,4})(?=\p{Lu}[\p{L} ]{1,30}, ngày(?!\p{L}))/uy;
const NHAN_LINE = /(Nơi nhận:)( {1,4})(?=(?:KT|TM|TL|TUQ|Q)\. )/uy;
// A signer's title in capitals at a recipient line's end: the positions signature blocks print.
const SIGNER_TITLE = `(?:(?:PHÓ|QUYỀN) )?(?:${signerPositions.map((p) => p.toUpperCase()).join('|')})`;
const RECIPIENT_LINE = new RegExp(String.raw`([-+•][^\n]{1,80}[;:.,)])( {1,4})(?=${SIGNER_TITLE}$)`, 'uy');
const REACH = 3000;

/** The single-space column gaps of the lines starting in [from, to), as edits. */
function rightColumns(text: string, from: number, to: number, patterns: readonly RegExp[]): Edit[] {
  const edits: Edit[] = [];
  for (let at = from; at < to; ) {
    const nl = text.indexOf('\n', at);
    const end = nl < 0 ? text.length : nl;
    // A line longer than any header's is no header line (and no pattern runs along it).
    if (end - at <= 200) {
      const line = text.slice(at, end);
      for (const p of patterns) {
        p.lastIndex = 0;
        const m = p.exec(line);
        if (!m) continue;
        const gap = at + m[1]!.length;
        edits.push({ start: gap, end: gap + m[2]!.length, to: '\n', kind: 'layout', confidence: 0.8 });
        break;
      }
    }
    if (nl < 0) break;
    at = nl + 1;
  }
  return edits;
}

/**
 * Splits two columns printed on one line into two lines: at a run of five or more spaces or a
 * tab, or
 * where OCR joined a right column's fixed text with a single space.
 */
export const splitColumns: NormalizeStep = {
  name: 'split-columns',
  run(text) {
    const edits: Edit[] = [];
    const gaps = [...text.matchAll(COLUMN_GAP)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
    if (text.includes('\t'))
      for (const m of text.matchAll(TAB_GAP)) {
        let start = m.index;
        // a gap opening with a tab of its own, not the second tab of a run ('⇥⇥TM.'), nor a run of spaces' end
        if (text[start - 1] === '\t') continue;
        while (start > 0 && m.index - start < MAX_BLANKS_BEFORE_TAB && text[start - 1] === ' ') start--;
        if (gaps.some((g) => g.end === m.index)) continue;
        gaps.push({ start, end: m.index + m[0].length });
      }
    gaps.sort((a, b) => a.start - b.start);
    for (const gap of gaps) {
      const lineStart = text.lastIndexOf('\n', gap.start - 1) + 1;
      const left = text.slice(lineStart, gap.start);
      if (!LEFT_IS_TEXT.test(left) || LEFT_IS_MARKER.test(left)) continue;
      edits.push({ start: gap.start, end: gap.end, to: '\n', kind: 'layout', confidence: 0.9 });
    }
    // Only where no wide gap was found on the line: a page laid out with spaces needs neither.
    const nhan = text.lastIndexOf('Nơi nhận:');
    const found = [
      ...rightColumns(text, 0, Math.min(text.length, REACH), [HEADER_LINE, NUMBER_LINE]),
      ...(nhan < 0
        ? []
        : rightColumns(text, nhan, Math.min(text.length, nhan + REACH), [NHAN_LINE, RECIPIENT_LINE])),
    ];
    for (const e of found) if (!edits.some((d) => sameLine(text, d.start, e.start))) edits.push(e);
    return edits.sort((a, b) => a.start - b.start);
  },
};

function sameLine(text: string, a: number, b: number): boolean {
  const [from, to] = a < b ? [a, b] : [b, a];
  const nl = text.indexOf('\n', from);
  return nl < 0 || nl >= to;
}
