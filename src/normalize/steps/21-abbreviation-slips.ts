import type { Edit } from '../edit.js';
import { languageModel } from '../model/language-model.js';
import { asOcrResult } from '../ocr/as-ocr-result.js';
import type { NormalizeStep } from '../step.js';
import { Bit } from '../words/scan-words.js';
import { wordsOf } from '../words/words-of.js';

// Capital letters OCR engines give a stray mark or swap with a digit: 'ƯBND' for 'UBND', 'HÐND'.
const SLIPS: ReadonlyArray<readonly [string, string]> = [
  ['Ư', 'U'],
  ['Ơ', 'O'],
  ['Ô', 'O'],
  ['Ă', 'A'],
  ['Â', 'A'],
  ['D', 'Đ'],
  ['Đ', 'D'],
  ['0', 'O'],
  ['1', 'I'],
];

// 'ƯBND', 'HĐND': a character a slip may have put in a token.
const SLIP_CHAR = new Uint8Array(0x10000);
for (const [from] of SLIPS) SLIP_CHAR[from.charCodeAt(0)] = 1;

/**
 * An upper-case token that is no known abbreviation but is one slip away from exactly one
 * ('ƯBND' → 'UBND') is that abbreviation. Syllables in capitals ('ỦY', 'BAN') are words, not
 * abbreviations, and are left to the OCR correction. The tokens are the text's words (runs of
 * letters and digits), of which only those of capitals and digits are looked at.
 */
export const abbreviationSlips: NormalizeStep = {
  name: 'abbreviation-slips',
  run(text, options) {
    if (options.ocrCorrection === 'off') return [];
    const model = languageModel();
    const edits: Edit[] = [];
    const words = wordsOf(text, model);
    const { start, end, bits } = words;
    for (let k = 0; k < words.count; k++) {
      if ((bits[k]! & Bit.UpperCode) === 0 || !holdsSlipChar(text, start[k]!, end[k]!)) continue;
      const to = slipFixed(text, start[k]!, end[k]!, model);
      if (to !== null) edits.push({ start: start[k]!, end: end[k]!, to, kind: 'ocr', confidence: 0.9 });
    }
    return asOcrResult(edits, options);
  },
};

function holdsSlipChar(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (SLIP_CHAR[text.charCodeAt(i)] === 1) return true;
  return false;
}

/**
 * The abbreviation a token of capitals and digits (Bit.UpperCode: at least one capital) is one
 * slip away from, if exactly one.
 */
function slipFixed(
  text: string,
  start: number,
  end: number,
  model: ReturnType<typeof languageModel>,
): string | null {
  if (end - start < 2 || end - start > 12) return null;
  const token = text.slice(start, end);
  if (model.abbreviations.has(token) || model.ids.has(token.toLowerCase())) return null;
  const found = new Set<string>();
  for (const [from, to] of SLIPS) {
    for (let at = token.indexOf(from); at >= 0; at = token.indexOf(from, at + 1)) {
      const fixed = token.slice(0, at) + to + token.slice(at + from.length);
      if (model.abbreviations.has(fixed)) found.add(fixed);
    }
  }
  if (found.size !== 1) return null;
  const [to] = found;
  return to!;
}
