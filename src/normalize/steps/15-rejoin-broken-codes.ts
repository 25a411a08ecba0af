import type { Edit } from '../edit.js';
import type { NormalizeStep } from '../step.js';

// '23-', '03/CT-', '1631/QĐ-UBND-', 'CT-TTg/': a code token ending in '-' or '/' (capitals or
// digits, at most two small letters at its end: 'TTg'), read backwards from a line end.
const CODE_BEFORE = /(?<![\p{L}\p{N}])[\p{Lu}\d][\p{L}\d]{0,11}(?<=[\p{Lu}\d]|[\p{Lu}\d]\p{Ll}{1,2})[-/]$/u;
// 'QĐ/TW', 'UBND', 'HC ngày', 'TTg', '2025': a code token starting the next line.
const CODE_AFTER = /^[\p{Lu}\d][\p{Lu}\d]{0,11}\p{Ll}{0,2}(?![\p{L}\d])/u;
// A space or a tab, by code: tested at every line end.
const isSpace = (c: number): boolean => c === 32 || c === 9;

/**
 * Rejoins a document code or a hyphenated token broken at a line end, without inventing a
 * space: '23- ⏎QĐ/TW' → '23-QĐ/TW', '03/CT-⏎UBND', '1631/QĐ-UBND-⏎⏎HC' (one blank line
 * between is a page break). Scans line ends only, so a text without them costs nothing.
 */
export const rejoinBrokenCodes: NormalizeStep = {
  name: 'rejoin-broken-codes',
  run(text) {
    const edits: Edit[] = [];
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1)) {
      let end = nl;
      while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
      const mark = text[end - 1];
      if (mark !== '-' && mark !== '/') continue;
      if (!CODE_BEFORE.test(text.slice(Math.max(0, end - 16), end))) continue;
      let next = nl + 1;
      while (next < text.length && isSpace(text.charCodeAt(next))) next++;
      if (text[next] === '\n') {
        next++;
        while (next < text.length && isSpace(text.charCodeAt(next))) next++;
      }
      if (!CODE_AFTER.test(text.slice(next, next + 20))) continue;
      edits.push({ start: end, end: next, to: '', kind: 'layout', confidence: 0.9 });
      nl = next - 1;
    }
    return edits;
  },
};
