import type { Citation } from '../../schema/citation.js';
import { matchAllAt } from '../match-all-at.js';
import type { Extractor } from '../types.js';
import { GAP, squash } from './token-patterns.js';

// 'Nghị quyết Trung ương 4 (khóa XII)', 'Nghị quyết Hội nghị Trung ương 5 khóa XIII'
const PLENUM = new RegExp(
  String.raw`(?<![\p{L}])Nghị${GAP}quyết${GAP}(?:Hội${GAP}nghị${GAP})?(?:Ban${GAP}Chấp${GAP}hành${GAP})?Trung${GAP}ương${GAP}(?<n>\d{1,2}|[IVX]{1,5})(?:\s{0,4}\(?\s{0,2}kh(?:óa|oá)${GAP}(?<term>[IVXL]{1,6})(?:\s{0,2}\))?)?(?![\p{L}\p{N}])`,
  'uy',
);
// 'Nghị quyết Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XIII'
const NTH_PLENUM = new RegExp(
  String.raw`(?<![\p{L}])Nghị${GAP}quyết${GAP}Hội${GAP}nghị${GAP}lần${GAP}thứ${GAP}(?<nth>[\p{L}\d]{1,8})${GAP}Ban${GAP}Chấp${GAP}hành${GAP}Trung${GAP}ương(?:${GAP}Đảng)?(?:\s{0,4}\(?\s{0,2}kh(?:óa|oá)${GAP}[IVXL]{1,6}(?:\s{0,2}\))?)?`,
  'uy',
);
// 'Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng', 'Nghị quyết đại hội Đảng bộ thị xã lần thứ VII'
const CONGRESS = new RegExp(
  String.raw`(?<![\p{L}])Nghị${GAP}quyết${GAP}(?:của${GAP})?[Đđ]ại${GAP}hội(?![\p{L}])`,
  'uy',
);
// The next word of a congress's name: a capitalised word, a numeral, or one of the words these names use.
const NAME_WORD_AT =
  /\s{1,8}(?<word>\p{Lu}\p{L}*|[IVXL]{1,6}|\d{1,2}|đại|biểu|toàn|quốc|lần|thứ|bộ|các|cấp|tỉnh|huyện|thị|xã|phường|trấn|thành|phố|quận|khóa|khoá)(?![\p{L}\p{N}])|\s{1,8}của(?=\s{1,8}Đảng)/uy;
// ', nhiệm kỳ 2020-2025' closes the name.
const TERM_AT = new RegExp(String.raw`,?${GAP}nhiệm${GAP}kỳ${GAP}\d{4}\s{0,3}[-–]\s{0,3}\d{4}`, 'yu');
const MAX_WORDS = 16;
// Every pattern above opens with 'Nghị': where matchAllAt tries them.
const NGHI = ['Nghị'];

function cite(start: number, end: number, text: string, ruleId: string): Citation {
  return {
    id: null,
    type: 'Nghị quyết',
    number: null,
    year: null,
    issuedDate: null,
    issuer: null,
    title: squash(text.slice(start, end)),
    mentions: [{ start, end }],
    ruleId,
    confidence: 0.85,
  };
}

/** Party congress and plenum resolutions, cited by name (SPEC §2.3). */
export const partyResolution: Extractor<Citation> = {
  ruleId: 'citation.party-resolution',
  find(ctx) {
    const { text } = ctx;
    const out: Citation[] = [];
    for (const m of matchAllAt(ctx, PLENUM, NGHI)) {
      const c = cite(m.index, m.index + m[0].length, text, 'citation.party-resolution');
      const term = m.groups!['term'];
      c.title = `Nghị quyết Trung ương ${m.groups!['n']}${term ? ` (khóa ${term})` : ''}`;
      out.push(c);
    }
    for (const m of matchAllAt(ctx, NTH_PLENUM, NGHI))
      out.push(cite(m.index, m.index + m[0].length, text, 'citation.party-resolution'));
    for (const m of matchAllAt(ctx, CONGRESS, NGHI)) {
      let end = m.index + m[0].length;
      for (let n = 0; n < MAX_WORDS; n++) {
        NAME_WORD_AT.lastIndex = end;
        const w = NAME_WORD_AT.exec(text);
        if (!w) break;
        end = w.index + w[0].length;
      }
      TERM_AT.lastIndex = end;
      const t = TERM_AT.exec(text);
      if (t) end = t.index + t[0].length;
      out.push(cite(m.index, end, text, 'citation.party-resolution'));
    }
    return out;
  },
};
