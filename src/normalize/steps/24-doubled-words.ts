import type { Edit } from '../edit.js';
import { asOcrResult } from '../ocr/as-ocr-result.js';
import type { NormalizeStep } from '../step.js';

/**
 * Function words that are never doubled in Vietnamese, so 'phù hợp với với tình hình' is a
 * slip. Content words can be ('thực hiện thực hiện' may be a heading's wording; 'từ từ' is a
 * word), so they are left alone.
 */
const NEVER_DOUBLED = new Set([
  'với',
  'của',
  'và',
  'các',
  'những',
  'được',
  'trong',
  'cho',
  'để',
  'theo',
  'tại',
  'là',
]);

// A word, spaces, the same word: 'với với'.
const DOUBLED = /(?<![\p{L}\d])(?<word>\p{L}{1,8})[ \t]+\k<word>(?![\p{L}\d])/gu;

export const doubledWords: NormalizeStep = {
  name: 'doubled-words',
  run(text, options) {
    const edits: Edit[] = [];
    for (const m of text.matchAll(DOUBLED)) {
      const word = m.groups!['word']!;
      if (!NEVER_DOUBLED.has(word.toLowerCase())) continue;
      edits.push({
        start: m.index + word.length,
        end: m.index + m[0].length,
        to: '',
        kind: 'ocr',
        confidence: 0.9,
      });
    }
    return asOcrResult(edits, options);
  },
};
