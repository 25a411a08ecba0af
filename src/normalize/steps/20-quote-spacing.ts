import type { Edit } from '../edit.js';
import { asOcrResult } from '../ocr/as-ocr-result.js';
import type { NormalizeStep } from '../step.js';

// A closing quote glued to the next word: 'thụ hưởng”gắn với'.
const GLUED_CLOSE = /(?<=\p{L}[.,!?]?)”(?=\p{L})/gu;
// A closing quote that opens a quotation: 'Chính phủ ”về đổi mới”'.
const WRONG_OPEN = /(?<=^|[\s(])”(?=\p{L}[^”“]{0,400}”)/gmu;

/** Quotes misread or glued by OCR: a space after a closing quote, an opening one where it opens. */
export const quoteSpacing: NormalizeStep = {
  name: 'quote-spacing',
  run(text, options) {
    if (!text.includes('”')) return [];
    const edits: Edit[] = [];
    for (const m of text.matchAll(GLUED_CLOSE)) {
      edits.push({ start: m.index, end: m.index + 1, to: '” ', kind: 'layout', confidence: 0.9 });
    }
    for (const m of text.matchAll(WRONG_OPEN)) {
      edits.push({ start: m.index, end: m.index + 1, to: '“', kind: 'ocr', confidence: 0.8 });
    }
    return asOcrResult(edits, options);
  },
};
