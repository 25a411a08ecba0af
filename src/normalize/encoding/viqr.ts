import { splitTone, type Tone, withTone } from '../vietnamese/tones.js';

/**
 * VIQR (RFC 1456): Vietnamese in ASCII, each mark typed after its letter —
 * 'Vie^.t Nam', 'ngu+o+`i', 'DDa?ng' ('Việt Nam', 'người', 'Đảng').
 */

// A word of VIQR: letters, the mark characters, and backslash escapes.
// 'ngu+o+`i', 'Vie^.t'
// It starts a word: the 'a.' at the end of 'hòa.' is a Unicode word and a full stop, not 'ạ'.
export const VIQR_WORD = /(?<![\p{L}\p{M}])[A-Za-z](?:[A-Za-z^(+'`?~.]|\\[^\s])*/gu;

const SHAPES: Readonly<Record<string, string>> = {
  'a(': 'ă',
  'a^': 'â',
  'e^': 'ê',
  'o^': 'ô',
  'o+': 'ơ',
  'u+': 'ư',
};
const TONES: Readonly<Record<string, Tone>> = { "'": 1, '`': 2, '?': 3, '~': 4, '.': 5 };

/**
 * A VIQR word → Unicode, or null when it holds no mark (nothing to decode). Trailing '.'
 * and '?' stay punctuation unless they follow a vowel; callers check the result.
 */
export function decodeViqr(word: string): string | null {
  let out = '';
  let marked = false;
  let toned = false;
  for (let i = 0; i < word.length; i++) {
    const ch = word[i]!;
    if (ch === '\\' && i + 1 < word.length) {
      out += word[++i];
      continue;
    }
    const lower = ch.toLowerCase();
    if (lower === 'd' && word[i + 1]?.toLowerCase() === 'd') {
      out += ch === 'D' ? 'Đ' : 'đ';
      i++;
      marked = true;
      continue;
    }
    let letter = ch;
    const shape = SHAPES[lower + (word[i + 1] ?? '')];
    if (shape) {
      letter = ch === lower ? shape : shape.toUpperCase();
      i++;
      marked = true;
    }
    const tone = TONES[word[i + 1] ?? ''];
    const split = splitTone(letter);
    // One tone per syllable: 'No^.i.' is 'Nội' and a full stop.
    if (tone && split && !toned) {
      toned = true;
      letter = withTone(split.base, tone);
      i++;
      marked = true;
    }
    out += letter;
  }
  return marked ? out : null;
}
