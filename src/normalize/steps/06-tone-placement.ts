import type { Edit } from '../edit.js';
import type { NormalizeStep } from '../step.js';
import { TokenTable } from '../token-table.js';
import { CHAR } from '../vietnamese/char-class.js';
import { placeTone } from '../vietnamese/place-tone.js';

// One table for the three tests the scan makes on every character.
const LETTER = 1;
const VOWEL = 2;
const TONED = 4; // VOWEL << 1: see the pair test in run()
const KIND = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  KIND[c] = (CHAR.letter[c]! && LETTER) | (CHAR.vowel[c]! && VOWEL) | (CHAR.toned[c]! && TONED);
}

/**
 * Words seen before and their placement (null: already placed so), looked up where they stand:
 * a plan uses a few thousand distinct words, and most candidates need no change.
 */
const memo = { old: new TokenTable<string | null>(50_000), new: new TokenTable<string | null>(50_000) };

function placed(text: string, start: number, end: number, style: 'old' | 'new'): string | null {
  const cache = memo[style];
  const hash = TokenTable.hash(text, start, end);
  let to = cache.get(text, start, end, hash);
  if (to === undefined) {
    const word = text.slice(start, end);
    const moved = placeTone(word, style);
    to = moved === word ? null : moved;
    cache.add(text, start, end, hash, to);
  }
  return to;
}

/**
 * One tone style throughout (SPEC §3): 'old' (default) puts the mark of an open 'oa', 'oe',
 * 'uy' on the first vowel as administrative texts do ('Tỉnh uỷ' → 'Tỉnh ủy', 'Thanh Hoá' →
 * 'Thanh Hóa'); 'new' on the second; 'preserve' leaves the text as it is. Only words with a
 * tone-marked vowel next to another vowel can have the mark in the wrong place ('họach').
 */
export const tonePlacement: NormalizeStep = {
  name: 'tone-placement',
  run(text, options) {
    if (options.toneStyle === 'preserve') return [];
    const style = options.toneStyle;
    const edits: Edit[] = [];
    const n = text.length;
    // One pass over the characters, looking for the candidate pair itself rather than word by
    // word: a loop that stops at every word's start and end mispredicts a branch at each, and
    // that costs more than the test; only one word in four holds a pair.
    let prev = 0;
    for (let i = 0; i < n; i++) {
      const kind = KIND[text.charCodeAt(i)]!;
      // Both vowels (VOWEL << 1 lands on TONED), and one of them toned.
      const pair = ((kind & prev) << 1) & (kind | prev) & TONED;
      prev = kind;
      if (pair === 0) continue;
      let start = i - 1;
      while (start > 0 && (KIND[text.charCodeAt(start - 1)]! & LETTER) !== 0) start--;
      let end = i + 1;
      while (end < n && (KIND[text.charCodeAt(end)]! & LETTER) !== 0) end++;
      const to = placed(text, start, end, style);
      if (to !== null) edits.push({ start, end, to, kind: 'tone', confidence: 1 });
      // The rest of the word is decided: go on after it (prev = 0: a non-letter follows).
      i = end;
      prev = 0;
    }
    return edits;
  },
};
