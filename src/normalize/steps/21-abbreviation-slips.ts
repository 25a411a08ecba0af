import type { Edit } from '../edit.js';
import { languageModel } from '../model/language-model.js';
import { asOcrResult } from '../ocr/as-ocr-result.js';
import type { NormalizeStep } from '../step.js';

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
  ['l', 'I'],
];

// An upper-case token of two to twelve letters or digits: 'ƯBND', 'HĐND', 'QĐ'.
const TOKEN = /(?<![\p{L}\d])[\p{Lu}\d][\p{Lu}\d]{1,11}(?![\p{L}\d])/gu;

/**
 * An upper-case token that is no known abbreviation but is one slip away from exactly one
 * ('ƯBND' → 'UBND') is that abbreviation. Syllables in capitals ('ỦY', 'BAN') are words, not
 * abbreviations, and are left to the OCR correction.
 */
export const abbreviationSlips: NormalizeStep = {
  name: 'abbreviation-slips',
  run(text, options) {
    if (options.ocrCorrection === 'off') return [];
    const model = languageModel();
    const edits: Edit[] = [];
    for (const m of text.matchAll(TOKEN)) {
      const token = m[0];
      if (model.abbreviations.has(token) || /^\d+$/.test(token)) continue;
      if (model.ids.has(token.toLowerCase())) continue;
      const found = new Set<string>();
      for (const [from, to] of SLIPS) {
        for (let at = token.indexOf(from); at >= 0; at = token.indexOf(from, at + 1)) {
          const fixed = token.slice(0, at) + to + token.slice(at + from.length);
          if (model.abbreviations.has(fixed)) found.add(fixed);
        }
      }
      if (found.size !== 1) continue;
      const [to] = found;
      edits.push({ start: m.index, end: m.index + token.length, to: to!, kind: 'ocr', confidence: 0.9 });
    }
    return asOcrResult(edits, options);
  },
};
