import type { LanguageModel } from '../model/language-model.js';

/** Weight of the unigram in the interpolated bigram estimate. */
const ALPHA = 50;

/** ln P(syllable) with add-half smoothing; a non-syllable (-1) gets the floor. */
export function logUnigram(model: LanguageModel, id: number): number {
  return id < 0 ? Math.log(0.5 / model.total) : model.logProbs[id]!;
}

/** ln P(b | a), interpolated with the unigram; `a` = -1 is a sentence boundary. */
export function logBigram(model: LanguageModel, a: number, b: number): number {
  if (a < 0) return logUnigram(model, b);
  const pb = ((b < 0 ? 0 : model.counts[b]!) + 0.5) / model.total;
  const pair = b < 0 ? 0 : model.bigrams.get(a, b);
  return Math.log((pair + ALPHA * pb) / (model.leftTotals[a]! + ALPHA));
}
