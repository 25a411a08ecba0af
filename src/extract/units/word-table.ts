import { grown } from '../../grown.js';

/** What a word's text alone decides for unit recognition, worked out once per distinct word. */
export interface WordFacts {
  /** The word as printed, shared by every token of it. */
  text: string;
  /** Lower case, administrative tone style: 'Uỷ' and 'ủy' both fold to 'ủy'. */
  fold: string;
  /** First letter upper case ('Nội', 'UBND'). */
  cap: boolean;
  word: boolean;
  /**
   * Noted by the unit lexicon the first time it asks (mayOpenUnit), for every later token of
   * the word: the words that may follow it in a unit name it opens, null when it is a whole
   * name's opening alone, false when it opens none; undefined until asked.
   */
  opens: ReadonlySet<string> | null | false | undefined;
  /**
   * Noted by the unit lexicons (vocabulary.ts) the first time one is asked about the word: a
   * bit for each lexicon with a phrase the word opens, for the lexicons compiled then
   * (`phrasesOf`, -1 before).
   */
  opensPhrases: number;
  phrasesOf: number;
  /**
   * Noted by the deadline rules' cue index (cue-index.ts) the first time it reads the word:
   * where in it a cue word starts ('trước' at 0), for the cue words known then (`cueWords`,
   * -1 before). Two fields, not an object of their own: the scan reads them for every token,
   * and each object more to reach is one cache miss more.
   */
  cueHits: readonly CueHit[];
  cueWords: number;
}

/** No cue in a word (shared). */
export const NO_CUES: readonly CueHit[] = [];

/** A cue word starting `offset` characters into a word ('từ' at 0 of 'từng'), by its number. */
export interface CueHit {
  offset: number;
  cue: number;
}

interface Entry extends WordFacts {
  hash: number;
  /** Its place in `words`. */
  id: number;
}

/**
 * Why a table of its own and not a Map<string, WordFacts>: a Map needs the word as a string,
 * so every token would be sliced out of the text and hashed again, and that cost more than
 * the rest of tokenizing. Here the tokenizer hashes the characters while it scans them
 * (`hashStep`), and a word seen before is found by comparing characters in place: only a new
 * word is sliced. Open addressing, linear probing, at most half full. The table starts small
 * (a plan has some 600 distinct words, and a small table stays in the CPU cache), doubles as
 * the words of more plans arrive, and is emptied once it is as large as it may grow.
 */
const MIN_SLOTS = 1 << 12;
const MAX_SLOTS = 1 << 17;
// Each slot's word length (0: an empty slot), hash, where its characters are kept in `pool`
// and the word's number in `words`, side by side in one typed array, four numbers a slot (a
// slot never spans two cache lines): a probe compares these and the pooled characters, and
// touches no entry and no string — objects spread over the heap, a cache miss each that cost
// more than the rest of tokenizing.
const LENGTH = 0;
const HASH = 1;
const OFFSET = 2;
const ID = 3;
const STRIDE = 4;
let meta = new Int32Array(STRIDE * MIN_SLOTS);
let pool = new Uint16Array(MIN_SLOTS * 4);
let pooled = 0;
let mask = MIN_SLOTS - 1;
let size = 0;

/**
 * The words met, by number: a token names its word by its number here. Why numbers and not
 * the entries themselves: a text's tokens then are integers in a typed array, which the
 * garbage collector never reads, where an array of pointers was traced by every collection
 * and each store into it was a write barrier. The list only grows while the words of one text
 * are read (numbers stay valid even when the table above starts over); it starts over with
 * the table before a text once it holds as many words as the table may (`startText`).
 */
let words: Entry[] = [];
const MAX_WORDS = MAX_SLOTS / 2;

/** Called before a text is cut into tokens: the list of words its numbers will index. */
export function startText(): readonly WordFacts[] {
  if (words.length >= MAX_WORDS) {
    words = [];
    empty(MIN_SLOTS);
  }
  return words;
}

function samePooled(from: number, text: string, at: number, length: number): boolean {
  for (let k = 0; k < length; k++) if (pool[from + k] !== text.charCodeAt(at + k)) return false;
  return true;
}

/**
 * The number in the list `startText` gave of the word text[at, end), whose characters hash to
 * `hash`; `make` reads a word not seen yet.
 */
export function internWord(
  text: string,
  at: number,
  end: number,
  hash: number,
  make: (word: string) => WordFacts,
): number {
  const length = end - at;
  let i = hash & mask;
  for (let n = meta[STRIDE * i + LENGTH]!; n !== 0; n = meta[STRIDE * i + LENGTH]!) {
    const m = STRIDE * i;
    if (n === length && meta[m + HASH] === hash && samePooled(meta[m + OFFSET]!, text, at, length))
      return meta[m + ID]!;
    i = (i + 1) & mask;
  }
  const facts = make(text.slice(at, end));
  const entry: Entry = {
    text: facts.text,
    fold: facts.fold,
    cap: facts.cap,
    word: facts.word,
    opens: undefined,
    opensPhrases: 0,
    phrasesOf: -1,
    cueHits: facts.cueHits,
    cueWords: facts.cueWords,
    hash,
    id: words.length,
  };
  words.push(entry);
  if (2 * (size + 1) > meta.length / STRIDE) grow();
  insert(entry);
  return entry.id;
}

function insert(entry: Entry): void {
  const word = entry.text;
  if (pooled + word.length > pool.length) {
    pool = grown(pool, Math.max(2 * pool.length, pooled + word.length), pooled);
  }
  for (let k = 0; k < word.length; k++) pool[pooled + k] = word.charCodeAt(k);
  let i = entry.hash & mask;
  while (meta[STRIDE * i + LENGTH] !== 0) i = (i + 1) & mask;
  meta[STRIDE * i + LENGTH] = word.length;
  meta[STRIDE * i + HASH] = entry.hash;
  meta[STRIDE * i + OFFSET] = pooled;
  meta[STRIDE * i + ID] = entry.id;
  pooled += word.length;
  size++;
}

function empty(slots: number): void {
  meta = new Int32Array(STRIDE * slots);
  mask = slots - 1;
  size = 0;
  pooled = 0;
}

/** Doubles the table, or empties it at its largest size (the words in `words` stay numbered). */
function grow(): void {
  const slots = meta.length / STRIDE;
  if (slots >= MAX_SLOTS) {
    empty(MIN_SLOTS);
    pool = new Uint16Array(MIN_SLOTS * 4);
    return;
  }
  // The entries in the table are the last `size` words of the list, the words met since it
  // was last emptied.
  const kept = words.slice(words.length - 1 - size, words.length - 1);
  empty(2 * slots);
  for (const e of kept) insert(e);
}
