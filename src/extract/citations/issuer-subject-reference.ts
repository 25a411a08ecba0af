import { documentTypes } from '../../lexicon/document-types.js';
import type { Citation } from '../../schema/citation.js';
import { firstWords, matchAllAt } from '../match-all-at.js';
import type { Extractor } from '../types.js';
import { readAttributes } from './read-attributes.js';
import { GAP, wordsPattern } from './token-patterns.js';

// The capitalised type names: an unnumbered reference is only read from a capitalised type word.
const NAMES = documentTypes
  .map((t) => t.name)
  .filter((n) => !/^(?:Luật|Bộ luật|Hiến pháp)$/u.test(n))
  .sort((a, b) => b.length - a.length);
const TYPES = NAMES.map(wordsPattern).join('|');
// 'Chỉ thị của UBND tỉnh về việc …', 'Kế hoạch của Ban Thường vụ Huyện ủy về việc …'
const ANCHOR = new RegExp(`(?<type>${TYPES})(?=${GAP}(?:của|do)${GAP})`, 'uy');
const FIRSTS = firstWords(NAMES);
const WORD_CHAR = /[\p{L}\p{N}]/u;
// 'các Nghị quyết của …' is generic; 'Nghị quyết, Kết luận, Đề án của Trung ương' is a list of kinds;
// 'Trên đây là Kế hoạch của UBND xã về …' is the plan itself.
const GENERIC_BEFORE = /(?:(?:^|\s)(?:các|những|từng|mọi|là)|,)\s{0,8}$/iu;

/**
 * A document named by type, issuer and subject with no number ('Chỉ thị của UBND tỉnh về việc
 * tiếp tục tăng cường …'). refine/ folds it into a numbered citation of the same type, issuer
 * and subject when there is one (gold notes, 002).
 */
export const issuerSubjectReference: Extractor<Citation> = {
  ruleId: 'citation.issuer-subject',
  find(ctx) {
    const { text } = ctx;
    const out: Citation[] = [];
    for (const a of matchAllAt(ctx, ANCHOR, FIRSTS)) {
      if (WORD_CHAR.test(text[a.index - 1] ?? ' ')) continue;
      if (GENERIC_BEFORE.test(text.slice(Math.max(0, a.index - 16), a.index))) continue;
      const attrs = readAttributes(text, a.index + a[0].length);
      if (!attrs.issuer || !attrs.title || attrs.issuedDate) continue;
      const type = documentTypes.find((t) => t.name === a.groups!['type']!.replace(/\s+/gu, ' '))!.name;
      out.push({
        id: null,
        type,
        number: null,
        year: null,
        issuedDate: null,
        issuer: attrs.issuer,
        title: attrs.title,
        mentions: [{ start: a.index, end: attrs.end }],
        ruleId: 'citation.issuer-subject',
        confidence: 0.6,
      });
    }
    return out;
  },
};
