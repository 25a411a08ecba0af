import iconv from 'iconv-lite';
import { VNI_CODES } from '../../src/normalize/encoding/vni.js';
import { splitTone } from '../../src/normalize/vietnamese/tones.js';

const TONE_MARKS = ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323'];

// Punctuation that TCVN3 and VISCII have no code for: Word writes the Windows-1252 byte.
const PUNCTUATION = /[‘’“”–—…•]/;

function withPunctuation(text: string, encoding: string): Uint8Array {
  const parts: Buffer[] = [];
  for (const ch of text.normalize('NFC')) {
    parts.push(iconv.encode(ch, PUNCTUATION.test(ch) ? 'windows-1252' : encoding));
  }
  return new Uint8Array(Buffer.concat(parts));
}

/** Unicode text → the bytes an old Vietnamese Word file would hold. */
export function encodeLegacy(
  text: string,
  encoding: 'tcvn3' | 'vni' | 'viscii' | 'windows-1258',
): Uint8Array {
  switch (encoding) {
    case 'tcvn3':
      return withPunctuation(text, 'tcvn');
    case 'viscii':
      return withPunctuation(text, 'viscii');
    case 'windows-1258': {
      // Windows-1258 has the letters with hats and horns, and the tone as a combining mark.
      let out = '';
      for (const ch of text.normalize('NFC')) {
        const s = splitTone(ch);
        out += s?.tone ? s.base + TONE_MARKS[s.tone] : ch;
      }
      return iconv.encode(out, 'windows-1258');
    }
    case 'vni': {
      const inverse = new Map<string, string>();
      for (const [code, letter] of VNI_CODES) if (!inverse.has(letter)) inverse.set(letter, code);
      let out = '';
      for (const ch of text.normalize('NFC')) out += inverse.get(ch) ?? ch;
      return iconv.encode(out, 'windows-1252');
    }
  }
}
