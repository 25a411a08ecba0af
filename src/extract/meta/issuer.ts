import { canonicalUnitName } from '../../lexicon/canonical-unit-name.js';
import { levelWords } from '../../lexicon/organisation-casing.js';
import type { Piece } from '../../segment/types.js';
import { organisationCase } from './organisation-case.js';

// 'XÃ NAM CHÍNH', 'HUYỆN CẨM GIÀNG': a line that only adds the level and place to the line above.
// 'HUYỆN ỦY MỘ ĐỨC' names a party committee of its own, under 'ĐẢNG BỘ TỈNH …'.
const LEVEL_FIRST = new RegExp(`^(?:${levelWords.join('|')})(?:\\s|$)(?!\\s*(?:ủy|uỷ)(?:\\s|$))`, 'iu');

/**
 * The issuer from the header's issuer lines (SPEC §2.1): the last line names the issuer,
 * unless it only carries the level and place ('ỦY BAN NHÂN DÂN / XÃ NAM CHÍNH'), when it is
 * joined to the line above → 'Ủy ban nhân dân xã Nam Chính'.
 */
export function issuerFromHeader(issuerLines: readonly Piece[]): string | null {
  const last = issuerLines.at(-1);
  if (!last) return null;
  let name = last.text;
  for (let i = issuerLines.length - 2; i >= 0 && LEVEL_FIRST.test(name); i--)
    name = `${issuerLines[i]!.text} ${name}`;
  return canonicalUnitName(organisationCase(name));
}

// 'UBND thị trấn Cẩm Giang xây dựng Kế hoạch', 'Ủy ban nhân dân Huyện xây dựng Kế hoạch',
// 'UBND phường Phú Sơn xây dưng Kế hoạch' (a misread tone on 'dựng' is tolerated)
const BODY_ISSUER =
  /(?<![\p{L}])(?<issuer>(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|HĐND|Hội đồng nhân dân|Đảng ủy|Đảng uỷ|Ban Thường vụ|Phòng|Sở|Ban|Văn phòng|Trung tâm)(?:\s+[\p{L}\d-]+){0,8}?)\s+(?:xây\s+d\p{L}{1,3}ng|ban\s+hành|triển\s+khai)\s+(?:[Kk]ế\s+hoạch)/u;

// '… của UBND tỉnh về việc ban hành Kế hoạch …' is a cited document's subject, not the issuer.
const NOT_IN_NAME = /(?<!\p{L})(?:về|việc|của|số|ngày|đã|theo|và)(?!\p{L})/u;
const BODY_ISSUERS = new RegExp(BODY_ISSUER.source, 'gu');

/**
 * The issuer from the sentence that says who makes the plan, when there is no header block:
 * the last such phrase before the body (it closes the preamble: '…; UBND xã xây dựng Kế hoạch
 * như sau:'), skipping the subjects of cited documents.
 */
export function issuerFromBody(text: string): string | null {
  let issuer: string | null = null;
  for (const m of text.matchAll(BODY_ISSUERS)) {
    const name = m.groups?.['issuer'];
    if (name && !NOT_IN_NAME.test(name)) issuer = canonicalUnitName(name);
  }
  return issuer;
}
