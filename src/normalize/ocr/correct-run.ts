import type { LanguageModel } from '../model/language-model.js';
import { logBigram, logUnigram } from './bigram-score.js';
import type { Candidate } from './candidates.js';

/** Candidates kept per word after a first, context-free ranking. */
const BEAM = 6;

/**
 * The best syllables for a run of suspicious words between two fixed context words (-1: a
 * sentence boundary), by Viterbi over ln P(bigram) − change penalty. Returns, per word, the
 * chosen candidate and the margin by which the chosen path beats keeping every word.
 */
export function correctRun(
  model: LanguageModel,
  left: number,
  right: number,
  options: ReadonlyArray<Candidate[]>,
): { chosen: Candidate[]; margin: number } {
  const pruned = options.map((cands) => {
    if (cands.length <= BEAM) return cands;
    const self = cands.find((c) => c.cost === 0);
    const ranked = [...cands].sort(
      (a, b) => logUnigram(model, b.id) - b.cost - (logUnigram(model, a.id) - a.cost),
    );
    const top = ranked.slice(0, BEAM);
    if (self && !top.includes(self)) top.push(self);
    return top;
  });
  // score[i][k]: best score of a path ending in candidate k of word i; back[i][k]: its predecessor.
  const score: number[][] = [];
  const back: number[][] = [];
  pruned.forEach((cands, i) => {
    score.push([]);
    back.push([]);
    cands.forEach((c, k) => {
      let best = Number.NEGATIVE_INFINITY;
      let arg = -1;
      if (i === 0) best = logBigram(model, left, c.id);
      else {
        pruned[i - 1]!.forEach((p, j) => {
          const s = score[i - 1]![j]! + logBigram(model, p.id, c.id);
          if (s > best) {
            best = s;
            arg = j;
          }
        });
      }
      score[i]![k] = best - c.cost;
      back[i]![k] = arg;
    });
  });
  const last = pruned.length - 1;
  let bestEnd = 0;
  let bestScore = Number.NEGATIVE_INFINITY;
  pruned[last]!.forEach((c, k) => {
    const s = score[last]![k]! + (right === -2 ? 0 : logBigram(model, c.id, right));
    if (s > bestScore) {
      bestScore = s;
      bestEnd = k;
    }
  });
  const chosen: Candidate[] = new Array(pruned.length);
  for (let i = last, k = bestEnd; i >= 0; k = back[i]![k]!, i--) chosen[i] = pruned[i]![k]!;
  // The path that changes nothing.
  let keep = 0;
  let prev = left;
  for (const cands of options) {
    const self = cands.find((c) => c.cost === 0);
    const id = self ? self.id : -1;
    keep += logBigram(model, prev, id);
    prev = id;
  }
  if (right !== -2) keep += logBigram(model, prev, right);
  return { chosen, margin: bestScore - keep };
}
