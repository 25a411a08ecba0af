import { memoOn } from '../memo-on.js';
import { HASH_START, hashStep, internWord, type WordFacts } from './word-table.js';

/**
 * A word or a punctuation mark of the text, with what unit recognition asks of it. What the
 * word alone decides is read from its entry in the word table, shared by all its tokens: a
 * plan has thousands of tokens, all alive while the units are read, and four fields a token
 * instead of seven are that much less to allocate and for the garbage collector to copy.
 */
export class Token {
  readonly start: number;
  readonly end: number;
  /** A line break stands between this token and the one before. */
  readonly nl: boolean;
  /** What the word alone decides, shared by all its tokens. */
  readonly facts: WordFacts;

  constructor(facts: WordFacts, start: number, end: number, nl: boolean) {
    this.facts = facts;
    this.start = start;
    this.end = end;
    this.nl = nl;
  }

  get text(): string {
    return this.facts.text;
  }

  /** Lower case, administrative tone style: 'Uỷ' and 'ủy' both fold to 'ủy'. */
  get fold(): string {
    return this.facts.fold;
  }

  /** First letter upper case ('Nội', 'UBND'). */
  get cap(): boolean {
    return this.facts.cap;
  }

  get word(): boolean {
    return this.facts.word;
  }
}

// 'Uỷ' 'hoá' 'thuỷ': new-style tone on the second vowel of an open oa/oe/uy, moved to the first.
const NEW_TONE = /^(?<head>.*?[^qQ]|)(?<v1>[oOuU])(?<v2>[aAeEyY])(?<tone>[\u0300\u0301\u0303\u0309\u0323])$/u;

// Plans reuse a small vocabulary: folding each distinct word once keeps tokenizing cheap.
const FOLDED = new Map<string, string>();
const FOLD_CACHE_LIMIT = 50_000;

/** Folds a word for lexicon look-up: NFC, lower case, old tone placement ('Uỷ' → 'ủy'). */
export function foldWord(word: string): string {
  let folded = FOLDED.get(word);
  if (folded !== undefined) return folded;
  const lower = word.toLowerCase();
  const m = NEW_TONE.exec(lower.normalize('NFD'));
  const g = m?.groups as Record<string, string> | undefined;
  folded = g ? `${g['head']}${g['v1']}${g['tone']}${g['v2']}`.normalize('NFC') : lower.normalize('NFC');
  if (FOLDED.size >= FOLD_CACHE_LIMIT) FOLDED.clear();
  FOLDED.set(word, folded);
  return folded;
}

/** Folds a phrase word by word ('Ủy ban MTTQ' → 'ủy ban mttq'). */
export const foldPhrase = (phrase: string): string =>
  phrase.split(/\s+/u).filter(Boolean).map(foldWord).join(' ');

// Words are letters, marks and digits; every other non-space character is a token of its own.
const TOKEN = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;

function factsOf(t: string): WordFacts {
  const first = t.charAt(0);
  return {
    text: t,
    fold: foldWord(t),
    cap: first !== first.toLowerCase(),
    word: /[\p{L}\p{N}]/u.test(first),
    opens: undefined,
    cues: undefined,
  };
}

// TOKEN's classes by UTF-16 code unit, for the scanning loop: 1 word character, 2 white space,
// 3 half of a surrogate pair.
const WORD = 1;
const SPACE = 2;
const SURROGATE = 3;
const CLASS = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  const ch = String.fromCharCode(c);
  if (c >= 0xd800 && c <= 0xdfff) CLASS[c] = SURROGATE;
  else if (/[\p{L}\p{M}\p{N}]/u.test(ch)) CLASS[c] = WORD;
  else if (/\s/u.test(ch)) CLASS[c] = SPACE;
}

/** Cuts text[start, end) into tokens; offsets stay offsets of the whole text. */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  let nl = false;
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    const k = CLASS[c];
    if (k === SPACE) {
      if (c === 10) nl = true;
      i++;
      continue;
    }
    // Letters beyond the BMP come as surrogate pairs, which the class table cannot read.
    if (k === SURROGATE) return tokenizeByRegex(text.slice(start, end), start);
    const at = i;
    let hash = hashStep(HASH_START, c);
    i++;
    if (k === WORD) {
      for (let d = text.charCodeAt(i); i < end && CLASS[d] === WORD; d = text.charCodeAt(++i)) {
        hash = hashStep(hash, d);
      }
    }
    const f = internWord(text, at, i, hash, factsOf);
    out.push(new Token(f, at, i, nl));
    nl = false;
  }
  return out;
}

function tokenizeByRegex(slice: string, start: number): Token[] {
  const out: Token[] = [];
  // The first line break after the previous token: found by one forward scan, not a slice per token.
  let nextNl = slice.indexOf('\n');
  if (nextNl < 0) nextNl = slice.length;
  for (const m of slice.matchAll(TOKEN)) {
    const at = m.index;
    const t = m[0];
    let hash = HASH_START;
    for (let k = 0; k < t.length; k++) hash = hashStep(hash, t.charCodeAt(k));
    const f = internWord(slice, at, at + t.length, hash, factsOf);
    const nl = nextNl < at;
    if (nl) {
      nextNl = slice.indexOf('\n', at + t.length);
      if (nextNl < 0) nextNl = slice.length;
    }
    out.push(new Token(f, start + at, start + at + t.length, nl));
  }
  return out;
}

const TOKENS = Symbol('tokens');

/**
 * The text's tokens, cut once and shared: the unit rules read them, and the deadline rules
 * find their cue words through them. Kept on the segmented text (see memoOn).
 */
export const textTokens = (ctx: { text: string; seg?: object }): Token[] =>
  memoOn(ctx.seg ?? ctx, TOKENS, () => tokenize(ctx.text));

/** Whether the tokens from i spell `phrase` (folded words, ',' and ':' as tokens); its length or 0. */
export function matchPhrase(tokens: readonly Token[], i: number, phrase: readonly string[]): number {
  for (let k = 0; k < phrase.length; k++) if (tokens[i + k]?.fold !== phrase[k]) return 0;
  return phrase.length;
}

/** Splits a lexicon phrase into the folded tokens `tokenize` makes of it. */
export const phraseTokens = (phrase: string): string[] => tokenize(phrase).map((t) => t.fold);
