import { docTypeHeadings } from '../lexicon/doc-type-headings.js';
import { signerModifiers, signerPositions } from '../lexicon/signer-titles.js';

/** What a single trimmed line of the header or closing is. Each test reads one line only. */

// 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'ĐẢNG CỘNG SẢN VIỆT NAM'
const MOTTO =
  /^(?:CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM|ĐẢNG CỘNG SẢN VIỆT NAM)$|^Độc lập\s*[-–—]\s*Tự do/iu;
export const isMotto = (line: string): boolean => MOTTO.test(line);

// 'Số: 21/KH-UBND', 'Số:        /KH-UBND', 'Số 12-KH/ĐU'
const NUMBER_LINE = /^Số\s{0,3}[:.]?\s*(?<value>[\d\s/A-Za-zĐđ.-]{0,60})$/u;
export function numberLineValue(line: string): string | null {
  const m = NUMBER_LINE.exec(line);
  return m?.groups ? m.groups['value']!.trim() : null;
}

// 'Nam Chính, ngày        tháng 01 năm 2023', 'Hà Nội, ngày 16/01/2025'
const DATELINE = /^(?<place>[^,\n]{2,40}),\s*ngày\b/u;
export const datelinePlace = (line: string): string | null =>
  DATELINE.exec(line)?.groups?.['place']?.trim() ?? null;

const DOC_TYPES = new Map<string, string>(docTypeHeadings);
/** 'KẾ HOẠCH' → 'Kế hoạch' when the line is a document type heading and nothing else. */
export function docTypeOf(line: string): string | null {
  const caps = line.replace(/\s+/gu, ' ').trim();
  return DOC_TYPES.get(caps) ?? null;
}

// 'TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'TL. GIÁM ĐỐC', 'TUQ. CHỦ TỊCH'
const MODE_LINE = /^(?<mode>TM|KT|TL|TUQ)\s?\.\s*(?<rest>\S.{0,80})$/u;
export function modeLine(line: string): { mode: 'TM' | 'KT' | 'TL' | 'TUQ'; rest: string } | null {
  const m = MODE_LINE.exec(line);
  if (!m?.groups) return null;
  return { mode: m.groups['mode'] as 'TM' | 'KT' | 'TL' | 'TUQ', rest: m.groups['rest']!.trim() };
}

const POSITION = new RegExp(
  `^(?:(?:${signerModifiers.map((m) => m.replace('.', '\\.')).join('|')})\\s*)?(?:${signerPositions.join('|')})(?:\\s+\\p{L}+){0,4}$`,
  'iu',
);
/** 'CHỦ TỊCH', 'QUYỀN CHỦ TỊCH', 'Phó Chủ tịch', 'TRƯỞNG PHÒNG NỘI VỤ' on a line of its own. */
export const isPositionLine = (line: string): boolean => line.length <= 60 && POSITION.test(line);

// 'Nơi nhận:', 'Nơi nhận: - Như trên;'
const RECIPIENTS_LABEL = /^Nơi\s+nhận\s*[:.]?\s*/iu;
export const recipientsLabelLength = (line: string): number | null =>
  RECIPIENTS_LABEL.exec(line)?.[0].length ?? null;

// 'Nguyễn Công Trắc', 'NGUYỄN VĂN KHƠI', 'Trần Thị Thu Hà'
const PERSON_NAME = /^\p{Lu}[\p{Ll}\p{Lu}]{0,7}(?:\s+\p{Lu}[\p{Ll}\p{Lu}]{0,7}){1,5}$/u;
export const isPersonName = (line: string): boolean =>
  PERSON_NAME.test(line) && !isPositionLine(line) && !isMotto(line) && docTypeOf(line) === null;

// 'KẾ HOẠCH', 'ỦY BAN NHÂN DÂN' — no lower-case letter, at least two capitals
export const isCaps = (line: string): boolean => !/\p{Ll}/u.test(line) && /\p{Lu}.*\p{Lu}/u.test(line);
