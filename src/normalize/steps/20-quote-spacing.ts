import type { Edit } from '../edit.js';
import { asOcrResult } from '../ocr/as-ocr-result.js';
import type { NormalizeStep } from '../step.js';
import { CHAR } from '../vietnamese/char-class.js';

const LETTER = CHAR.letter;
const isLetterCode = (c: number): boolean => LETTER[c] === 1;

const CLOSE = '”';
const OPEN = '“';
/** How far a quotation may run before its closing quote. */
const QUOTE_SPAN = 400;

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 40; // space, tab, line end, '('

/**
 * Quotes misread or glued by OCR: a closing quote glued to the next word gets a space
 * ('thụ hưởng”gắn với' → 'thụ hưởng” gắn với'), and a closing quote that opens a quotation
 * becomes an opening one ('Chính phủ ”về đổi mới…”' → '“về đổi mới…”').
 */
export const quoteSpacing: NormalizeStep = {
  name: 'quote-spacing',
  run(text, options) {
    const edits: Edit[] = [];
    for (let at = text.indexOf(CLOSE); at >= 0; at = text.indexOf(CLOSE, at + 1)) {
      const next = text.charCodeAt(at + 1);
      if (!isLetterCode(next)) continue;
      // 'hưởng”gắn' (also after '.', ',', '!' or '?'): a letter before, a letter after.
      let back = at - 1;
      if (back >= 0 && '.,!?'.includes(text[back]!)) back--;
      if (back >= 0 && isLetterCode(text.charCodeAt(back))) {
        edits.push({ start: at, end: at + 1, to: `${CLOSE} `, kind: 'layout', confidence: 0.9 });
        continue;
      }
      const opensQuote = at === 0 || isSpace(text.charCodeAt(at - 1));
      const closing = text.indexOf(CLOSE, at + 1);
      const opening = text.indexOf(OPEN, at + 1);
      if (opensQuote && closing > 0 && closing - at <= QUOTE_SPAN && (opening < 0 || opening > closing)) {
        edits.push({ start: at, end: at + 1, to: OPEN, kind: 'ocr', confidence: 0.8 });
      }
    }
    return asOcrResult(edits, options);
  },
};
