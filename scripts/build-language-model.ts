// Builds data/language-model.txt.gz, the syllable model behind legacy-encoding detection and
// OCR correction, from the third-party counts in ../shared/data (see data/NOTICE.md) plus
// counts from the in-domain texts in corpus/ (counts only; no text is shipped).
//
//   node --import tsx scripts/build-language-model.ts [SHARED_DATA_DIR]
//
// Format (gzipped text, one record a line):
//   kehoach-lm 1
//   U <n>            then n lines 'syllable<TAB>count'   (id = line order; count 0 = possible, unattested)
//   B <m>            then m lines 'id1 id2 count'        (ids in base 36)
//   A <k>            then k lines 'ABBR'                 (upper-case abbreviations to protect)
// Syllables are keyed by toneInsensitiveKey ('hoà' and 'hòa' are one entry).
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { toneInsensitiveKey } from '../src/normalize/vietnamese/tone-insensitive-key.js';

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

// In-domain text: only syllables and pairs the news counts already attest are boosted, so the
// OCR slips in the corpus ('tố chức', 'khiêu nại') never become evidence for themselves.
const TOKEN = /\p{L}+|\d+/gu;
for (const file of readdirSync('corpus').filter((f) => f.endsWith('.txt'))) {
  const text = readFileSync(join('corpus', file), 'utf8').normalize('NFC');
  for (const sentence of text.split(/[.;:!?()“”"\n]+/)) {
    let prev: string | null = null;
    for (const [tok] of sentence.matchAll(TOKEN)) {
      const key = /\d/.test(tok) ? NUM : toneInsensitiveKey(tok);
      const known = (unigrams.get(key) ?? 0) > 0;
      if (known) unigrams.set(key, unigrams.get(key)! + CORPUS_WEIGHT);
      const pair = `${prev} ${key}`;
      if (known && prev && bigrams.has(pair)) bigrams.set(pair, bigrams.get(pair)! + CORPUS_WEIGHT);
      prev = known ? key : null;
    }
  }
}

const vocab = [...unigrams.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
const id = new Map(vocab.map(([s], i) => [s, i]));
const pairs = [...bigrams.entries()].map(([k, c]) => {
  const [a, b] = k.split(' ');
  return [id.get(a!)!, id.get(b!)!, c] as const;
});
pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1]);

const abbreviations = [
  ...new Set(
    rows('abbreviations.txt')
      .map(([line]) => line!.split(':')[0]!.normalize('NFC'))
      .filter((a) => a.length >= 2 && a === a.toUpperCase() && /\p{Lu}.*\p{Lu}/u.test(a)),
  ),
].sort();

const lines = ['kehoach-lm 1', `U ${vocab.length}`];
for (const [s, c] of vocab) lines.push(`${s}\t${c}`);
lines.push(`B ${pairs.length}`);
for (const [a, b, c] of pairs) lines.push(`${a.toString(36)} ${b.toString(36)} ${c.toString(36)}`);
lines.push(`A ${abbreviations.length}`);
lines.push(...abbreviations);

mkdirSync('data', { recursive: true });
const gz = gzipSync(`${lines.join('\n')}\n`, { level: 9 });
writeFileSync('data/language-model.txt.gz', gz);
for (const f of ['LICENSE-underthesea.txt', 'LICENSE-soe-vinorm.txt'])
  copyFileSync(join(sharedDir, f), join('data', f));
console.log(
  `data/language-model.txt.gz: ${vocab.length} syllables, ${pairs.length} bigrams, ${abbreviations.length} abbreviations, ${(gz.length / 1e6).toFixed(2)} MB`,
);
