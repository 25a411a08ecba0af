import { documentTypes } from '../../lexicon/document-types.js';
import { collapseSpaces } from '../../segment/collapse-spaces.js';

/**
 * The pieces citation patterns are built from. Words of a name may be split by a line break
 * (PDF exports: 'Chỉ ⏎thị', 'Ủy ban ⏎⏎nhân dân'), so words are joined by a bounded run of
 * whitespace, never an unbounded one.
 */
export const GAP = String.raw`\s{1,8}`;

/** A printed name as a pattern: 'Chỉ thị' → 'Chỉ\s{1,8}thị'. */
export function wordsPattern(words: string): string {
  return words
    .split(' ')
    .map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
    .join(GAP);
}

/**
 * A printed name in lower, capitalised or upper case, word by word ('chỉ thị', 'Chỉ thị',
 * 'CHỈ THỊ'). Spelt out instead of the `i` flag, which makes V8 fold case at every position.
 */
export function anyCasePattern(words: string): string {
  return words
    .split(' ')
    .map((w) => {
      const lower = w.toLowerCase();
      const forms = new Set([lower, lower.charAt(0).toUpperCase() + lower.slice(1), w.toUpperCase()]);
      return `(?:${[...forms].join('|')})`;
    })
    .join(GAP);
}

/** Every type word and variant in any case, longest first: 'Nghị quyết liên tịch|…|Luật'. */
export const TYPE_WORDS = documentTypes
  .flatMap((t) => [t.name, ...(t.variants ?? [])])
  .sort((a, b) => b.length - a.length)
  .map(anyCasePattern)
  .join('|');

/**
 * One part of a code: 'QĐ', 'TTg', 'ThU', 'QĐi', 'UBTVQH11', 'C41', 'BNN&PTNT'. A part ends at a
 * word boundary, so the capital letters of an ordinary word ('Ban') never read as a code.
 */
const CODE_PART = String.raw`(?:[A-ZĐ][A-ZĐ&]{0,11}[0-9]{0,3}|[A-ZĐ][a-z][A-ZĐ]{1,3}|[A-ZĐ]{1,6}[a-zđ])(?![\p{L}\p{N}&])`;
/**
 * What stands between a number and its code, and between the parts of a code: one of these
 * characters with up to SEPARATOR_GAP white space characters on each side. Exported for the
 * scan that screens digit runs before NUMBER is tried (numbered-citation.ts). The hyphen comes
 * first, so that in a character class it is itself and not a range.
 */
export const SEPARATOR_CHARS = '-/–';
export const SEPARATOR_GAP = 4;
const SEP = String.raw`\s{0,${SEPARATOR_GAP}}[${SEPARATOR_CHARS}]\s{0,${SEPARATOR_GAP}}`;

/**
 * A document number, damaged or not: '33/CT-TTg', '23- ⏎QĐ/TW', '33/CT- TTg', '11QĐ/TW',
 * '04/2015/NĐ-CP', '1631/QĐ-UBND-⏎⏎HC', '163/2024/QH15'. The repair into a canonical id is
 * canonicalId's job; this only finds the extent.
 */
export const NUMBER = String.raw`(?<num>\d{1,5})(?:\s{0,2}\/\s{0,2}(?<year>(?:19|20)\d{2}))?(?<sep>${SEP}|(?=[A-ZĐ]))(?<code>${CODE_PART}(?:${SEP}${CODE_PART}){0,4})`;

/** 'ngày 26/11/2021', 'ngày ⏎07/01/2016', 'ngày 14 tháng 01 năm 2022'. */
export const DATE = String.raw`(?:ngày|Ngày|NGÀY)${GAP}(?<day>\d{1,2})(?:\s{0,2}[/.-]\s{0,2}(?<month>\d{1,2})\s{0,2}[/.-]\s{0,2}(?<year>\d{4})|${GAP}(?:tháng|THÁNG)${GAP}(?<month2>\d{1,2})${GAP}(?:năm|NĂM)${GAP}(?<year2>\d{4}))`;

/** The ISO date of a DATE match, or null when the day or month is out of range. */
export function isoDate(g: Record<string, string | undefined>): string | null {
  const day = Number(g['day']);
  const month = Number(g['month'] ?? g['month2']);
  const year = g['year'] ?? g['year2'];
  if (!year || day < 1 || day > 31 || month < 1 || month > 12) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Whitespace collapsed, as titles and issuers are reported. */
export function squash(s: string): string {
  return collapseSpaces(s).trim();
}
