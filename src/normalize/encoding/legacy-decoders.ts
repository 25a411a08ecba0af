import { decodeWithTable, TCVN3, VISCII, WINDOWS_1258 } from './table-decoders.js';
import { decodeViqr, VIQR_WORD } from './viqr.js';
import { decodeVni } from './vni.js';

/** One legacy encoding: which runs of text are its words, and how a word decodes. */
export interface LegacyDecoder {
  /** The name reported as source.encoding. */
  name: 'tcvn3' | 'vni' | 'viscii' | 'windows-1258' | 'viqr';
  words: RegExp;
  /** The Unicode word, or null when there is nothing to decode in it. */
  decode(word: string): string | null;
}

// A word as legacy bytes show it in Windows-1252: letters plus the symbols and controls that
// stand for Vietnamese letters ('ho¹ch', 'tr­êng', 'Keá', TCVN3 'H–C' for 'HỌC'). Curly quotes,
// dashes, '…' and '•' count only inside a word: at its edge, and in Unicode text, they are
// punctuation. NBSP is left out.
const W =
  '[\\p{L}\\p{M}\\u00ad\\u0080-\\u009f\\u00a1-\\u00bf\\u00d7\\u00f7\\u0160\\u0161\\u0152\\u0153\\u0178\\u017d\\u017e\\u0192\\u02c6\\u02dc\\u201a\\u201e\\u2020\\u2021\\u2030\\u2039\\u203a\\u20ac\\u2122\\u0001-\\u0006\\u0011-\\u0017\\u0019\\u001e]';
const INNER = '[\\u2018\\u2019\\u201c\\u201d\\u2013\\u2014\\u2026\\u2022]';
export const LEGACY_WORD = new RegExp(`${INNER}?${W}+(?:${INNER}${W}+)*${INNER}?`, 'gu');
const INNER_SPLIT = new RegExp(`(${INNER})`, 'u');
const HAS_INNER = new RegExp(INNER, 'u');

/** A word through a decoder, piece by piece: what each piece was and became. */
export interface DecodedPiece {
  raw: string;
  decoded: string;
  /** Curly quotes and dashes kept as punctuation. */
  punctuation: boolean;
}

/**
 * A word through a decoder. Where it holds a curly quote or a dash, these are letters only if
 * the whole word then decodes to a syllable (TCVN3 'H–C' is 'HỌC'); otherwise they stay
 * punctuation ('hưởng”gắn'). A soft hyphen that makes a piece no syllable is dropped, as the
 * glyph step would drop it ('­KÕ').
 */
export function decodePieces(
  decoder: LegacyDecoder,
  word: string,
  isSyllable: (w: string) => boolean,
): DecodedPiece[] {
  const one = (raw: string): DecodedPiece => {
    const decoded = decoder.decode(raw) ?? raw;
    if (isSyllable(decoded) || !raw.includes('\u00ad')) return { raw, decoded, punctuation: false };
    const bare = raw.replaceAll('\u00ad', '');
    const without = decoder.decode(bare) ?? bare;
    return { raw, decoded: isSyllable(without) ? without : decoded, punctuation: false };
  };
  if (!HAS_INNER.test(word)) return [one(word)];
  const whole = one(word);
  if (isSyllable(whole.decoded)) return [whole];
  return word
    .split(INNER_SPLIT)
    .filter((part) => part !== '')
    .map((part) => (HAS_INNER.test(part) ? { raw: part, decoded: part, punctuation: true } : one(part)));
}

const table = (name: LegacyDecoder['name'], map: Map<string, string>): LegacyDecoder => ({
  name,
  words: LEGACY_WORD,
  decode: (word) => {
    const out = decodeWithTable(map, word);
    return out === word ? null : out;
  },
});

export const legacyDecoders: readonly LegacyDecoder[] = [
  table('tcvn3', TCVN3),
  {
    name: 'vni',
    words: LEGACY_WORD,
    decode: (word) => {
      const out = decodeVni(word);
      return out === word ? null : out;
    },
  },
  table('viscii', VISCII),
  table('windows-1258', WINDOWS_1258),
  { name: 'viqr', words: VIQR_WORD, decode: decodeViqr },
];

// Characters that Vietnamese Unicode text does not use but legacy bytes shown as
// Windows-1252 do: TCVN3 'ho¹ch', VNI 'ngöôøi', VISCII 'ß' (ư), Windows-1258 'Þ', pdf.js 'μ'.
export const LEGACY_SIGNATURE =
  /[\u0001-\u0006\u0011-\u0017\u0019\u001e\u0080-\u009f\u00a1-\u00bf\u00c4-\u00c7\u00cb\u00ce-\u00d1\u00d6-\u00d8\u00db\u00dc\u00de\u00df\u00e4-\u00e7\u00eb\u00ee-\u00f1\u00f6-\u00f8\u00fb\u00fc\u00fe\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u03bc\u201a\u201e\u2020\u2039\u203a\u2021\u2030\u20ac\u2122]/;

// VIQR marks after a vowel ('Vie^.t', 'ngu+o+`i') or a doubled d ('DDa?ng').
export const VIQR_HINT = /[aeiouyAEIOUY][\^(+][`'?~.]?|[aeiouyAEIOUY][`'?~][a-z]|\b[Dd][Dd][aeiouAEIOU]/g;
