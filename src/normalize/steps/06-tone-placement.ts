import type { Edit } from '../edit.js';
import type { NormalizeStep } from '../step.js';
import { TokenTable } from '../token-table.js';
import { CHAR } from '../vietnamese/char-class.js';
import { placeTone } from '../vietnamese/place-tone.js';

// One table for the three tests the scan makes on every character.
const LETTER = 1;
const VOWEL = 2;
const TONED = 4;
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
    let i = 0;
    while (i < n) {
      if ((KIND[text.charCodeAt(i)]! & LETTER) === 0) {
        i++;
        continue;
      }
      const start = i;
      let candidate = false;
      let prev = 0;
      for (; i < n; i++) {
        const kind = KIND[text.charCodeAt(i)]!;
        if ((kind & LETTER) === 0) break;
        // A vowel next to a vowel, one of them toned: 'hoạch', 'Thanh Hoá'.
        if (kind & prev & VOWEL && (kind | prev) & TONED) candidate = true;
        prev = kind;
      }
      if (!candidate) continue;
      const to = placed(text, start, i, style);
      if (to !== null) edits.push({ start, end: i, to, kind: 'tone', confidence: 1 });
    }
    return edits;
  },
};
