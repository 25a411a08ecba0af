import { CharSet, codesWhere } from '../char-set.js';
import type { Edit } from '../edit.js';
import type { NormalizeStep } from '../step.js';

// A letter followed by combining marks: 'a\u0323\u0302' (NFD 'ậ') is composed to one code point.
// biome-ignore lint/suspicious/noMisleadingCharacterClass: the class lists combining marks on purpose
const COMBINING_RUN = /[^\u0300-\u036f][\u0300-\u036f\u1dc0-\u1dff\u20d0-\u20ff]+/g;
const COMBINING = new CharSet(
  codesWhere(
    (c) => (c >= 0x300 && c <= 0x36f) || (c >= 0x1dc0 && c <= 0x1dff) || (c >= 0x20d0 && c <= 0x20ff),
  ),
);

export const nfc: NormalizeStep = {
  name: 'nfc',
  run(text) {
    // Without a combining mark there is no run to compose (and no need to ask NFC).
    if (!COMBINING.foundIn(text) || text.normalize('NFC') === text) return [];
    const edits: Edit[] = [];
    for (const m of text.matchAll(COMBINING_RUN)) {
      const composed = m[0].normalize('NFC');
      if (composed !== m[0]) {
        edits.push({
          start: m.index,
          end: m.index + m[0].length,
          to: composed,
          kind: 'unicode',
          confidence: 1,
        });
      }
    }
    return edits;
  },
};
