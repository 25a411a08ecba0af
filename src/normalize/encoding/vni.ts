/**
 * VNI-Windows: a Vietnamese letter is an ASCII base letter followed by a mark character
 * ('Keá hoaïch' is 'Kế hoạch'), except a few one-character letters ('ñ' đ, 'ô' ơ, 'ö' ư,
 * 'æ' ỉ, 'ò' ị, 'ó' ĩ, 'î' ỵ). iconv-lite has no table for it, so it is built here.
 */

// Tone marks in the order sắc, huyền, hỏi, ngã, nặng; lower case then upper case.
const TONE_MARKS = { lower: 'ùøûõï', upper: 'ÙØÛÕÏ' } as const;
// A circumflex with a tone ('aá' = 'ấ'), and a breve with a tone ('aé' = 'ắ').
const HAT_MARKS = { lower: 'âáàåãä', upper: 'ÂÁÀÅÃÄ' } as const;
const BREVE_MARKS = { lower: 'êéèúüë', upper: 'ÊÉÈÚÜË' } as const;

const TONED = {
  a: 'aáàảãạ',
  ă: 'ăắằẳẵặ',
  â: 'âấầẩẫậ',
  e: 'eéèẻẽẹ',
  ê: 'êếềểễệ',
  o: 'oóòỏõọ',
  ô: 'ôốồổỗộ',
  ơ: 'ơớờởỡợ',
  u: 'uúùủũụ',
  ư: 'ưứừửữự',
  y: 'yýỳỷỹỵ',
} as const;

function build(): Map<string, string> {
  const map = new Map<string, string>();
  for (const upper of [false, true]) {
    const c = (s: string) => (upper ? s.toUpperCase() : s);
    const tones = upper ? TONE_MARKS.upper : TONE_MARKS.lower;
    const hats = upper ? HAT_MARKS.upper : HAT_MARKS.lower;
    const breves = upper ? BREVE_MARKS.upper : BREVE_MARKS.lower;
    // base letter in VNI → the Vietnamese vowel it starts
    const plain: Array<[string, keyof typeof TONED]> = [
      ['a', 'a'],
      ['e', 'e'],
      ['o', 'o'],
      ['u', 'u'],
      ['y', 'y'],
      [upper ? 'Ô' : 'ô', 'ơ'],
      [upper ? 'Ö' : 'ö', 'ư'],
    ];
    for (const [code, vowel] of plain) {
      const base = c(code);
      const forms = TONED[vowel];
      map.set(base, c(forms[0]!));
      for (let t = 0; t < 5; t++) map.set(base + tones[t], c(forms[t + 1]!));
    }
    for (const [base, vowel] of [
      ['a', 'â'],
      ['e', 'ê'],
      ['o', 'ô'],
    ] as const) {
      for (let t = 0; t < 6; t++) map.set(c(base) + hats[t], c(TONED[vowel][t]!));
    }
    for (let t = 0; t < 6; t++) map.set(c('a') + breves[t], c(TONED.ă[t]!));
    map.set(upper ? 'Ñ' : 'ñ', c('đ'));
    map.set(upper ? 'Æ' : 'æ', c('ỉ'));
    map.set(upper ? 'Ò' : 'ò', c('ị'));
    map.set(upper ? 'Ó' : 'ó', c('ĩ'));
    map.set(upper ? 'Î' : 'î', c('ỵ'));
  }
  // The plain letters map to themselves: keep only real changes.
  for (const [k, v] of map) if (k === v) map.delete(k);
  return map;
}

/** VNI code (one or two characters) → Unicode letter. */
export const VNI_CODES: ReadonlyMap<string, string> = build();
const VNI = VNI_CODES;

/** A VNI-encoded word (as Windows-1252 characters) → Unicode; two-character codes first. */
export function decodeVni(word: string): string {
  let out = '';
  let i = 0;
  while (i < word.length) {
    const two = VNI.get(word.slice(i, i + 2));
    if (two !== undefined && i + 1 < word.length) {
      out += two;
      i += 2;
      continue;
    }
    const ch = word[i]!;
    out += VNI.get(ch) ?? ch;
    i++;
  }
  return out;
}
