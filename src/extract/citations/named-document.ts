import { draftingVerbs, regimeNames } from '../../lexicon/citation-words.js';
import { issuerHeads } from '../../lexicon/issuers.js';
import type { Citation } from '../../schema/citation.js';
import { matchAllAt } from '../match-all-at.js';
import type { Extractor } from '../types.js';
import { GAP, squash, wordsPattern } from './token-patterns.js';

// 'Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021-2030',
// 'Quy chế giám sát và phản biện xã hội của Mặt trận Tổ quốc Việt Nam …' — a capitalised type
// word and a lower-case name, up to the end of the clause.
const ANCHOR = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?<type>Chương${GAP}trình|Quy${GAP}chế|Đề${GAP}án|Chiến${GAP}lược)(?=(?<gap>${GAP})(?!số${GAP}|số:)(?<name>\p{Ll}[^;.:()“”"\n]{2,200}(?:\n{1,3}[^;.:()“”"\n]{1,200}){0,3}))`,
  'uy',
);
// The first words of the type words above: where matchAllAt tries the anchor.
const FIRSTS = ['Chương', 'Quy', 'Đề', 'Chiến'];
// The period that makes a programme's name a proper name: 'giai đoạn 2021-2030', 'đến năm 2030'.
const PERIOD = new RegExp(
  String.raw`(?:giai${GAP}đoạn${GAP}\d{4}\s{0,3}[-–]\s{0,3}\d{4}|(?:đến${GAP})?năm${GAP}\d{4}|\d{4}\s{0,3}[-–]\s{0,3}\d{4})(?![\p{N}])`,
  'u',
);
// ' của Mặt trận …': a body after 'của' makes the name a document of that body.
const OF_BODY = new RegExp(
  String.raw`\s(?:của)${GAP}(?:${issuerHeads.map(wordsPattern).join('|')})(?![\p{L}])`,
  'iu',
);
// The next citation or a new clause ends the name: ', Chỉ thị …', ' theo Nghị quyết …'.
const NAME_END = /,\s|\s(?:theo|tại|trong|nhằm|để|gắn)\s|\s\p{Lu}\p{Ll}*\s{1,8}(?:số|\d)/u;
const BEFORE = new RegExp(
  `(?:^|\\s)(?:${draftingVerbs.map(wordsPattern).join('|')})\\s{0,4}[“"]?\\s{0,4}$`,
  'iu',
);
const MAX_WORDS = 30;
// '… (được) ban hành kèm theo Quyết định số …': the document is the attachment of the one cited
// after it, which is the citation.
const ATTACHED = /\s(?:được\s{1,4})?ban\s{1,4}hành\s{1,4}kèm\s{1,4}theo\s/iu;

/**
 * A programme, regulation or scheme cited by its name (no number): kept only when the name is
 * made proper by a period or an issuing body, and not when the text drafts or issues it
 * ('ban hành Quy chế …' is the content of a decision) or means the practice (regimeNames).
 */
export const namedDocument: Extractor<Citation> = {
  ruleId: 'citation.named-document',
  find(ctx) {
    const { text } = ctx;
    const out: Citation[] = [];
    for (const a of matchAllAt(ctx, ANCHOR, FIRSTS)) {
      if (BEFORE.test(text.slice(Math.max(0, a.index - 24), a.index))) continue;
      const type = squash(a.groups!['type']!);
      const raw = a.groups!['name']!;
      const title = `${type} ${squash(raw)}`;
      if (regimeNames.some((r) => title.toLowerCase().startsWith(r))) continue;
      const cut = NAME_END.exec(raw);
      const clause = cut ? raw.slice(0, cut.index) : raw;
      if (ATTACHED.test(raw.slice(0, clause.length + 16))) continue;
      const period = PERIOD.exec(clause);
      if (!period && !OF_BODY.test(clause)) continue;
      const length = period ? period.index + period[0].length : clause.length;
      const nameStart = a.index + a[0].length + a.groups!['gap']!.length;
      const name = squash(raw.slice(0, length));
      if (name.split(' ').length > MAX_WORDS) continue;
      out.push({
        id: null,
        type,
        number: null,
        year: null,
        issuedDate: null,
        issuer: null,
        title: `${type} ${name}`,
        mentions: [{ start: a.index, end: nameStart + raw.slice(0, length).trimEnd().length }],
        ruleId: 'citation.named-document',
        confidence: 0.6,
      });
    }
    return out;
  },
};
