import { docTypeHeadings } from '../lexicon/doc-type-headings.js';
import { HEADER_NAMES } from '../lexicon/header-mottos.js';
import { signerModifiers, signerPositions } from '../lexicon/signer-titles.js';

/** What a single trimmed line of the header or closing is. Each test reads one line only. */

// 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'ĐẢNG CỘNG SẢN VIỆT NAM'
const MOTTO = new RegExp(String.raw`^${HEADER_NAMES}$|^Độc lập\s*[-–—]\s*Tự do`, 'iu');
export const isMotto = (line: string): boolean => MOTTO.test(line);

// 'Số: 21/KH-UBND', 'Số:        /KH-UBND', 'Số 12-KH/ĐU'
const NUMBER_LINE = /^Số\s{0,3}[:.]?\s*(?<value>[\d\s/A-Za-zĐđ.-]{0,60})$/u;
export function numberLineValue(line: string): string | null {
  const m = NUMBER_LINE.exec(line);
  return m?.groups ? m.groups['value']!.trim() : null;
}

// 'Nam Chính, ngày        tháng 01 năm 2023', 'Hà Nội, ngày 16/01/2025'
const DATELINE = /^(?<place>[^,\n]{2,40}),\s*[Nn]gày\b/u;
export const datelinePlace = (line: string): string | null =>
  DATELINE.exec(line)?.groups?.['place']?.trim() ?? null;

// Keyed without spaces: letter-spaced headings ('K Ế  H O Ạ C H') are read too.
const DOC_TYPES = new Map<string, string>(
  docTypeHeadings.map(([caps, name]) => [caps.replace(/ /gu, ''), name]),
);
// Their first letters: every short line is asked, and most open with another letter.
const DOC_TYPE_FIRSTS = new Set<string>([...DOC_TYPES.keys()].map((k) => k.charAt(0)));

/** 'KẾ HOẠCH' → 'Kế hoạch' when the line is a document type heading and nothing else. */
export function docTypeOf(line: string): string | null {
  // The line is trimmed: its first character is the first of the key.
  if (line.length > 40 || !DOC_TYPE_FIRSTS.has(line.charAt(0))) return null;
  return DOC_TYPES.get(line.replace(/\s+/gu, '')) ?? null;
}

/**
 * A looser reading for the top of a document with no exact heading: 'Kế hoạch' in sentence
 * case, or an all-caps line that runs on into the title ('KẾ HOẠCH THỰC HIỆN CÔNG TÁC …').
 * Returns the type and the length of the line's prefix that names it.
 */
export function docTypePrefix(line: string): { docType: string; length: number } | null {
  const t = line.replace(/\s+/gu, ' ').trim();
  const upper = t.toLocaleUpperCase('vi');
  for (const [heading, docType] of docTypeHeadings) {
    if (upper === heading) return { docType, length: t.length };
    if (isCaps(t) && upper.startsWith(`${heading} `)) return { docType, length: heading.length };
  }
  return null;
}

// 'TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'TL. GIÁM ĐỐC', 'TUQ. CHỦ TỊCH', party style 'T/M ĐẢNG ỦY'
const MODE_LINE = /^(?<mode>TM|KT|TL|TUQ|T\/M|K\/T|T\/L)(?:\s?\.\s*|\s+)(?<rest>\S.{0,80})$/u;
const TWO_CAPITALS_IN_A_ROW = /\p{Lu}{2}/u;
export type SignMode = 'TM' | 'KT' | 'TL' | 'TUQ';
export function modeLine(line: string): { mode: SignMode; rest: string } | null {
  const m = MODE_LINE.exec(line);
  if (!m?.groups || !TWO_CAPITALS_IN_A_ROW.test(m.groups['rest']!)) return null;
  return { mode: m.groups['mode']!.replace('/', '') as SignMode, rest: m.groups['rest']!.trim() };
}

const POSITION_WORDS = `(?:(?:${signerModifiers.map((m) => m.replace('.', '\\.')).join('|')})\\s*)?(?:${signerPositions.join('|')})`;
const POSITION_CAPS = new RegExp(`^${POSITION_WORDS}(?:\\s+[\\p{L}-]+){0,4}$`, 'iu');
const POSITION_BARE = new RegExp(`^${POSITION_WORDS}$`, 'iu');
/**
 * 'CHỦ TỊCH', 'QUYỀN CHỦ TỊCH', 'GIÁM ĐỐC SỞ NỘI VỤ', 'Phó Chủ tịch' on a line of its own. Only
 * an all-caps line may name more than the position: 'Chủ tịch UBND phường thực hiện' is text.
 */
export const isPositionLine = (line: string): boolean =>
  line.length <= 60 && (isCaps(line) ? POSITION_CAPS.test(line) : POSITION_BARE.test(line));

// 'Nơi nhận:', 'Nơi nhận: - Như trên;'
const RECIPIENTS_LABEL = /^Nơi\s+nhận\s*[:.]?\s*/iu;
export const recipientsLabelLength = (line: string): number | null =>
  RECIPIENTS_LABEL.exec(line)?.[0].length ?? null;

// 'Nguyễn Công Trắc', 'NGUYỄN VĂN KHƠI', 'Trần Thị Thu Hà'
const PERSON_NAME = /^\p{Lu}[\p{Ll}\p{Lu}]{0,7}(?:\s+\p{Lu}[\p{Ll}\p{Lu}]{0,7}){1,5}$/u;
export const isPersonName = (line: string): boolean =>
  PERSON_NAME.test(line) && !isPositionLine(line) && !isMotto(line) && docTypeOf(line) === null;

// 'KẾ HOẠCH', 'ỦY BAN NHÂN DÂN' — no lower-case letter, at least two capitals
const LOWER = /\p{Ll}/u;
const TWO_CAPITALS = /\p{Lu}.*\p{Lu}/u;
export const isCaps = (line: string): boolean => !LOWER.test(line) && TWO_CAPITALS.test(line);

// 'Phụ lục', 'PHỤ LỤC I', 'Phụ lục: DANH MỤC NHIỆM VỤ' opening a line.
const APPENDIX = /^[ \t]*(?:Phụ lục|PHỤ LỤC)(?![\p{L}])/u;
/** Whether a line opens an appendix ('Phụ lục: DANH MỤC NHIỆM VỤ'). */
export const isAppendixHeading = (line: string): boolean => APPENDIX.test(line);
