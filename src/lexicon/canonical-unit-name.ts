import { capitalised } from './capitalised.js';
import { unitAbbreviations, unitFieldAbbreviations } from './unit-abbreviations.js';

const ABBREVIATION = new Map<string, string>(unitAbbreviations);
const FIELD_ABBREVIATION = new Map<string, string>(unitFieldAbbreviations);
// 'VH&TT', 'LĐ-TB&XH' as whole words, spaces around '&' allowed ('VH & TT').
const FIELD_ABBREVIATION_WORD = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${unitFieldAbbreviations.map(([a]) => a.replace('&', '\\s{0,2}&\\s{0,2}')).join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);

// 'UBND', 'HĐND', 'UBMTTQ' as whole words (not inside 'UBNDX' or a code like 'KH-UBND').
const ABBREVIATION_WORD = new RegExp(
  `(?<![\\p{L}\\p{N}/-])(?<abbr>${unitAbbreviations.map(([a]) => a).join('|')})(?![\\p{L}\\p{N}/-])`,
  'gu',
);

// 'Giao Phòng Nội vụ', 'Đề nghị Ban Dân vận' — verbs that introduce a unit are not part of its name.
const LEADING_VERB = /^(?:giao cho|giao|đề nghị|yêu cầu|phân công)\s+/iu;

// 'Sở Nội vụ (báo cáo)', 'UBND huyện ( b/c)', trailing ';' ',' '.' ':'.
const TRAILING_NOTE = /\s*\((?:để\s+)?(?:báo cáo|b\/c|bc|t\/h|thực hiện|p\/h)\)\s*$/iu;
const TRAILING_PUNCTUATION = /[\s.,;:]+$/u;

// 'Uỷ', 'hoá': new-style tone on the second vowel of an open oa/oe/uy (never after q).
const NEW_TONE =
  /(?<![qQ\p{M}])(?<v1>[oOuU])(?<v2>[aAeEyY])(?<tone>[\u0300\u0301\u0303\u0309\u0323])(?![\p{L}\p{M}])/gu;

/** Administrative tone placement, case kept: 'Đảng uỷ' → 'Đảng ủy', 'Văn hoá' → 'Văn hóa'. */
const oldTone = (name: string): string =>
  name.normalize('NFD').replace(NEW_TONE, '$<v1>$<tone>$<v2>').normalize('NFC');

/**
 * The canonical form of a unit name (SPEC §4): abbreviations expanded, dashes as ' - ',
 * whitespace collapsed, first letter upper case, no leading verb or trailing punctuation.
 * 'phòng Văn hóa -Thông tin' → 'Phòng Văn hóa - Thông tin'; 'UBND xã' → 'Ủy ban nhân dân xã'.
 * One name across tone styles: the administrative placement ('Đảng uỷ' → 'Đảng ủy').
 */
export function canonicalUnitName(raw: string): string {
  let name = CANONICAL.get(raw);
  if (name !== undefined) return name;
  name = canonicalOf(raw);
  if (CANONICAL.size >= CANONICAL_CACHE_LIMIT) CANONICAL.clear();
  CANONICAL.set(raw, name);
  return name;
}

// A plan names the same units over and over: each distinct spelling is canonicalised once.
const CANONICAL = new Map<string, string>();
const CANONICAL_CACHE_LIMIT = 20_000;

function canonicalOf(raw: string): string {
  let name = raw.replace(/\s+/gu, ' ').trim();
  name = name.replace(LEADING_VERB, '');
  name = name.replace(TRAILING_NOTE, '').replace(TRAILING_PUNCTUATION, '');
  name = name.replace(FIELD_ABBREVIATION_WORD, (m) => FIELD_ABBREVIATION.get(m.replace(/\s/gu, '')) ?? m);
  // 'HĐND&UBND' → 'Hội đồng nhân dân và Ủy ban nhân dân'
  name = name.replace(/\s*&\s*/gu, ' và ');
  name = name.replace(ABBREVIATION_WORD, (_m, abbr: string) => ABBREVIATION.get(abbr) ?? abbr);
  name = oldTone(name);
  // 'Văn hóa -Thông tin', 'Văn phòng – Thống kê' → ' - '; a bare hyphen ('KH-UBND') is a code.
  name = name.replace(/\s+[-–—‐]\s*|\s*[-–—‐]\s+|[–—]/gu, ' - ');
  return capitalised(name);
}
