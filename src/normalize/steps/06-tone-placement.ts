import type { Edit } from '../edit.js';
import type { NormalizeStep } from '../step.js';
import { TokenTable } from '../token-table.js';
import { CHAR } from '../vietnamese/char-class.js';
import { placeTone } from '../vietnamese/place-tone.js';
import { MARKED_VOWELS, splitTone } from '../vietnamese/tones.js';

// One table for the tests the scan makes on every character: a letter; a vowel; a vowel with
// a tone mark on a plain base (a e i o u y: 'à', 'ạ', 'ỷ'); a vowel whose base has a hat, horn
// or breve ('ê', 'ư', 'ă'), and such a vowel with a tone mark ('ệ', 'ườ').
const LETTER = 1;
const VOWEL = 2;
const TONED_PLAIN = 4; // VOWEL << 1: see the pair test in run()
const MARKED = 8;
const TONED_MARKED = 16; // MARKED << 1: see the run test in run()
const KIND = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  const split = splitTone(String.fromCharCode(c));
  let kind = CHAR.letter[c]! && LETTER;
  if (split) {
    const marked = MARKED_VOWELS.has(split.base);
    kind |= VOWEL | (marked ? MARKED : 0);
    if (split.tone !== 0) kind |= marked ? TONED_MARKED : TONED_PLAIN;
  }
  KIND[c] = kind;
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
 * 'Thanh Hóa'); 'new' on the second; 'preserve' leaves the text as it is.
 *
 * placeTone moves a word's only tone mark from position t to tonePosition p ≠ t. Only two kinds
 * of word can have it so, and only those are looked up: a mark on a plain vowel next to another
 * vowel ('họach', 'hoà', 'cuả'; next to none, the vowel is the whole cluster and p = t), and a
 * mark on a vowel with a hat or horn followed in its cluster by another such vowel ('ừơ': p is
 * the last of them). The common 'việc', 'người', 'được' are neither, and are not looked up.
 */
export const tonePlacement: NormalizeStep = {
  name: 'tone-placement',
  run(text, options) {
    if (options.toneStyle === 'preserve') return [];
    const style = options.toneStyle;
    const edits: Edit[] = [];
    const n = text.length;
    // One pass over the characters, looking for the telling vowels themselves rather than word
    // by word: a loop that stops at every word's start and end mispredicts a branch at each,
    // and that costs more than the tests, which are made without branches.
    let prev = 0;
    let markedRun = 0; // TONED_MARKED when one stands earlier in the current run of vowels
    for (let i = 0; i < n; i++) {
      const kind = KIND[text.charCodeAt(i)]!;
      // Two vowels (VOWEL << 1 lands on TONED_PLAIN), one of them toned on a plain base; or a
      // vowel with a hat or horn after a toned one (TONED_MARKED >> 1 lands on MARKED).
      const telling =
        (((kind & prev) << 1) & (kind | prev) & TONED_PLAIN) | ((markedRun >> 1) & kind & MARKED);
      markedRun = (markedRun | kind) & -((kind >> 1) & 1) & TONED_MARKED;
      prev = kind;
      if (telling === 0) continue;
      let start = i - 1;
      while (start > 0 && (KIND[text.charCodeAt(start - 1)]! & LETTER) !== 0) start--;
      let end = i + 1;
      while (end < n && (KIND[text.charCodeAt(end)]! & LETTER) !== 0) end++;
      const to = placed(text, start, end, style);
      if (to !== null) edits.push({ start, end, to, kind: 'tone', confidence: 1 });
      // The rest of the word is decided: go on after it (a non-letter follows).
      i = end;
      prev = 0;
      markedRun = 0;
    }
    return edits;
  },
};
