/**
 * The five Vietnamese tone marks and the letters that carry them.
 * A toned vowel is a base vowel ('a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y')
 * plus at most one tone mark; everything here works on that split.
 */

/** 0 = no mark (ngang); then sắc, huyền, hỏi, ngã, nặng. */
export type Tone = 0 | 1 | 2 | 3 | 4 | 5;

// The combining marks, by tone number; written as code points because they are not letters.
const MARKS = ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323'] as const;

const BASE_VOWELS = 'aăâeêioôơuưyAĂÂEÊIOÔƠUƯY';

/** Base vowels that carry a hat, horn or breve: the tone goes on them. */
export const MARKED_VOWELS = new Set('ăâêôơưĂÂÊÔƠƯ');

const SPLIT = new Map<string, { base: string; tone: Tone }>();
const JOIN = new Map<string, string>();
for (const base of BASE_VOWELS) {
  for (let t = 0; t < MARKS.length; t++) {
    const toned = (base + MARKS[t]).normalize('NFC');
    SPLIT.set(toned, { base, tone: t as Tone });
    JOIN.set(base + t, toned);
  }
}

/** 'ế' → { base: 'ê', tone: 1 }; a consonant or a plain vowel has tone 0; null for non-vowels. */
export function splitTone(ch: string): { base: string; tone: Tone } | null {
  return SPLIT.get(ch) ?? null;
}

/** 'ê' + 1 → 'ế'. */
export function withTone(base: string, tone: Tone): string {
  return JOIN.get(base + tone) ?? base;
}

/** True for any (toned or plain) Vietnamese vowel letter. */
export const isVowel = (ch: string): boolean => SPLIT.has(ch);

/**
 * 'Quyết' → 'Quyêt': the word without its tone marks, the tone it had (the last one wins)
 * and how many marks there were (a syllable has at most one: 'tỉết' is an OCR slip).
 */
export function stripTone(word: string): { bare: string; tone: Tone; marks: number } {
  let bare = '';
  let tone: Tone = 0;
  let marks = 0;
  for (const ch of word) {
    const s = SPLIT.get(ch);
    if (s && s.tone !== 0) {
      tone = s.tone;
      marks++;
      bare += s.base;
    } else bare += ch;
  }
  return { bare, tone, marks };
}

/** 'Việt' → 'Viet': every mark removed (tone, hat, horn, breve, and đ → d). */
export function stripAllMarks(word: string): string {
  return word
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
}
