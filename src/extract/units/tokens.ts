import { grown } from '../../grown.js';
import { HASH_START, hashStep } from '../../word-hash.js';
import { memoOn } from '../memo-on.js';
import { internWord, NO_CUES, startText, type WordFacts } from './word-table.js';

/**
 * The words and punctuation marks of a text, in order, with what unit recognition asks of
 * each: token k is text[start(k), end(k)). What a word alone decides is read from its entry
 * in the word table, shared by all its tokens.
 *
 * Why columns and not an object a token: a plan has thousands of tokens, all alive while the
 * units are read; as objects they were a fifth of all a parse allocated (56 bytes each), and
 * the garbage collector copied them. Here a token is two integers in typed arrays of their
 * own: its word by its number in the word table's list (see word-table.ts), and where it
 * starts, doubled, plus one when a line break stands before it. Its end is its start and its
 * word's length. Why so few: a long text's columns are allocated anew by every parse, and
 * each byte a token more (thirteen, where eight do) brought the next full collection closer.
 * Past either end a token has no text, fold, facts, start or end, and is neither capitalised
 * nor a word — what `tokens[k]?.fold` read before.
 */
export class Tokens {
  readonly length: number;
  readonly #words: readonly WordFacts[];
  readonly #ids: Int32Array;
  /** 2 × start, + 1 after a line break. */
  readonly #starts: Int32Array;

  constructor(words: readonly WordFacts[], ids: Int32Array, starts: Int32Array) {
    this.length = ids.length;
    this.#words = words;
    this.#ids = ids;
    this.#starts = starts;
  }

  /** What token k's word alone decides, shared by all its tokens. */
  facts(k: number): WordFacts | undefined {
    const id = this.#ids[k];
    return id === undefined ? undefined : this.#words[id];
  }

  /** The word as printed. */
  text(k: number): string | undefined {
    return this.facts(k)?.text;
  }

  /** Lower case, administrative tone style: 'Uỷ' and 'ủy' both fold to 'ủy'. */
  fold(k: number): string | undefined {
    return this.facts(k)?.fold;
  }

  /** First letter upper case ('Nội', 'UBND'). */
  cap(k: number): boolean {
    return this.facts(k)?.cap === true;
  }

  /** A word (letters or digits), not a punctuation mark. */
  word(k: number): boolean {
    return this.facts(k)?.word === true;
  }

  start(k: number): number {
    const s = this.#starts[k];
    return (s === undefined ? s : s >> 1) as number;
  }

  end(k: number): number {
    const word = this.facts(k);
    return (word === undefined ? word : this.start(k) + word.text.length) as number;
  }

  /** A line break stands between token k and the one before. */
  nl(k: number): boolean {
    return ((this.#starts[k] ?? 0) & 1) === 1;
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
    opensPhrases: 0,
    phrasesOf: -1,
    cueHits: NO_CUES,
    cueWords: -1,
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

// The columns tokenize writes into, kept between calls and grown as texts need: a text's
// tokens are counted only once it is read, and are then copied out at their exact size.
let scratchIds: Int32Array = new Int32Array(4096);
let scratchStarts: Int32Array = new Int32Array(4096);

/**
 * Makes the columns hold `size` tokens at least. Why tokenize reserves its guess of the
 * tokens and grows past it, not one slot per character: words are four or five characters
 * with their space, and columns as long as a long text (8.8 MB: 80 MB of columns) were
 * zeroed by the system page by page on every call, which made tokenizing a long text cost
 * more than its length.
 */
function ensureScratch(size: number): void {
  if (size <= scratchStarts.length) return;
  const length = Math.max(size, 2 * scratchStarts.length);
  scratchIds = grown(scratchIds, length);
  scratchStarts = grown(scratchStarts, length);
}

/**
 * tokenize's first guess of a text's tokens, which the columns grow past. A plan has a token
 * every four characters (a syllable and its space, and punctuation): a guess of exactly that
 * was short by a little for half the texts, and a long text then grew all its columns to
 * twice the size, copying them.
 */
const tokensGuess = (characters: number): number => Math.ceil(characters / 3) + 16;

// Columns grown past this many tokens (a book-length text) are not kept for the next text.
const SCRATCH_KEEP = 1 << 16;

function collect(words: readonly WordFacts[], n: number): Tokens {
  if (scratchStarts.length > SCRATCH_KEEP) return handOver(words, n);
  return new Tokens(words, scratchIds.slice(0, n), scratchStarts.slice(0, n));
}

/**
 * A book-length text's tokens keep the columns they were written in, and the next text starts
 * on small ones. Why not copied out: the columns are let go anyway, and a copy of a long
 * text's columns doubled what it allocated.
 */
function handOver(words: readonly WordFacts[], n: number): Tokens {
  const tokens = new Tokens(words, scratchIds.subarray(0, n), scratchStarts.subarray(0, n));
  scratchIds = new Int32Array(4096);
  scratchStarts = new Int32Array(4096);
  return tokens;
}

/** Cuts text[start, end) into tokens; offsets stay offsets of the whole text. */
export function tokenize(text: string, start = 0, end = text.length): Tokens {
  const words = startText();
  ensureScratch(tokensGuess(end - start));
  let ids = scratchIds;
  let starts = scratchStarts;
  let n = 0;
  let nl = 0;
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    const k = CLASS[c];
    if (k === SPACE) {
      if (c === 10) nl = 1;
      i++;
      continue;
    }
    // Letters beyond the BMP come as surrogate pairs, which the class table cannot read.
    if (k === SURROGATE) return tokenizeByRegex(words, text.slice(start, end), start);
    const at = i;
    let hash = hashStep(HASH_START, c);
    i++;
    if (k === WORD) {
      // Bounds tested before each read: a read past the end gives NaN, and that one NaN
      // taught the optimiser that a character may be a fraction, which slowed every lookup.
      while (i < end) {
        const d = text.charCodeAt(i);
        if (CLASS[d] !== WORD) break;
        hash = hashStep(hash, d);
        i++;
      }
    }
    if (n === starts.length) {
      ensureScratch(n + 1);
      ids = scratchIds;
      starts = scratchStarts;
    }
    starts[n] = (at << 1) | nl;
    ids[n++] = internWord(text, at, i, hash, factsOf);
    nl = 0;
  }
  return collect(words, n);
}

function tokenizeByRegex(words: readonly WordFacts[], slice: string, start: number): Tokens {
  ensureScratch(tokensGuess(slice.length));
  let n = 0;
  // The first line break after the previous token: found by one forward scan, not a slice per token.
  let nextNl = slice.indexOf('\n');
  if (nextNl < 0) nextNl = slice.length;
  for (const m of slice.matchAll(TOKEN)) {
    const at = m.index;
    const t = m[0];
    let hash = HASH_START;
    for (let k = 0; k < t.length; k++) hash = hashStep(hash, t.charCodeAt(k));
    if (n === scratchStarts.length) ensureScratch(n + 1);
    const nl = nextNl < at;
    if (nl) {
      nextNl = slice.indexOf('\n', at + t.length);
      if (nextNl < 0) nextNl = slice.length;
    }
    scratchStarts[n] = ((start + at) << 1) | (nl ? 1 : 0);
    scratchIds[n++] = internWord(slice, at, at + t.length, hash, factsOf);
  }
  return collect(words, n);
}

const TOKENS = Symbol('tokens');

/**
 * The text's tokens, cut once and shared: the unit rules read them, and the deadline rules
 * find their cue words through them. Kept on the segmented text (see memoOn).
 */
export const textTokens = (ctx: { text: string; seg?: object }): Tokens =>
  memoOn(ctx.seg ?? ctx, TOKENS, () => tokenize(ctx.text));

/** Whether the tokens from i spell `phrase` (folded words, ',' and ':' as tokens); its length or 0. */
export function matchPhrase(tokens: Tokens, i: number, phrase: readonly string[]): number {
  for (let k = 0; k < phrase.length; k++) if (tokens.fold(i + k) !== phrase[k]) return 0;
  return phrase.length;
}

/** Splits a lexicon phrase into the folded tokens `tokenize` makes of it. */
export function phraseTokens(phrase: string): string[] {
  const tokens = tokenize(phrase);
  return Array.from({ length: tokens.length }, (_, k) => tokens.fold(k)!);
}
