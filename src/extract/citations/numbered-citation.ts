import { canonicalDocumentType } from '../../lexicon/document-types.js';
import type { Citation } from '../../schema/citation.js';
import type { Extractor } from '../types.js';
import { type CanonicalNumber, canonicalId } from './canonical-id.js';
import { inferredId } from './inferred-id.js';
import { readAttributes } from './read-attributes.js';
import { GAP, NUMBER, TYPE_WORDS } from './token-patterns.js';

// 'Chỉ thị số 33/CT-TTg', 'Quyết định 269-⏎QĐ/TU', 'các Quyết định số 217-QĐ/TW', 'Kết luận số 01'
const ANCHOR = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?<type>${TYPE_WORDS})(?![\p{L}])(?<so>${GAP}số)?(?:\s{0,4}:)?\s{0,8}`,
  'giu',
);
const NUMBER_AT = new RegExp(NUMBER, 'yu');
// '… 217-QĐ/TW và 218-QĐ/TW', '… 15/KH-UBND, 16/KH-UBND': more numbers under one type word.
const NEXT_NUMBER_AT = new RegExp(String.raw`\s{0,4}(?:,|và|;)\s{0,8}(?:số\s{1,4})?${NUMBER}`, 'yu');
// 'Kết luận số 01 của Bộ Chính trị': a number with no code, only after 'số'.
const BARE_AT = /(?<num>\d{1,5})(?![\p{L}\p{N}/-])/uy;

interface Printed {
  start: number;
  end: number;
  canonical: CanonicalNumber;
}

function readNumber(re: RegExp, text: string, at: number): Printed | null {
  re.lastIndex = at;
  const m = re.exec(text);
  if (!m) return null;
  const g = m.groups!;
  const canonical = canonicalId(g['num']!, g['year'], g['sep']!, g['code']!);
  return { start: m.index + m[0].indexOf(g['num']!), end: m.index + m[0].length, canonical };
}

/**
 * A type word and a number: 'Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ về
 * …'. Numbers listed under one type word share its date and issuer ('các Quyết định số
 * 217-QĐ/TW và 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị' are two citations).
 */
export const numberedCitation: Extractor<Citation> = {
  ruleId: 'citation.numbered',
  find({ text }) {
    const out: Citation[] = [];
    for (const a of text.matchAll(ANCHOR)) {
      const at = a.index + a[0].length;
      const type = canonicalDocumentType(a.groups!['type']!);
      const first = readNumber(NUMBER_AT, text, at);
      if (!first) {
        if (a.groups!['so']) out.push(...bareNumber(text, a.index, at, type));
        continue;
      }
      const numbers = [first];
      for (let next = readNumber(NEXT_NUMBER_AT, text, first.end); next; ) {
        numbers.push(next);
        next = readNumber(NEXT_NUMBER_AT, text, next.end);
      }
      const attrs = readAttributes(text, numbers[numbers.length - 1]!.end);
      numbers.forEach((n, i) => {
        const { id, number, year, codeType } = n.canonical;
        const start = i === 0 ? a.index : n.start;
        const end = i === numbers.length - 1 ? attrs.end : n.end;
        out.push({
          id,
          type: (i === 0 ? type : codeType) ?? type ?? codeType ?? 'Văn bản',
          number,
          year: year ?? yearOf(attrs.issuedDate),
          issuedDate: attrs.issuedDate,
          issuer: attrs.issuer,
          title: attrs.title,
          mentions: [{ start, end }],
          ruleId: i === 0 ? 'citation.numbered' : 'citation.numbered-list',
          confidence: i === 0 ? 0.95 : 0.9,
        });
      });
    }
    return out;
  },
};

function yearOf(date: string | null): number | null {
  return date ? Number(date.slice(0, 4)) : null;
}

/** 'Kết luận số 01 của Bộ Chính trị' → '01-KL/TW' when the issuer's code is known. */
function bareNumber(text: string, start: number, at: number, type: string | null): Citation[] {
  BARE_AT.lastIndex = at;
  const m = BARE_AT.exec(text);
  if (!m || !type) return [];
  const attrs = readAttributes(text, m.index + m[0].length);
  const id = inferredId(m.groups!['num']!, type, attrs.issuer);
  if (!id) return [];
  return [
    {
      id,
      type,
      number: m.groups!['num']!,
      year: yearOf(attrs.issuedDate),
      issuedDate: attrs.issuedDate,
      issuer: attrs.issuer,
      title: attrs.title,
      mentions: [{ start, end: attrs.end }],
      ruleId: 'citation.numbered-inferred-code',
      confidence: 0.7,
    },
  ];
}
