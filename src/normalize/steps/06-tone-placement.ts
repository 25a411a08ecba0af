import type { Edit } from '../edit.js';
import type { NormalizeStep } from '../step.js';
import { CHAR } from '../vietnamese/char-class.js';
import { placeTone } from '../vietnamese/place-tone.js';

const LETTER = CHAR.letter;
const TONED = CHAR.toned;
const VOWEL = CHAR.vowel;
const isLetterCode = (c: number): boolean => LETTER[c] === 1;
const isTonedCode = (c: number): boolean => TONED[c] === 1;
const isVowelCode = (c: number): boolean => VOWEL[c] === 1;

/** Words seen before, and their placement: a plan uses a few thousand distinct words. */
const memo = { old: new Map<string, string>(), new: new Map<string, string>() };
const MEMO_LIMIT = 50_000;

function placed(word: string, style: 'old' | 'new'): string {
  const cache = memo[style];
  let to = cache.get(word);
  if (to === undefined) {
    if (cache.size > MEMO_LIMIT) cache.clear();
    to = placeTone(word, style);
    cache.set(word, to);
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
      if (!isLetterCode(text.charCodeAt(i))) {
        i++;
        continue;
      }
      const start = i;
      let candidate = false;
      let prevVowel = false;
      let prevToned = false;
      for (; i < n; i++) {
        const c = text.charCodeAt(i);
        if (!isLetterCode(c)) break;
        const vowel = isVowelCode(c);
        const toned = isTonedCode(c);
        if (vowel && prevVowel && (toned || prevToned)) candidate = true;
        prevVowel = vowel;
        prevToned = toned;
      }
      if (!candidate) continue;
      const word = text.slice(start, i);
      const to = placed(word, style);
      if (to !== word) edits.push({ start, end: i, to, kind: 'tone', confidence: 1 });
    }
    return edits;
  },
};
