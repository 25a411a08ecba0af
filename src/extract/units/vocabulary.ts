import {
  bareParents,
  collectiveAttachments,
  collectiveAttachmentsAlone,
  collectiveNouns,
  collectiveQualifiers,
} from '../../lexicon/unit-collectives.js';
import { unitFieldNames, unitNameTails } from '../../lexicon/unit-field-names.js';
import { genericActorHeads, genericCollectives, genericTails } from '../../lexicon/unit-generic-actors.js';
import {
  type UnitHead,
  unitHeadNouns,
  unitPositions,
  unitTailConnectors,
} from '../../lexicon/unit-head-nouns.js';
import {
  levelQualifiers,
  partyCommittees,
  unionCommittees,
  unitDroppedQualifiers,
  unitLevelFalseFriends,
  unitLevelPhrases,
  unitLevels,
  villageLevels,
} from '../../lexicon/unit-levels.js';
import { objectCues, subjectVerbs } from '../../lexicon/unit-role-verbs.js';
import { foldPhrase, phraseTokens, type Tokens } from './tokens.js';
import type { WordFacts } from './word-table.js';

/**
 * A lexicon as folded token sequences, longest first, grouped by first and by last word, so a
 * token that opens (or closes) none of them costs one map look-up instead of a walk over the list.
 */
export interface Lexicon {
  byFirst: ReadonlyMap<string, readonly string[][]>;
  byLast: ReadonlyMap<string, readonly string[][]>;
  /** This lexicon's bit in a word's `opensPhrases` (0 past the 31st lexicon: always looked up). */
  bit: number;
}

// Every lexicon compiled, in order: a word notes, once, which of them have a phrase it opens.
const LEXICONS: Lexicon[] = [];

/**
 * Whether a phrase of `lexicon` can open with the word: read from the bits the word noted the
 * first time it was asked, so a token that opens none of a lexicon's phrases costs no map
 * look-up — matchAny is asked at every word of every unit read, a dozen lexicons each.
 */
function mayOpenPhrase(facts: WordFacts, lexicon: Lexicon): boolean {
  if (lexicon.bit === 0) return true;
  if (facts.phrasesOf !== LEXICONS.length) {
    let bits = 0;
    for (const l of LEXICONS) if (l.byFirst.has(facts.fold)) bits |= l.bit;
    facts.opensPhrases = bits;
    facts.phrasesOf = LEXICONS.length;
  }
  return (facts.opensPhrases & lexicon.bit) !== 0;
}

function group(phrases: readonly string[][], at: (p: string[]) => string): Map<string, string[][]> {
  const index = new Map<string, string[][]>();
  for (const p of phrases) {
    const list = index.get(at(p)) ?? [];
    list.push(p);
    index.set(at(p), list);
  }
  return index;
}

/** Compiles lexicon phrases for matchAny and cueBefore. */
export function compile(phrases: readonly string[]): Lexicon {
  const sorted = phrases.map(phraseTokens).sort((a, b) => b.length - a.length);
  const lexicon = {
    byFirst: group(sorted, (p) => p[0]!),
    byLast: group(sorted, (p) => p[p.length - 1]!),
    bit: LEXICONS.length < 31 ? 1 << LEXICONS.length : 0,
  };
  LEXICONS.push(lexicon);
  return lexicon;
}

export interface CompiledHead extends UnitHead {
  toks: string[];
}

const HEADS: CompiledHead[] = unitHeadNouns
  .map((h) => ({ ...h, toks: phraseTokens(h.words) }))
  .sort((a, b) => b.toks.length - a.toks.length);
const HEADS_BY_FIRST = new Map<string, CompiledHead[]>();
for (const h of HEADS) {
  const list = HEADS_BY_FIRST.get(h.toks[0]!) ?? [];
  list.push(h);
  HEADS_BY_FIRST.set(h.toks[0]!, list);
}

// The head nouns as a lexicon, for its bit in a word's opensPhrases (matchHead reads HEADS_BY_FIRST).
const HEAD_WORDS = compile(unitHeadNouns.map((h) => h.words));
export const LEVELS = compile(unitLevels);
export const LEVEL_PHRASES = compile(unitLevelPhrases);
export const DROPPED = compile(unitDroppedQualifiers);
export const FALSE_FRIENDS = compile(unitLevelFalseFriends);
export const PARTY = compile([...partyCommittees, ...unionCommittees]);
export const LEVEL_QUALIFIERS = compile(levelQualifiers);
export const POSITIONS = compile(unitPositions);
export const CONNECTORS = compile(unitTailConnectors);
export const FIELDS = compile(unitFieldNames);
export const NAME_TAILS = compile(unitNameTails);
export const COLLECTIVE_NOUNS = compile(collectiveNouns);
export const QUALIFIERS = compile(collectiveQualifiers);
export const ATTACHMENTS = compile(collectiveAttachments);
export const ATTACHMENTS_ALONE = compile(collectiveAttachmentsAlone);
export const BARE_PARENTS = compile(bareParents);
export const VILLAGES = compile(villageLevels);
export const GENERIC_HEADS = compile(genericActorHeads);
export const GENERIC_TAILS = compile(genericTails);
export const GENERIC_COLLECTIVES = new Set<string>(genericCollectives.map(foldPhrase));
export const VERBS = compile(subjectVerbs);

// Each word a unit name can open with (head nouns, positions, generic actors, group nouns,
// 'các'), with the words that can follow it there — null when it is a whole phrase alone.
const OPENER_NEXT = new Map<string, Set<string> | null>([['các', null]]);
for (const p of [
  ...HEADS.map((h) => h.toks),
  ...[POSITIONS, GENERIC_HEADS, COLLECTIVE_NOUNS].flatMap((lexicon) => [...lexicon.byFirst.values()].flat()),
]) {
  const next = OPENER_NEXT.get(p[0]!);
  if (p.length === 1) OPENER_NEXT.set(p[0]!, null);
  else if (next !== null) OPENER_NEXT.set(p[0]!, (next ?? new Set<string>()).add(p[1]!));
}

/**
 * The words that may follow a word that opens a unit name (null: it is a name alone), false
 * when it opens none. Looked up once per distinct word, then read from the word's facts.
 */
export function unitOpening(facts: WordFacts): ReadonlySet<string> | null | false {
  if (facts.opens === undefined) {
    const opens = facts.word ? OPENER_NEXT.get(facts.fold) : undefined;
    facts.opens = opens === undefined ? false : opens;
  }
  return facts.opens;
}

/**
 * Whether a unit name can open at tokens[i], judged by its first two words: every token is
 * asked, and 'công', 'chính', 'tổ' open phrases ('Công an', 'Chính phủ') far less often than
 * they open other words ('công tác', 'chính quyền').
 */
export function mayOpenUnit(tokens: Tokens, i: number): boolean {
  const next = unitOpening(tokens.facts(i)!);
  if (next === false) return false;
  return next === null || (i + 1 < tokens.length && next.has(tokens.fold(i + 1)!));
}

/** The longest phrase of `phrases` at tokens[i]; its length in tokens, 0 when none. */
export function matchAny(tokens: Tokens, i: number, phrases: Lexicon): number {
  const facts = tokens.facts(i);
  if (facts === undefined || !mayOpenPhrase(facts, phrases)) return 0;
  // Indexed, not for…of: read a few hundred times a plan, an iterator each time added up.
  const list = phrases.byFirst.get(facts.fold);
  if (list === undefined) return 0;
  for (let n = 0; n < list.length; n++) {
    const p = list[n]!;
    let k = 0;
    while (k < p.length && tokens.fold(i + k) === p[k]) k++;
    if (k === p.length) return k;
  }
  return 0;
}

/** The head noun at tokens[i], respecting case: 'Phòng' and '(qua phòng' yes, 'ban, ngành' no. */
export function matchHead(tokens: Tokens, i: number): CompiledHead | null {
  const t = tokens.facts(i);
  if (!t?.word || !mayOpenPhrase(t, HEAD_WORDS)) return null;
  const list = HEADS_BY_FIRST.get(t.fold);
  if (list === undefined) return null;
  for (let n = 0; n < list.length; n++) {
    const h = list[n]!;
    if (!t.cap && !h.lower) continue;
    if (matchPhraseAt(tokens, i, h.toks)) return h;
  }
  return null;
}

function matchPhraseAt(tokens: Tokens, i: number, toks: readonly string[]): boolean {
  for (let k = 0; k < toks.length; k++) if (tokens.fold(i + k) !== toks[k]) return false;
  return true;
}

/** A level word that really is one ('xã', not the 'xã' of 'xã hội'). */
export function matchLevel(tokens: Tokens, i: number): number {
  if (matchAny(tokens, i, FALSE_FRIENDS)) return 0;
  return matchAny(tokens, i, LEVELS);
}

// Lower-case words that never continue a name: function words and the first words of verbs.
const FUNCTION_WORDS = [
  'và',
  'các',
  'về',
  'theo',
  'trên',
  'là',
  'được',
  'đã',
  'có',
  'cùng',
  'những',
  'nhằm',
  'thì',
  'mà',
  'do',
  'bị',
  'cấp',
  'khóa',
  'lần',
  'số',
  'ngày',
  'năm',
  'này',
  'đó',
  'sẽ',
  'phải',
  'cần',
  'nhà',
  // time words: 'gửi về Văn phòng Sở trước ngày …'
  'trước',
  'sau',
  'khi',
  'hoặc',
  'nếu',
  'tới',
  'ngay',
  'chậm',
  'vào',
];
// 'hằng năm', 'hàng tháng' end a name; the 'hàng' of 'Ngân hàng' does not.
const RECURRENCE_FIRST = new Set<string>(['hằng', 'hàng']);
const RECURRENCE_UNITS = new Set<string>(['năm', 'tháng', 'quý', 'tuần', 'ngày']);
/**
 * The first word of every phrase that may end a name: function words, the first words of
 * verbs and object cues, level words. A capitalised name word is never taken for one.
 */
export const STOP_WORDS = new Set<string>([
  ...FUNCTION_WORDS,
  ...RECURRENCE_FIRST,
  ...subjectVerbs.map((v) => phraseTokens(v)[0]!),
  ...objectCues.map((v) => phraseTokens(v)[0]!),
  ...unitLevels.map((v) => phraseTokens(v)[0]!),
]);

const FUNCTION_WORD_SET = new Set<string>(FUNCTION_WORDS);
const OBJECT_CUES = compile(objectCues);

/**
 * Whether the lower-case word at tokens[j] ends a name rather than going on with it: a function
 * word, or a verb, an object cue or a level that starts there — the whole phrase, not its first
 * word ('Hội Nhà báo tỉnh' goes on past 'báo', which 'báo cáo' only starts).
 */
export function endsName(tokens: Tokens, j: number): boolean {
  const fold = tokens.fold(j);
  if (fold === undefined || !STOP_WORDS.has(fold)) return false;
  if (RECURRENCE_FIRST.has(fold)) return RECURRENCE_UNITS.has(tokens.fold(j + 1) ?? '');
  return (
    FUNCTION_WORD_SET.has(fold) ||
    !!matchAny(tokens, j, VERBS) ||
    !!matchAny(tokens, j, OBJECT_CUES) ||
    !!matchLevel(tokens, j)
  );
}

const DASHES = new Set<string>(['-', '–', '—', '‐']);
export const isDash = (tokens: Tokens, k: number): boolean => DASHES.has(tokens.text(k) ?? '');
