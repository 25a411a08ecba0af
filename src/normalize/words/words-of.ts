import type { LanguageModel } from '../model/language-model.js';
import { composeMaps, type OffsetMap } from '../offset-map.js';
import { carryWords } from './carry-words.js';
import { scanWords, WordList, type Words } from './scan-words.js';

/**
 * The words of the text being normalized, shared by the word steps (abbreviation slips, OCR
 * correction, doubled words) for as long as one normalizeText call runs. The steps between
 * them change a few words at most, so the words are carried through their edits (see
 * carry-words.ts) rather than scanned again: a scan meets every word of the text, with a
 * mispredicted branch at each word's start and end, and costs more than the steps' own work.
 * Outside a session (a step run on its own) every call scans.
 */
class WordsSession {
  /** The text `words` are the words of, or null. */
  private text: string | null = null;
  private words: WordList | null = null;
  private model: LanguageModel | null = null;
  /** The text the steps have made since, and the map from it to `text` (null: none since). */
  private latest: string | null = null;
  private pending: OffsetMap | null = null;
  /** The list not in use, filled by the next scan or carry. */
  private spare: WordList | null = null;

  wordsOf(text: string, model: LanguageModel): Words {
    if (this.words && this.model === model) {
      if (this.pending === null && text === this.text) return this.words;
      if (this.pending !== null && text === this.latest) {
        const out = this.takeSpare();
        carryWords(this.words, text, this.pending, model, out);
        return this.keep(text, out, model);
      }
    }
    return this.keep(text, scanWords(text, model, this.takeSpare()), model);
  }

  /** A step turned `before` into `after` (`map`: after → before). */
  edited(before: string, after: string, map: OffsetMap): void {
    if (this.words === null) return;
    const current = this.pending === null ? this.text : this.latest;
    if (before !== current) {
      this.forget();
      return;
    }
    this.pending = this.pending === null ? map : composeMaps(map, this.pending);
    this.latest = after;
  }

  private takeSpare(): WordList {
    const list = this.spare ?? pool.pop() ?? new WordList();
    this.spare = null;
    return list;
  }

  /** Gives the lists back to the pool for the next session, but for those a huge text grew. */
  release(): void {
    for (const list of [this.words, this.spare]) {
      if (list && list.capacity <= POOLED_WORDS && pool.length < 2) pool.push(list);
    }
    this.forget();
    this.spare = null;
  }

  private keep(text: string, words: WordList, model: LanguageModel): Words {
    if (this.words) this.spare = this.words;
    this.text = text;
    this.words = words;
    this.model = model;
    this.latest = null;
    this.pending = null;
    return words;
  }

  private forget(): void {
    this.text = null;
    this.words = null;
    this.latest = null;
    this.pending = null;
  }
}

let session: WordsSession | null = null;

/**
 * Lists a finished session leaves for the next one, as buffers only: a session fills them anew.
 * Allocating two lists per text costs more than the steps that read them on a short text.
 */
const pool: WordList[] = [];
/** Room for the words of a plan of a few hundred KB; lists grown past it go. */
const POOLED_WORDS = 1 << 16;

/**
 * The words of `text`. Within a session, the same lists serve every call: the result is valid
 * until the next call, and must not be kept.
 */
export function wordsOf(text: string, model: LanguageModel): Words {
  return session ? session.wordsOf(text, model) : scanWords(text, model);
}

/** Runs `normalize` with a words session; `edited` reports each step's edits to it. */
export function withWordsSession<T>(
  normalize: (edited: (before: string, after: string, map: OffsetMap) => void) => T,
): T {
  const own = new WordsSession();
  const outer = session;
  session = own;
  try {
    return normalize((before, after, map) => own.edited(before, after, map));
  } finally {
    session = outer;
    own.release();
  }
}
