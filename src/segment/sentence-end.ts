import { isSpaceCode } from './white-space.js';

// Abbreviations whose '.' does not end a sentence: 'TP. Hải Dương', 'TM. Ủy ban', 'v.v. và'.
const ABBREVIATION_BEFORE = /(?:^|[\s(])(?:TP|Tp|TM|KT|TL|TUQ|ThS|TS|PGS|GS|St|Q|P|v\.v|Th|Đ|ĐT|Ths|BS)$/u;

const STOP = /[.!?]/g;
// What may close a sentence after its stop: a quote or a bracket.
const CLOSERS = '"”’)';

/**
 * Where the first sentence of `text` ends: the offset after its '.', '!' or '?' (and a
 * closing quote or bracket), or text.length when it never ends. A '.' ends a sentence
 * only before whitespace or the end, so '30/7.2021', '1.500' and '23-QĐ/TW.' mid-code do not.
 */
export function firstSentenceEnd(text: string): number {
  // A heading can run to a whole paragraph: the engine finds the stops, not a loop over letters.
  STOP.lastIndex = 0;
  for (let m = STOP.exec(text); m; m = STOP.exec(text)) {
    const i = m.index;
    const c = m[0];
    let j = i + 1;
    while (j < text.length && CLOSERS.includes(text.charAt(j))) j++;
    if (j < text.length && !isSpaceCode(text.charCodeAt(j))) continue;
    if (c === '.' && ABBREVIATION_BEFORE.test(text.slice(Math.max(0, i - 6), i))) continue;
    return j;
  }
  return text.length;
}
