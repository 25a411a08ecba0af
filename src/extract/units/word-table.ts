/** What a word's text alone decides for unit recognition, worked out once per distinct word. */
export interface WordFacts {
  /** The word as printed, shared by every token of it. */
  text: string;
  /** Lower case, administrative tone style: 'Uỷ' and 'ủy' both fold to 'ủy'. */
  fold: string;
  /** First letter upper case ('Nội', 'UBND'). */
  cap: boolean;
  word: boolean;
}

interface Entry extends WordFacts {
  hash: number;
}

/**
 * Why a table of its own and not a Map<string, WordFacts>: a Map needs the word as a string,
 * so every token would be sliced out of the text and hashed again, and that cost more than
 * the rest of tokenizing. Here the tokenizer hashes the characters while it scans them
 * (`hashStep`), and a word seen before is found by comparing characters in place: only a new
 * word is sliced. Open addressing, linear probing; emptied when full (plans reuse few words).
 */
const SLOTS = 1 << 16;
const MASK = SLOTS - 1;
const LIMIT = SLOTS >> 1;
const slots: (Entry | undefined)[] = new Array<Entry | undefined>(SLOTS).fill(undefined);
let size = 0;

/** The hash of no characters, to start `hashStep` from. */
export const HASH_START = 0x811c9dc5 | 0;

/** FNV-1a over UTF-16 code units. */
export const hashStep = (hash: number, code: number): number => Math.imul(hash ^ code, 0x01000193);

function sameText(word: string, text: string, at: number): boolean {
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== text.charCodeAt(at + k)) return false;
  return true;
}

/** The facts of text[at, end), whose characters hash to `hash`; `make` reads a word not seen yet. */
export function internWord(
  text: string,
  at: number,
  end: number,
  hash: number,
  make: (word: string) => WordFacts,
): WordFacts {
  let i = hash & MASK;
  for (let e = slots[i]; e !== undefined; e = slots[i]) {
    if (e.hash === hash && e.text.length === end - at && sameText(e.text, text, at)) return e;
    i = (i + 1) & MASK;
  }
  if (size >= LIMIT) {
    slots.fill(undefined);
    size = 0;
    i = hash & MASK;
  }
  const facts = make(text.slice(at, end));
  slots[i] = { text: facts.text, fold: facts.fold, cap: facts.cap, word: facts.word, hash };
  size++;
  return slots[i]!;
}
