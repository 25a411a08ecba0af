import { lawFalseStarts, lawNameCommaPairs, lawNameStopWords } from '../../lexicon/citation-words.js';
import { canonicalDocumentType } from '../../lexicon/document-types.js';
import type { Citation } from '../../schema/citation.js';
import { matchAllAt } from '../match-all-at.js';
import type { Extractor } from '../types.js';
import { canonicalId } from './canonical-id.js';
import { readAttributes } from './read-attributes.js';
import { GAP, NUMBER, squash, wordsPattern } from './token-patterns.js';

// 'Luật Khiếu nại', 'Bộ Luật lao động', 'Pháp lệnh dân chủ ở cơ sở', 'Hiến pháp năm 2013' —
// not 'pháp luật', 'kỷ luật' (the word before is checked), not 'Luật số …' (numbered).
const ANCHOR = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?<!(?:[Pp]háp|[Kk]ỷ|[Vv]ăn|[Ll]uật|[Dd]ự\s{1,8}thảo)\s{1,8})(?<type>Bộ${GAP}[Ll]uật|Luật|Pháp${GAP}lệnh|Hiến${GAP}pháp)(?![\p{L}])`,
  'uy',
);
// The first words of the type words above: where matchAllAt tries the anchor.
const FIRSTS = ['Bộ', 'Luật', 'Pháp', 'Hiến'];
// One word of a law's name ('Khiếu', 'nại', '2014'), or a comma with what follows it.
const WORD_AT = /(?<comma>\s{0,4},)?\s{1,8}(?<word>[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)?)/uy;
const STOP = new RegExp(`^(?:${lawNameStopWords.map(wordsPattern).join('|')})(?![\\p{L}])`, 'iu');
const YEAR_AT = new RegExp(String.raw`${GAP}năm${GAP}(?<year>(?:19|20)\d{2})(?![\p{N}])`, 'yu');
const TYPES = /^(?:luật|bộ luật|pháp lệnh|hiến pháp)$/u;
const MAX_WORDS = 12;
const FALSE_START = new RegExp(`^(?:${lawFalseStarts.join('|')})(?![\\p{L}])`, 'iu');
// 'Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15': the law's number printed after its name.
const NUMBER_AFTER = new RegExp(String.raw`${GAP}(?:số|Số|SỐ)\s{1,4}${NUMBER}`, 'yu');

// ', ' or ' và ' right before a type word: it goes on a list of laws.
const LISTED_BEFORE = /(?:,|\svà)\s{1,2}$/u;

interface Name {
  end: number;
  words: string[];
}

/** 'Cán bộ' + ', công' continues 'cán bộ, công chức'; any other comma ends the name. */
function continuesPair(words: string[], next: string): boolean {
  const sofar = words.join(' ').toLowerCase();
  return lawNameCommaPairs.some((p) => {
    const [left, right] = p.split(', ') as [string, string];
    return sofar.endsWith(left) && right.split(' ')[0] === next;
  });
}

/**
 * The words after the type word up to a stop word, a new law, or a comma that is not a pair.
 * `listed`: the type word goes on a list of laws ('Luật Hải quan, Luật ⏎ Quản lý ngoại thương'),
 * so a name must follow it, across a line break too.
 */
function readName(text: string, at: number, listed: boolean): Name {
  const words: string[] = [];
  let end = at;
  for (;;) {
    WORD_AT.lastIndex = end;
    const m = WORD_AT.exec(text);
    if (!m || words.length >= MAX_WORDS) break;
    const word = m.groups!['word']!;
    const lower = word.toLowerCase();
    if (m.groups!['comma'] && !continuesPair(words, lower)) break;
    // A line break the layout step kept ends the name unless a lower-case word goes on
    // ('… thi hành Luật ⏎ Phòng Nội vụ chủ trì' is a heading, then its body).
    if (word !== lower && m[0].includes('\n') && !(listed && words.length === 0)) break;
    const wordStart = m.index + m[0].length - word.length;
    if (STOP.test(text.slice(wordStart, wordStart + 40))) break;
    if (TYPES.test(lower) || (lower === 'bộ' && /^\s+luật/iu.test(text.slice(m.index + m[0].length)))) break;
    words.push(word);
    end = m.index + m[0].length;
  }
  return { end, words };
}

/**
 * A law, code or ordinance cited by name: 'Luật Khiếu nại, Luật Tố cáo, Luật tiếp công dân'
 * (three), 'Luật Hộ tịch năm 2014', 'Luật Phòng, chống thiên tai ngày 19/6/2013'.
 */
export const namedLaw: Extractor<Citation> = {
  ruleId: 'citation.named-law',
  find(ctx) {
    const { text } = ctx;
    const out: Citation[] = [];
    for (const a of matchAllAt(ctx, ANCHOR, FIRSTS)) {
      const type = canonicalDocumentType(a.groups!['type']!)!;
      const typeEnd = a.index + a[0].length;
      const name = readName(text, typeEnd, LISTED_BEFORE.test(text.slice(Math.max(0, a.index - 4), a.index)));
      if (name.words.length === 0 && type !== 'Hiến pháp') continue;
      if (type === 'Luật' && FALSE_START.test(name.words.join(' '))) continue;
      YEAR_AT.lastIndex = name.end;
      const y = YEAR_AT.exec(text);
      const nameEnd = y ? y.index + y[0].length : name.end;
      NUMBER_AFTER.lastIndex = nameEnd;
      const n = NUMBER_AFTER.exec(text);
      const numbered = n
        ? canonicalId(n.groups!['num']!, n.groups!['year'], n.groups!['sep']!, n.groups!['code']!)
        : null;
      const attrs = readAttributes(text, n ? n.index + n[0].length : nameEnd);
      const year =
        numbered?.year ??
        (y ? Number(y.groups!['year']) : attrs.issuedDate ? Number(attrs.issuedDate.slice(0, 4)) : null);
      out.push({
        id: numbered?.id ?? null,
        type,
        number: numbered?.number ?? null,
        year,
        issuedDate: attrs.issuedDate,
        issuer: attrs.issuer,
        title: squash(text.slice(a.index, name.end)),
        mentions: [{ start: a.index, end: n ? attrs.end : nameEnd }],
        ruleId: n ? 'citation.named-law-numbered' : 'citation.named-law',
        confidence: 0.85,
      });
    }
    return out;
  },
};
