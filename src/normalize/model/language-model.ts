import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { KehoachError } from '../../errors.js';
import { findDataFile } from './find-data-file.js';
import { decodeModel } from './model-binary.js';
import { PairTable } from './pair-table.js';

/**
 * The syllable model (data/language-model.bin.gz, built by scripts/build-language-model.ts):
 * every possible syllable with its count, syllable bigram counts, and the abbreviations to
 * protect. Syllables are keyed by toneInsensitiveKey (lower case, old tone style).
 */
export interface LanguageModel {
  /** Syllable → id; every phonotactically possible syllable is here, attested or not. */
  ids: Map<string, number>;
  syllables: string[];
  /** Count by id (0: possible but never seen). */
  counts: Float64Array;
  total: number;
  /** ln((count + 0.5) / total) by id, computed once. */
  logProbs: Float64Array;
  /** Sum of the bigram counts starting with each id. */
  leftTotals: Float64Array;
  /** (id1, id2) → count. */
  bigrams: PairTable;
  abbreviations: Set<string>;
}

export const NUM = '<num>';
/** Ids are in order of frequency: the pairs of the first 1024 are looked up in a 128 KB bitset. */
const DENSE_BELOW = 1024;
export const FILE = 'language-model.bin.gz';

let cached: LanguageModel | null = null;

/** The model, read once on first use. No network: the file ships with the package. */
export function languageModel(): LanguageModel {
  if (cached) return cached;
  const path = findDataFile(FILE);
  if (!path) {
    throw new KehoachError('INTERNAL', `data/${FILE} is missing from the kehoach package; reinstall it`);
  }
  cached = readModel(gunzipSync(readFileSync(path)));
  return cached;
}

/** The model from the bytes of a model file (see model-binary.ts), with its lookup tables. */
export function readModel(bytes: Uint8Array): LanguageModel {
  const { syllables, counts, abbreviations, bigramCount, forEachBigram } = decodeModel(bytes);
  const ids = new Map<string, number>();
  let total = 0;
  for (let i = 0; i < syllables.length; i++) {
    ids.set(syllables[i]!, i);
    total += counts[i]!;
  }
  const bigrams = new PairTable(bigramCount, DENSE_BELOW);
  const leftTotals = new Float64Array(syllables.length);
  forEachBigram((a, b, count) => {
    bigrams.set(a, b, count);
    leftTotals[a]! += count;
  });
  const logProbs = counts.map((c) => Math.log((c + 0.5) / total));
  return {
    ids,
    syllables,
    counts,
    total,
    logProbs,
    leftTotals,
    bigrams,
    abbreviations: new Set(abbreviations),
  };
}
