import { tonePosition } from '../../src/normalize/vietnamese/place-tone.js';
import { splitTone, stripTone, type Tone, withTone } from '../../src/normalize/vietnamese/tones.js';

/** A small fixed-seed generator (mulberry32): the same noise on every run. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HAT_LOST: Readonly<Record<string, string>> = { â: 'a', ă: 'a', ê: 'e', ô: 'o', ơ: 'o', ư: 'u', đ: 'd' };
const HAT_ADDED: Readonly<Record<string, string>> = { a: 'â', e: 'ê', o: 'ô', u: 'ư' };

type Noise = (word: string, rnd: () => number) => string | null;

const pick = <T>(xs: readonly T[], rnd: () => number): T => xs[Math.floor(rnd() * xs.length)]!;

/** The tone changed or dropped ('tổ' → 'tố', 'quyết' → 'quyêt'). */
const tone: Noise = (word, rnd) => {
  const { bare, tone: t } = stripTone(word);
  const at = tonePosition(bare, 'old');
  if (at < 0) return null;
  const others = ([0, 1, 2, 3, 4, 5] as Tone[]).filter((x) => x !== t);
  const split = splitTone(bare[at]!);
  if (!split) return null;
  return bare.slice(0, at) + withTone(split.base, pick(others, rnd)) + bare.slice(at + 1);
};

/** A hat, horn or breve lost or added ('khiếu' → 'khiêu' keeps its tone: 'nhằm' → 'nhàm'). */
const mark: Noise = (word, rnd) => {
  const chars = [...word];
  const spots = chars
    .map((ch, i) => ({ i, split: splitTone(ch), ch }))
    .filter(({ split, ch }) => (split && (HAT_LOST[split.base] || HAT_ADDED[split.base])) || ch === 'đ');
  if (spots.length === 0) return null;
  const { i, split, ch } = pick(spots, rnd);
  if (ch === 'đ') chars[i] = 'd';
  else {
    const base = HAT_LOST[split!.base] ?? HAT_ADDED[split!.base]!;
    chars[i] = withTone(base, split!.tone);
  }
  return chars.join('');
};

/** 'l' read as 'ỉ', 'i' or '1' ('lập' → 'ỉập'). */
const ell: Noise = (word, rnd) => (word.includes('l') ? word.replace('l', pick(['ỉ', 'i', '1'], rnd)) : null);

/** 'm' read as 'rn' ('mới' → 'rnới'). */
const rn: Noise = (word) => (word.includes('m') ? word.replace('m', 'rn') : null);

export const NOISES = { tone, mark, ell, rn } as const;

/** Upper-case abbreviations with a stray horn ('UBND' → 'ƯBND'). */
export const abbreviationNoise = (word: string): string | null =>
  word.includes('U') ? word.replace('U', 'Ư') : null;
