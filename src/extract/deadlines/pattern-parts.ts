/**
 * Building blocks of the deadline patterns. JavaScript's `\b` only knows ASCII letters, so word
 * edges are written with Unicode lookarounds; spaces are bounded (`\s{1,4}` also spans a line
 * break and the blank line a PDF export puts after it) so no pattern can backtrack.
 */

/** Start of a word: no letter or digit right before. */
export const WORD_START = '(?<![\\p{L}\\p{N}])';
/** End of a word: no letter or digit right after. */
export const WORD_END = '(?![\\p{L}\\p{N}])';
/** The space between two words, a line break and a blank line included. */
export const GAP = '\\s{1,4}';

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** 'định kỳ' → 'định\s{1,4}kỳ': a phrase of the lexicon as a pattern, longest first in a list. */
export function phrase(words: string): string {
  return words.trim().split(/\s+/).map(escapeRegExp).join(GAP);
}

/** An alternation of lexicon phrases, longest first so 'hoàn thành trước' wins over 'trước'. */
export function anyOf(list: readonly string[]): string {
  return `(?:${[...list]
    .sort((a, b) => b.length - a.length)
    .map(phrase)
    .join('|')})`;
}

/** A case-insensitive Unicode regex that matches exactly at `lastIndex` (sticky). */
export const sticky = (source: string): RegExp => new RegExp(source, 'iuy');

/** Runs a sticky regex at `pos`. */
export function matchAt(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

const WEEKDAY = `(?:thứ${GAP}(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ${GAP}nhật)`;
/**
 * The clock time, part of day or weekday an event plan prints before its date: '07 giờ 30
 * phút, ', 'lúc 8 giờ 00 ', '07h30, ', 'sáng Chủ nhật, ', 'buổi sáng ', 'thứ Sáu, ' (up to the
 * date or 'ngày'). The event is what the plan asks done; its date is the deadline.
 */
export const CLOCK_OR_DAY = `(?:(?:(?:lúc${GAP})?\\d{1,2}\\s{0,2}(?:giờ|h)(?:\\s{0,2}\\d{2}(?:\\s{0,2}phút)?)?|(?:buổi${GAP})?(?:sáng|chiều|tối|trưa))(?:${GAP}${WEEKDAY})?|${WEEKDAY})[\\s,]{1,4}(?=ngày|\\d)`;
