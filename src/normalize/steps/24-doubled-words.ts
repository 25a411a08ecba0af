import type { Edit } from '../edit.js';
import { type LanguageModel, languageModel } from '../model/language-model.js';
import { asOcrResult } from '../ocr/as-ocr-result.js';
import type { NormalizeStep } from '../step.js';
import { CHAR } from '../vietnamese/char-class.js';
import { Bit } from '../words/scan-words.js';
import { wordsOf } from '../words/words-of.js';

const LETTER = CHAR.letter;
const isLetterCode = (c: number): boolean => LETTER[c] === 1;

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
const LONGEST = 5;

const isBlank = (c: number) => c === 32 || c === 9;

/** Whether text[from, to) is one or more spaces and tabs. */
function blankBetween(text: string, from: number, to: number): boolean {
  if (from >= to) return false;
  for (let i = from; i < to; i++) if (!isBlank(text.charCodeAt(i))) return false;
  return true;
}

/**
 * The model ids of the words never doubled, as a table by id, or null when the model lacks one
 * of them (then the words are compared as strings).
 */
const neverDoubledIds = new WeakMap<LanguageModel, Uint8Array | null>();
function neverDoubledTable(model: LanguageModel): Uint8Array | null {
  let table = neverDoubledIds.get(model);
  if (table === undefined) {
    table = new Uint8Array(model.syllables.length);
    for (const word of NEVER_DOUBLED) {
      const id = model.ids.get(word);
      if (id === undefined) {
        table = null;
        break;
      }
      table[id] = 1;
    }
    neverDoubledIds.set(model, table);
  }
  return table;
}

/**
 * Two runs of letters with only spaces or tabs between, the second one of the words above,
 * the first the same word in either case: the second goes. The runs are read off the text's
 * words (runs of letters and digits): a word is one run of letters unless it holds a digit,
 * and the model id of a word tells whether it can be one of the twelve without slicing it.
 */
export const doubledWords: NormalizeStep = {
  name: 'doubled-words',
  run(text, options) {
    const edits: Edit[] = [];
    if (options.ocrCorrection === 'off') return asOcrResult(edits, options);
    const model = languageModel();
    const words = wordsOf(text, model);
    const never = neverDoubledTable(model);
    const { start, end, id, bits } = words;
    for (let k = 1; k < words.count; k++) {
      const w = id[k]!;
      // Two words without digits that are the same word in either case have the same id (of
      // the lower-case, old-style word); so do no two words in a hundred.
      const pairDigits = ((bits[k]! | bits[k - 1]!) & Bit.Digit) !== 0;
      if (!pairDigits && never !== null && w !== id[k - 1]) continue;
      const digits = (bits[k]! & Bit.Digit) !== 0;
      const prevDigits = (bits[k - 1]! & Bit.Digit) !== 0;
      // A word without digits is one of the twelve only if its id is.
      if (!digits && never !== null && (w < 0 || never[w] !== 1)) continue;
      const s = start[k]!;
      let e = end[k]!;
      if (digits) e = lettersFrom(text, s, e);
      const len = e - s;
      if (len === 0 || len > LONGEST || !blankBetween(text, end[k - 1]!, s)) continue;
      const prevEnd = end[k - 1]!;
      const prevStart = prevDigits ? lettersBack(text, start[k - 1]!, prevEnd) : start[k - 1]!;
      if (prevEnd - prevStart !== len) continue;
      const word = text.slice(s, e).toLowerCase();
      if (NEVER_DOUBLED.has(word) && text.slice(prevStart, prevEnd).toLowerCase() === word) {
        edits.push({ start: prevEnd, end: e, to: '', kind: 'ocr', confidence: 0.9 });
      }
    }
    return asOcrResult(edits, options);
  },
};

/** The end of the run of letters that starts at `from` (a word that holds digits: '2025', 'B2'). */
function lettersFrom(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && isLetterCode(text.charCodeAt(i))) i++;
  return i;
}

/** The start of the run of letters that ends at `to`. */
function lettersBack(text: string, from: number, to: number): number {
  let i = to;
  while (i > from && isLetterCode(text.charCodeAt(i - 1))) i--;
  return i;
}
