// Builds data/language-model.bin.gz, the syllable model behind legacy-encoding detection and
// OCR correction, from the third-party counts in ../shared/data (see data/NOTICE.md) plus
// counts from the in-domain texts in corpus/ (counts only; no text is shipped).
//
//   node --import tsx scripts/build-language-model.ts [SHARED_DATA_DIR]
//
// Contents (the binary layout is in src/normalize/model/model-binary.ts): the syllables, id =
// order, each with its count (0 = possible, unattested); the syllable bigrams with their counts;
// the upper-case abbreviations to protect. Syllables are keyed by toneInsensitiveKey ('hoà' and
// 'hòa' are one entry).
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { encodeModel } from '../src/normalize/model/model-binary.js';
import { toneInsensitiveKey } from '../src/normalize/vietnamese/tone-insensitive-key.js';
import { stripAllMarks } from '../src/normalize/vietnamese/tones.js';

const sharedDir = process.argv[2] ?? '../../shared/data';
const read = (name: string) => readFileSync(join(sharedDir, name), 'utf8');
const rows = (name: string) =>
  read(name)
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => l.split('\t'));

/** In-domain counts weigh this much more than news counts (the corpus is small). */
const CORPUS_WEIGHT = 10;
const NUM = '<num>';

const possible = new Set(rows('vietnamese-syllables.txt').map(([s]) => toneInsensitiveKey(s!)));
const unigrams = new Map<string, number>();
for (const s of possible) unigrams.set(s, 0);
unigrams.set(NUM, 0);
for (const [s, c] of rows('syllable-unigrams.tsv')) {
  const key = s === NUM ? NUM : toneInsensitiveKey(s!);
  if (unigrams.has(key)) unigrams.set(key, unigrams.get(key)! + Number(c));
}
const bigrams = new Map<string, number>();
for (const [a, b, c] of rows('syllable-bigrams.tsv')) {
  const ka = a === NUM ? NUM : toneInsensitiveKey(a!);
  const kb = b === NUM ? NUM : toneInsensitiveKey(b!);
  if (!unigrams.has(ka) || !unigrams.has(kb)) continue;
  const key = `${ka} ${kb}`;
  bigrams.set(key, (bigrams.get(key) ?? 0) + Number(c));
}

// In-domain text (the corpus). Syllable counts go to attested syllables. Upper-case
// abbreviations the corpus uses ('UBND', 'HĐND') join the vocabulary, so that 'UBND huyện' is
// context. A pair is added unless it looks like an OCR slip: a pair with the same letters
// (marks aside, or one visual confusion away) is far more common in the news counts ('tố chức'
// beside 'tổ chức'), or, seen fewer than three times, one of its syllables is rare beside such a
// sibling ('thỉ' beside 'thi'). The genre's own phrases ('dân bàn', 'dân vận') gain weight.
const abbreviationList = new Set(
  rows('abbreviations.txt')
    .map(([line]) => line!.split(':')[0]!.normalize('NFC'))
    .filter((a) => a.length >= 2 && a === a.toUpperCase() && /\p{Lu}.*\p{Lu}/u.test(a)),
);
const TOKEN = /\p{L}+|\d+/gu;
const corpusPairs = new Map<string, number>();
for (const file of readdirSync('corpus').filter((f) => f.endsWith('.txt'))) {
  const text = readFileSync(join('corpus', file), 'utf8').normalize('NFC').replace(/ƣ/g, 'ư');
  for (const sentence of text.split(/[.,;:!?()[\]“”"‘’…]+/)) {
    let prev: string | null = null;
    for (const [tok] of sentence.matchAll(TOKEN)) {
      const abbreviation = abbreviationList.has(tok);
      const key = /\d/.test(tok) ? NUM : abbreviation ? tok.toLowerCase() : toneInsensitiveKey(tok);
      if (abbreviation && !unigrams.has(key)) unigrams.set(key, 0);
      const known = unigrams.has(key) && (abbreviation || unigrams.get(key)! > 0);
      if (known) unigrams.set(key, unigrams.get(key)! + CORPUS_WEIGHT);
      if (known && prev) corpusPairs.set(`${prev} ${key}`, (corpusPairs.get(`${prev} ${key}`) ?? 0) + 1);
      prev = known ? key : null;
    }
  }
}
const bySkeleton = new Map<string, string[]>();
for (const [s, c] of unigrams) {
  if (c <= 0) continue;
  const k = stripAllMarks(s);
  bySkeleton.set(k, [...(bySkeleton.get(k) ?? []), s]);
}
const CONFUSIONS: Array<[string, string]> = [
  ['i', 'l'],
  ['l', 'i'],
  ['rn', 'm'],
  ['m', 'rn'],
  ['nh', 'ngh'],
];
function siblings(s: string): string[] {
  const skeleton = stripAllMarks(s);
  const out = [...(bySkeleton.get(skeleton) ?? [s])];
  for (const [a, b] of CONFUSIONS) {
    const at = skeleton.indexOf(a);
    if (at >= 0)
      out.push(...(bySkeleton.get(skeleton.slice(0, at) + b + skeleton.slice(at + a.length)) ?? []));
  }
  return out;
}
/** A pair with the same letters is this many times more common in the news: the corpus pair is a slip. */
const DOMINANCE = 10;
/** A syllable this many times rarer than a sibling is suspect in a pair seen once or twice. */
const RARITY = 20;
const isRare = (s: string) =>
  siblings(s).some((o) => (unigrams.get(o) ?? 0) > RARITY * (unigrams.get(s) ?? 0));
for (const [pair, n] of corpusPairs) {
  const weight = n * CORPUS_WEIGHT;
  const [a, b] = pair.split(' ') as [string, string];
  if (n < 3 && (isRare(a) || isRare(b))) continue;
  let dominated = false;
  for (const va of siblings(a)) {
    for (const vb of siblings(b)) {
      const other = `${va} ${vb}`;
      if (other !== pair && (bigrams.get(other) ?? 0) > DOMINANCE * Math.max(weight, bigrams.get(pair) ?? 0))
        dominated = true;
    }
  }
  if (!dominated) bigrams.set(pair, (bigrams.get(pair) ?? 0) + weight);
}

const vocab = [...unigrams.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
const id = new Map(vocab.map(([s], i) => [s, i]));
const pairs = [...bigrams.entries()].map(([k, c]) => {
  const [a, b] = k.split(' ');
  return [id.get(a!)!, id.get(b!)!, c] as const;
});
pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1]);

const abbreviations = [...abbreviationList].sort();

mkdirSync('data', { recursive: true });
const model = encodeModel({
  syllables: vocab.map(([s]) => s),
  counts: vocab.map(([, c]) => c),
  bigrams: pairs,
  abbreviations,
});
const gz = gzipSync(model, { level: 9 });
writeFileSync('data/language-model.bin.gz', gz);
for (const f of ['LICENSE-underthesea.txt', 'LICENSE-soe-vinorm.txt'])
  copyFileSync(join(sharedDir, f), join('data', f));
console.log(
  `data/language-model.bin.gz: ${vocab.length} syllables, ${pairs.length} bigrams, ${abbreviations.length} abbreviations, ${(gz.length / 1e6).toFixed(2)} MB`,
);
