// Normalization: OCR-noise repair and throughput. The noise is generated over the clean corpus
// text (the seeds after normalization) with a fixed seed: the confusion classes of SPEC §3 —
// tone changed or dropped, hat/horn/breve lost or added, l ↔ ỉ/i/1, m → rn, U → Ư in
// abbreviations. A word counts as repaired when the output has the clean word at its place.
import { readdirSync, readFileSync } from 'node:fs';
import { normalizeText } from '../../src/normalize/index.js';
import { languageModel } from '../../src/normalize/model/language-model.js';
import { abbreviationNoise, NOISES, random } from '../noise/ocr-noise.js';
import type { BenchRow, BenchSuite } from '../types.js';

const SEED = 20260819;
/** Share of eligible words that get one error. */
const RATE = 0.05;
const corpusDir = new URL('../../corpus/', import.meta.url);
const WORD = /[\p{L}\p{N}]+/gu;

function cleanCorpus(): string[] {
  return readdirSync(corpusDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => normalizeText(readFileSync(new URL(f, corpusDir), 'utf8')).text);
}

/** The text with errors injected, and the word indexes (by WORD) that got one. */
function addNoise(text: string, rnd: () => number): { noisy: string; injected: Set<number> } {
  const model = languageModel();
  const injected = new Set<number>();
  let k = -1;
  const noisy = text.replace(WORD, (word, offset: number) => {
    k++;
    const glued = /[/-]/.test(text[offset - 1] ?? '') || /[/-]/.test(text[offset + word.length] ?? '');
    if (glued || rnd() >= RATE) return word;
    let out: string | null = null;
    if (/^\p{Lu}{2,}$/u.test(word) && model.abbreviations.has(word)) out = abbreviationNoise(word);
    else if (word === word.toLowerCase() && model.ids.has(word)) {
      const kinds = Object.values(NOISES);
      out = kinds[Math.floor(rnd() * kinds.length)]!(word, rnd);
    }
    if (!out || out === word) return word;
    injected.add(k);
    return out;
  });
  return { noisy, injected };
}

function throughput(docs: readonly string[]): number {
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d), 0);
  for (const d of docs) normalizeText(d);
  const t0 = performance.now();
  let rounds = 0;
  while (performance.now() - t0 < 3000) {
    for (const d of docs) normalizeText(d);
    rounds++;
  }
  return (bytes * rounds) / ((performance.now() - t0) * 1000);
}

export const suite: BenchSuite = {
  name: 'normalize',
  async run(): Promise<BenchRow[]> {
    const clean = cleanCorpus();
    const rnd = random(SEED);
    let injectedTotal = 0;
    let repaired = 0;
    let correctTotal = 0;
    let changed = 0;
    const noisyDocs: string[] = [];
    for (const text of clean) {
      const { noisy, injected } = addNoise(text, rnd);
      noisyDocs.push(noisy);
      const want = text.match(WORD) ?? [];
      const got = normalizeText(noisy).text.match(WORD) ?? [];
      want.forEach((w, i) => {
        if (injected.has(i)) {
          injectedTotal++;
          if (got[i] === w) repaired++;
        } else {
          correctTotal++;
          if (got[i] !== w) changed++;
        }
      });
    }
    const repairShare = repaired / injectedTotal;
    const changedShare = changed / correctTotal;
    const cleanMbs = throughput(clean);
    const noisyMbs = throughput(noisyDocs);
    const rss = process.memoryUsage().rss / 1e6;
    return [
      {
        suite: 'normalize',
        name: 'OCR noise: errors repaired',
        note: `${repaired}/${injectedTotal} = ${(repairShare * 100).toFixed(1)} % (seed ${SEED}, rate ${RATE})`,
        target: '≥ 80 %',
        ok: repairShare >= 0.8,
      },
      {
        suite: 'normalize',
        name: 'OCR noise: correct words changed',
        note: `${changed}/${correctTotal} = ${(changedShare * 100).toFixed(2)} %`,
        target: '≤ 0.2 %',
        ok: changedShare <= 0.002,
      },
      {
        suite: 'normalize',
        name: 'normalizeText, clean text',
        mbPerSec: cleanMbs,
        peakRssMb: rss,
        target: '≥ 20 MB/s',
        ok: cleanMbs >= 20,
      },
      {
        suite: 'normalize',
        name: 'normalizeText, noisy text',
        mbPerSec: noisyMbs,
        peakRssMb: rss,
        target: '≥ 5 MB/s',
        ok: noisyMbs >= 5,
      },
    ];
  },
};
