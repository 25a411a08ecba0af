import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { KehoachError } from '../../errors.js';
import { findDataFile } from './find-data-file.js';
import { PairTable } from './pair-table.js';

/**
 * The syllable model (data/language-model.txt.gz, built by scripts/build-language-model.ts):
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
export const FILE = 'language-model.txt.gz';

let cached: LanguageModel | null = null;

/** The model, read once on first use. No network: the file ships with the package. */
export function languageModel(): LanguageModel {
  if (cached) return cached;
  const path = findDataFile(FILE);
  if (!path) {
    throw new KehoachError('INTERNAL', `data/${FILE} is missing from the kehoach package; reinstall it`);
  }
  cached = parseModel(gunzipSync(readFileSync(path)).toString('utf8'));
  return cached;
}

export function parseModel(text: string): LanguageModel {
  const lines = text.split('\n');
  let at = 1;
  const header = (tag: string): number => {
    const [t, n] = lines[at++]!.split(' ');
    if (t !== tag) throw new KehoachError('INTERNAL', `data/${FILE} is corrupt (no ${tag} block)`);
    return Number(n);
  };
  const nU = header('U');
  const ids = new Map<string, number>();
  const syllables: string[] = new Array(nU);
  const counts = new Float64Array(nU);
  let total = 0;
  for (let i = 0; i < nU; i++) {
    const line = lines[at++]!;
    const tab = line.indexOf('\t');
    const s = line.slice(0, tab);
    syllables[i] = s;
    ids.set(s, i);
    counts[i] = Number(line.slice(tab + 1));
    total += counts[i]!;
  }
  const nB = header('B');
  const bigrams = new PairTable(nB);
  const leftTotals = new Float64Array(nU);
  for (let i = 0; i < nB; i++) {
    const [a, b, c] = lines[at++]!.split(' ');
    const id1 = Number.parseInt(a!, 36);
    const count = Number.parseInt(c!, 36);
    bigrams.set(id1, Number.parseInt(b!, 36), count);
    leftTotals[id1]! += count;
  }
  const nA = header('A');
  const abbreviations = new Set(lines.slice(at, at + nA));
  const logProbs = counts.map((c) => Math.log((c + 0.5) / total));
  return { ids, syllables, counts, total, logProbs, leftTotals, bigrams, abbreviations };
}
