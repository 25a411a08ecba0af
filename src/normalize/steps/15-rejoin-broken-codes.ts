import type { Edit } from '../edit.js';
import type { NormalizeStep } from '../step.js';

// '23- ⏎QĐ/TW', '03/CT-⏎UBND', '1631/QĐ-UBND-⏎⏎HC', 'Covid-⏎19': a code token ending in '-' or '/'
// at a line end, and a code token (capitals or digits, at most two small letters: 'TTg') on the next line.
const BROKEN_CODE =
  /(?<![\p{L}\p{N}])[\p{Lu}\d][\p{L}\d]{0,11}(?<=[\p{Lu}\d]|[\p{Lu}\d]\p{Ll}{1,2})[-/](?<gap>[ \t]*\n(?:[ \t]*\n)?[ \t]*)(?=[\p{Lu}\d][\p{Lu}\d]*\p{Ll}{0,2}(?![\p{L}\d]))/gu;

/** Rejoins a document code or a hyphenated token broken at a line end, without inventing a space. */
export const rejoinBrokenCodes: NormalizeStep = {
  name: 'rejoin-broken-codes',
  run(text) {
    const edits: Edit[] = [];
    for (const m of text.matchAll(BROKEN_CODE)) {
      const gap = m.groups?.['gap'] ?? '';
      const end = m.index + m[0].length;
      edits.push({ start: end - gap.length, end, to: '', kind: 'layout', confidence: 0.9 });
    }
    return edits;
  },
};
