import { KehoachError } from '../../errors.js';
import { placeTone } from './place-tone.js';

// A run of letters: one syllable of Vietnamese text ('Thanh', 'Hoá').
const WORD = /\p{L}+/gu;

/**
 * A key under which spellings that differ only in tone-mark placement, case, Unicode
 * composition or the 'ƣ' glyph are equal: 'Thanh Hoá', 'thanh hóa' and 'THANH HÓA' all give
 * 'thanh hóa'. Use it to match names; it is not meant for display.
 */
export function toneInsensitiveKey(text: string): string {
  if (typeof text !== 'string')
    throw new KehoachError('INVALID_OPTIONS', 'toneInsensitiveKey takes a string');
  return text
    .normalize('NFC')
    .replace(/ƣ/g, 'ư')
    .replace(/Ƣ/g, 'Ư')
    .toLowerCase()
    .replace(WORD, (w) => placeTone(w, 'old'));
}
