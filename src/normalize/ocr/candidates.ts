import type { LanguageModel } from '../model/language-model.js';
import { stripAllMarks, stripTone } from '../vietnamese/tones.js';
import { skeletonIndex } from './skeleton-index.js';

/** A syllable a word may have been meant as, and what believing so costs. */
export interface Candidate {
  id: number;
  /** Change penalty in nats: 0 for the word itself. */
  cost: number;
}

/** Penalties (nats) by kind of change: how much evidence a change needs. */
export const COST = {
  tone: 7,
  mark: 7.5,
  toneAndMark: 8.5,
  letter: 9,
  /** The word is no syllable at all: any attested syllable is better. */
  fromNonSyllable: 1,
} as const;

// Letter shapes OCR engines confuse, on the mark-free skeleton: 'lập' read as 'ỉập', 'm' as 'rn',
// 'nghiêm' as 'nhiêm'.
const CONFUSIONS: ReadonlyArray<readonly [string, string]> = [
  ['i', 'l'],
  // only words scan-words lets through: '1ý' (a number otherwise never changes)
  ['1', 'l'],
  ['l', 'i'],
  ['rn', 'm'],
  ['m', 'rn'],
  ['cl', 'd'],
  ['nh', 'ngh'],
  ['ii', 'u'],
];

/**
 * Candidates for a lower-case word: the attested syllables with the same letters ignoring
 * marks, and those one visual confusion away, each with the cost of the change.
 */
export function candidatesFor(word: string, selfId: number, model: LanguageModel): Candidate[] {
  let memo = memos.get(model);
  if (!memo) {
    memo = new Map();
    memos.set(model, memo);
  }
  const known = memo.get(word);
  if (known) return known.map((c) => ({ ...c }));
  if (memo.size > MEMO_LIMIT) memo.clear();
  const fresh = generate(word, selfId, model);
  memo.set(word, fresh);
  return fresh.map((c) => ({ ...c }));
}

/** Candidate lists by word: a text repeats its words, and so do its OCR slips. */
const memos = new WeakMap<LanguageModel, Map<string, Candidate[]>>();
const MEMO_LIMIT = 20_000;

function generate(word: string, selfId: number, model: LanguageModel): Candidate[] {
  const { bySkeleton } = skeletonIndex(model);
  const skeleton = stripAllMarks(word);
  const self = stripTone(word).bare;
  const out: Candidate[] = [];
  const seen = new Set<number>();
  const fromNon = selfId < 0 || model.counts[selfId]! === 0;
  const add = (id: number, cost: number) => {
    if (seen.has(id)) return;
    seen.add(id);
    out.push({ id, cost: id === selfId ? 0 : fromNon ? COST.fromNonSyllable + cost / 4 : cost });
  };
  if (selfId >= 0) add(selfId, 0);
  for (const id of bySkeleton.get(skeleton) ?? []) {
    const s = model.syllables[id]!;
    const sameLetters = stripTone(s).bare === self;
    add(
      id,
      sameLetters ? COST.tone : stripTone(s).tone === stripTone(word).tone ? COST.mark : COST.toneAndMark,
    );
  }
  for (const [a, b] of CONFUSIONS) {
    // The confusion undone on the word as printed, marks kept ('1ấn' → 'lấn'): that syllable
    // is the likeliest reading, the others of its skeleton ('lần', 'lán') also change a mark.
    const printed = word.includes(a) ? word.replace(a, b) : null;
    for (let at = skeleton.indexOf(a); at >= 0; at = skeleton.indexOf(a, at + 1)) {
      const variant = skeleton.slice(0, at) + b + skeleton.slice(at + a.length);
      for (const id of bySkeleton.get(variant) ?? [])
        add(id, printed === null || model.syllables[id] === printed ? COST.letter : COST.letter + COST.tone);
    }
  }
  return out;
}
