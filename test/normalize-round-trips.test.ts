import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { normalizeText } from '../src/index.js';
import { decodeText } from '../src/load/decode-text.js';
import { corpusDir, corpusFiles } from './helpers/corpus.js';
import { encodeLegacy } from './helpers/legacy-encode.js';

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
// The seeds' 'ƣ' has no code in any legacy encoding: the byte variants start from 'ư'.
const withU = (s: string) => s.replace(/ƣ/g, 'ư').replace(/Ƣ/g, 'Ư');

const variants: Record<string, (seed: string) => string> = {
  '(a) NFD': (seed) => seed.normalize('NFD'),
  "(b) every 'ư' as 'ƣ'": (seed) => seed.replace(/ư/g, 'ƣ').replace(/Ư/g, 'Ƣ'),
  '(c) new-style tones': (seed) => normalizeText(seed, { toneStyle: 'new', steps: ['tone-placement'] }).text,
  '(d) TCVN3 bytes': (seed) => decodeText(encodeLegacy(withU(seed), 'tcvn3')).text,
  '(e) VNI bytes': (seed) => decodeText(encodeLegacy(withU(seed), 'vni')).text,
  '(f) VISCII bytes': (seed) => decodeText(encodeLegacy(withU(seed), 'viscii')).text,
  '(g) Windows-1258 bytes': (seed) => decodeText(encodeLegacy(withU(seed), 'windows-1258')).text,
};

/** Breaks every line at the last space before `width` columns. */
function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    let rest = line;
    while (rest.length > width) {
      const cut = rest.lastIndexOf(' ', width);
      if (cut <= 0) break;
      out.push(rest.slice(0, cut));
      rest = rest.slice(cut + 1);
    }
    out.push(rest);
  }
  return out;
}

/** A blank line after every line, and a page number on its own line every 45 lines. */
function padded(lines: string[]): string {
  const out: string[] = [];
  lines.forEach((line, i) => {
    out.push(line, '');
    if ((i + 1) % 45 === 0) out.push(String((i + 1) / 45 + 1), '');
  });
  return out.join('\n');
}

describe.each(corpusFiles())('round trips of %s', (file) => {
  const seed = readFileSync(join(corpusDir, file), 'utf8');
  const clean = squash(normalizeText(seed).text);
  test.each(Object.keys(variants))('%s → the same text as the clean seed', (name) => {
    const damaged = variants[name]!(seed);
    expect(damaged).not.toBe(seed);
    expect(squash(normalizeText(damaged).text)).toBe(clean);
  });
  // (h) the repaired text hard-wrapped at 70 columns, a blank line after every line and a page
  // number every 45 lines, as PDF exports print it: normalization must take it all back.
  test('(h) hard-wrapped, blank-line padded, page-numbered → the same text as the clean seed', () => {
    const damaged = padded(wrap(normalizeText(seed).text, 70));
    expect(squash(normalizeText(damaged).text)).toBe(clean);
  });
});
