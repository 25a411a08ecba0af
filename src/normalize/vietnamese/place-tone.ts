import { isVowel, MARKED_VOWELS, splitTone, stripTone, type Tone, withTone } from './tones.js';

export type ToneStyle = 'old' | 'new';

// Open pairs where the two styles differ: 'hòa' / 'hoà', 'khỏe' / 'khoẻ', 'thủy' / 'thuỷ'.
const STYLE_PAIRS = new Set(['oa', 'oe', 'uy']);

/**
 * Where the tone mark of a syllable belongs (index into `bare`), from its parts:
 * onset ('qu' and 'gi' before a vowel count as onsets), vowel cluster, coda.
 * - a vowel with a hat, horn or breve takes it (the second of 'ươ': 'người');
 * - else the middle of three vowels ('ngoài');
 * - else of two vowels the second when a coda follows ('hoàn'), the first when none
 *   ('mùa', 'hòa' in the old style; 'hoà', 'thuỷ' in the new one);
 * Returns -1 when `bare` does not look like one Vietnamese syllable.
 */
export function tonePosition(bare: string, style: ToneStyle): number {
  const lower = bare.toLowerCase();
  let v0 = 0;
  while (v0 < lower.length && !isVowel(lower[v0]!)) v0++;
  if (v0 === lower.length) return -1;
  // 'qu' + vowel and 'gi' + vowel: the u / i belongs to the onset ('quý', 'giữa'), not 'gìn'.
  if (
    v0 > 0 &&
    lower[v0 - 1] === 'q' &&
    lower[v0] === 'u' &&
    v0 + 1 < lower.length &&
    isVowel(lower[v0 + 1]!)
  )
    v0++;
  else if (
    v0 === 1 &&
    lower[0] === 'g' &&
    lower[1] === 'i' &&
    v0 + 1 < lower.length &&
    isVowel(lower[v0 + 1]!)
  )
    v0++;
  let v1 = v0;
  while (v1 < lower.length && isVowel(lower[v1]!)) v1++;
  if (v1 - v0 > 3) return -1;
  for (let i = v1; i < lower.length; i++) if (isVowel(lower[i]!)) return -1;
  const cluster = lower.slice(v0, v1);
  const hasCoda = v1 < lower.length;
  for (let i = cluster.length - 1; i >= 0; i--) if (MARKED_VOWELS.has(cluster[i]!)) return v0 + i;
  if (cluster.length === 3) return v0 + 1;
  if (cluster.length === 2) {
    if (hasCoda) return v0 + 1;
    if (STYLE_PAIRS.has(cluster)) return style === 'new' ? v0 + 1 : v0;
    return v0;
  }
  return v0;
}

/**
 * The syllable with its tone mark on the vowel the style wants ('Uỷ' → 'Ủy' in the old
 * style); letters and case are kept. Returns the word unchanged when it has no tone, more
 * than one, or is not one syllable.
 */
export function placeTone(word: string, style: ToneStyle): string {
  const { bare, tone, marks } = stripTone(word);
  if (marks !== 1) return word;
  const at = tonePosition(bare, style);
  if (at < 0) return word;
  return setTone(bare, at, tone);
}

function setTone(bare: string, at: number, tone: Tone): string {
  const ch = bare[at]!;
  const split = splitTone(ch);
  if (!split) return bare;
  return bare.slice(0, at) + withTone(split.base, tone) + bare.slice(at + 1);
}
