import { languageModel } from '../model/language-model.js';
import { syllableCount, syllableId } from '../model/syllable-lookup.js';

/**
 * '.VnTimeH' (and the other 'H' fonts) draw TCVN3's lower-case codes as capitals, so a
 * heading comes out 'KẾ HOạCH'. A word whose ASCII letters are all capitals (at least two,
 * or none or one next to such a word that had TCVN3 letters: 'KÕ HO¹CH', not 'Sè: /KH-UBND')
 * is a capitals word: all its letters are upper-cased.
 */
export function restoreCapitals(words: ReadonlyArray<{ raw: string; decoded: string }>): string[] {
  const asciiCaps = words.map(({ raw }) => {
    let upper = 0;
    let lower = 0;
    for (const ch of raw) {
      if (ch >= 'A' && ch <= 'Z') upper++;
      else if (ch >= 'a' && ch <= 'z') lower++;
    }
    return lower > 0 ? -1 : upper;
  });
  const evidence = asciiCaps.map((n, i) => (words[i]!.decoded !== words[i]!.raw ? n : -1));
  return words.map(({ decoded }, i) => {
    const own = asciiCaps[i]!;
    const near = Math.max(evidence[i - 1] ?? -1, evidence[i + 1] ?? -1);
    const caps = own >= 2 || (own >= 0 && near >= 2);
    return caps ? decoded.toUpperCase() : decoded;
  });
}

const LOST = 'ư';
/** How much more frequent the word with 'ư' must be than a valid word without it. */
const RARER = 20;

/**
 * TCVN3 'ư' is byte 0xAD, the soft hyphen, which PDF extractors drop: 'tr­êng' arrives as
 * 'trêng' → 'trờng'. When a decoded word is no syllable, or a rare one ('ngời' beside
 * 'người'), the 'ư' is put back where that gives a far more frequent syllable ('trường').
 */
export function restoreLostU(word: string): string {
  const model = languageModel();
  const id = syllableId(word, model);
  let best = word;
  let bestCount = id < 0 ? 0 : model.counts[id]! * RARER;
  for (let i = 1; i <= word.length; i++) {
    const lower = word[i - 1] ?? '';
    const isUpper = lower !== lower.toLowerCase();
    const candidate = word.slice(0, i) + (isUpper ? LOST.toUpperCase() : LOST) + word.slice(i);
    const count = syllableCount(candidate, model);
    if (count > bestCount) {
      best = candidate;
      bestCount = count;
    }
  }
  return best;
}
