/**
 * How Vietnamese plans number their parts and items (SPEC §2.2), as patterns over one
 * trimmed line. Shared by layout repair (a numbered line starts a new block) and by
 * segmentation (the section tree). Every pattern is anchored and has bounded repetition.
 */

/** The numbering schemes, in no particular order: nesting is decided by first appearance. */
export type NumberingScheme = 'part' | 'upper' | 'roman' | 'arabic' | 'arabic2' | 'arabic3' | 'lower';

export interface NumberingMatch {
  scheme: NumberingScheme;
  /** As printed, without the trailing '.' or ')': 'II', '2.1', 'a', 'thứ hai'. */
  number: string;
  /** Offset in the trimmed line where the text after the number starts. */
  restOffset: number;
}

// 'PHẦN THỨ NHẤT', 'Phần I:', 'Phần 2 -', 'PHẦN II. NHIỆM VỤ'
const PART =
  /^(?:PHẦN|Phần)\s+(?<number>(?:THỨ|[Tt]hứ)\s+\p{L}{2,5}|[IVXLC]{1,6}|\d{1,2})(?![\p{L}\d])\s*[.:\-–]?\s*/u;
// 'A. NHIỆM VỤ CHUNG', 'B) Tổ chức thực hiện' — I, V, X and L are read as Roman numerals
const UPPER = /^(?<number>[A-HĐ])[.)]\s+(?=\p{Lu})/u;
// 'I. MỤC ĐÍCH, YÊU CẦU', 'II- NHIỆM VỤ', 'III/ TỔ CHỨC THỰC HIỆN' — but 'III/2025' is a quarter
// (a line wrapped after 'hoàn thành trong Quý')
const ROMAN = /^(?<number>[IVXL]{1,7})\s{0,2}(?:[.\-–)]|\/(?!\s{0,2}\d))\s*/u;
// '2.1. Phòng Tư pháp', '2.1.1 Nội dung', '1.2.Tiếp tục'
const ARABIC_DEEP = /^(?<number>\d{1,2}(?:\.\d{1,2}){1,3})(?:[.)](?!\d))?(?:\s+|(?=[\p{Lu}"“]))/u;
// '1. Mục đích', '2.Tiếp tục đẩy mạnh', '3) Đề nghị', '1- Tuyên truyền', '1-Tuyên truyền' (party
// style, spaced or closed up) — but not a code: '11- QĐ/TW', '23-QĐ/TW', '20-25'
const ARABIC = /^(?<number>\d{1,2})(?:\.(?!\d)|\)|-(?!\s*[\p{Lu}\d]{1,8}[/-])(?!\s*\d))\s*(?![\p{Ll}\s])/u;
// After 'II-': a code part ('II-B/…') rather than a heading
const CODE_AFTER_DASH = /^-\s*[\p{Lu}\d]{1,8}[/-]|^-\s*\d/u;
// 'a) Phòng Nội vụ', 'b. Thanh tra huyện'
const LOWER = /^(?<number>[a-zđ])(?:\)\s*|\.\s+(?=\p{Lu}))/u;

const ROMAN_VALID = /^(?:X{0,3})(?:IX|IV|V?I{0,3})$|^(?:XL|L)(?:IX|IV|V?I{0,3})$/;

/**
 * Reads the numbering at the start of a trimmed line, or null when it has none. The schemes
 * open with different characters ('P', a digit, I V X L, A–H and Đ, a–z and đ), so the first
 * character picks the patterns to try, in the order above: every line of a plan is asked,
 * and most open with none of them.
 */
export function matchNumbering(line: string): NumberingMatch | null {
  const c = line.charAt(0);
  if (c === 'P') return matchPart(line);
  if (c >= '0' && c <= '9') return matchArabic(line);
  if (c === 'I' || c === 'V' || c === 'X' || c === 'L') return matchRoman(line);
  if ((c >= 'A' && c <= 'H') || c === 'Đ') return matchUpper(line);
  if ((c >= 'a' && c <= 'z') || c === 'đ') return matchLower(line);
  return null;
}

function matchPart(line: string): NumberingMatch | null {
  const m = PART.exec(line);
  return m?.groups ? { scheme: 'part', number: m.groups['number']!, restOffset: m[0].length } : null;
}

function matchArabic(line: string): NumberingMatch | null {
  let m = ARABIC_DEEP.exec(line);
  if (m?.groups) {
    const number = m.groups['number']!;
    const depth = number.split('.').length;
    return { scheme: depth === 2 ? 'arabic2' : 'arabic3', number, restOffset: m[0].length };
  }
  m = ARABIC.exec(line);
  return m?.groups ? { scheme: 'arabic', number: m.groups['number']!, restOffset: m[0].length } : null;
}

function matchRoman(line: string): NumberingMatch | null {
  const m = ROMAN.exec(line);
  if (
    m?.groups &&
    ROMAN_VALID.test(m.groups['number']!) &&
    !CODE_AFTER_DASH.test(line.slice(m.groups['number']!.length).trimStart())
  ) {
    return { scheme: 'roman', number: m.groups['number']!, restOffset: m[0].length };
  }
  return null;
}

function matchUpper(line: string): NumberingMatch | null {
  const m = UPPER.exec(line);
  return m?.groups ? { scheme: 'upper', number: m.groups['number']!, restOffset: m[0].length } : null;
}

function matchLower(line: string): NumberingMatch | null {
  const m = LOWER.exec(line);
  return m?.groups ? { scheme: 'lower', number: m.groups['number']!, restOffset: m[0].length } : null;
}

// '- Phòng Nội vụ;', '+ Thời gian', '• Nội dung', '* Ghi chú' — but not a '-----' rule
const BULLET = /^[-+•–—*·●○▪■◦➢❖✓](?![-–—_=*.]{2})/u;

export const isBullet = (line: string): boolean => BULLET.test(line);

// '-----------------', '___', '* * *', '======'
const RULE = /^[-–—_=*.\s]{3,}$/u;
export const isRule = (line: string): boolean => RULE.test(line) && /[-–—_=*]{3}|(?:[-*]\s){2}/u.test(line);

const ROMAN_VALUE: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

export function romanValue(roman: string): number {
  let total = 0;
  for (let i = 0; i < roman.length; i++) {
    const v = ROMAN_VALUE[roman[i]!] ?? 0;
    const next = ROMAN_VALUE[roman[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

const ROMAN_DIGITS: ReadonlyArray<readonly [number, string]> = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

/** 1 → 'I', 14 → 'XIV', 40 → 'XL'. */
export function toRoman(value: number): string {
  let out = '';
  let rest = value;
  for (const [n, digits] of ROMAN_DIGITS) {
    while (rest >= n) {
      out += digits;
      rest -= n;
    }
  }
  return out;
}

/** 'nhất' → 1 … 'mười' → 10: the ordinals of 'Phần thứ …'. */
const ORDINALS: Readonly<Record<string, number>> = {
  nhất: 1,
  một: 1,
  hai: 2,
  ba: 3,
  tư: 4,
  bốn: 4,
  năm: 5,
  sáu: 6,
  bảy: 7,
  tám: 8,
  chín: 9,
  mười: 10,
};

/** The value of a printed number of any scheme ('IV' → 4, 'thứ hai' → 2, 'c' → 3), or null. */
export function numberValue(scheme: NumberingScheme, number: string): number | null {
  if (scheme === 'roman') return romanValue(number);
  if (scheme === 'upper' || scheme === 'lower') {
    const letters = 'abcdđeghiklmnopqrstuvxy';
    const i = letters.indexOf(number.toLocaleLowerCase('vi'));
    return i < 0 ? null : i + 1;
  }
  if (scheme === 'part') {
    const ordinal = /(?:thứ)\s+(?<word>\p{L}+)/iu.exec(number)?.groups?.['word']?.toLocaleLowerCase('vi');
    if (ordinal) return ORDINALS[ordinal] ?? null;
    return /^\d+$/.test(number) ? Number(number) : romanValue(number);
  }
  const last = number.split('.').pop() ?? '';
  return /^\d+$/.test(last) ? Number(last) : null;
}
