import {
  bodyOnlyVerbs,
  colonClauseEndings,
  colonClauseOpeners,
  headingUnitHeads,
  headingVerbs,
} from '../lexicon/heading-vocabulary.js';
import { levelWords } from '../lexicon/organisation-casing.js';
import { firstSentenceEnd } from './sentence-end.js';
import { backOver } from './white-space.js';

// 'Phòng Nội vụ', 'Các Ban, ngành, đoàn thể', 'UBND phường', 'Giao Phòng Nội vụ', 'Đề nghị Khối dân vận'
const UNIT_START = new RegExp(
  `^(?:(?:Giao|Đề nghị)\\s+)?(?:${headingUnitHeads.join('|')})(?![\\p{L}])`,
  'iu',
);
const VERBS = new Set<string>(headingVerbs);
const BODY_ONLY_VERBS = new Set<string>(bodyOnlyVerbs);
const LEVELS = new Set<string>(levelWords.flatMap((w) => w.split(' ')));
const MAX_UNIT_WORDS = 15;
// 'Trên cơ sở …', '… chịu trách nhiệm' — the ':' after these continues the sentence.
const CLAUSE_OPENER = new RegExp(`^(?:${colonClauseOpeners.join('|')})(?!\\p{L})`, 'iu');
const CLAUSE_ENDING = new RegExp(`(?<!\\p{L})(?:${colonClauseEndings.join('|')})$`, 'iu');

const words = (s: string): string[] => s.split(/\s+/u).filter(Boolean);

/** Whether a phrase names a unit: starts with a unit head and is no longer than a name gets. */
export const namesUnit = (phrase: string): boolean =>
  UNIT_START.test(phrase.trim()) && words(phrase).length <= MAX_UNIT_WORDS;

/**
 * How much of a numbered item's text (after its number) is its heading (SPEC §2.2):
 * - a unit name followed straight by a capitalised verb ends at the unit ('Đài Phát thanh xã
 *   Xây dựng chuyên mục …' → 'Đài Phát thanh xã'), a lost ':';
 * - else, when the first sentence has a ':' that closes a phrase ('Phòng Nội vụ: Theo dõi …',
 *   '4. Chế độ thông tin báo cáo: Định kỳ …'), the part before it — not when the ':' continues a
 *   clause ('Trên cơ sở …, các ban, ngành chịu trách nhiệm: Chủ động …');
 * - else the first sentence.
 * Returns the length of the heading within `rest`, trailing punctuation excluded.
 */
export function headingLength(rest: string): number {
  const sentence = firstSentenceEnd(rest);
  const unitEnd = unitBeforeVerb(rest, sentence);
  if (unitEnd !== null) return trimEnd(rest, unitEnd);
  const colon = rest.slice(0, sentence).search(/:(?:\s|$)/u);
  if (colon > 0) {
    const before = rest.slice(0, colon);
    const clause = CLAUSE_OPENER.test(before.trim()) || CLAUSE_ENDING.test(before.trim());
    if (namesUnit(before) || !clause) return trimEnd(rest, colon);
  }
  return trimEnd(rest, sentence);
}

// 'Công chức Văn phòng - Thống kê xã Theo dõi,' — the verb follows a lower-case word (often a level).
// Run by exec from lastIndex 0, not matchAll, which builds a copy of the regex for each heading.
// Every match is at least two characters: none is empty.
const WORD_BEFORE_VERB = /(?<=\s)(?<prev>\p{Ll}+)\s+(?=(?<verb>\p{Lu}\p{Ll}*(?:\s+\p{Ll}+){0,2}))/gu;

function unitBeforeVerb(rest: string, limit: number): number | null {
  if (!UNIT_START.test(rest)) return null;
  // The unit name runs unpunctuated up to the verb: no match past the first punctuation mark.
  const punctuation = rest.slice(0, limit).search(/[,;:.]/u);
  const scope = rest.slice(0, punctuation < 0 ? limit : punctuation);
  WORD_BEFORE_VERB.lastIndex = 0;
  for (let m = WORD_BEFORE_VERB.exec(scope); m; m = WORD_BEFORE_VERB.exec(scope)) {
    const verbWords = words(m.groups!['verb']!.toLowerCase());
    for (let n = Math.min(3, verbWords.length); n >= 1; n--) {
      const verb = verbWords.slice(0, n).join(' ');
      if (BODY_ONLY_VERBS.has(verb) || (VERBS.has(verb) && LEVELS.has(m.groups!['prev']!))) {
        return m.index + m.groups!['prev']!.length;
      }
    }
  }
  return null;
}

const trimEnd = (text: string, end: number): number => backOver(text, end, 0, '.,;:');
