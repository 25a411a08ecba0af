/** MinHash signatures of word shingles: near-duplicate plans without comparing every pair of texts. */

export const SIGNATURE_SIZE = 64;
const SHINGLE_WORDS = 5;

// Fixed seeds: signatures must be comparable across runs and machines.
const SEEDS = Array.from({ length: SIGNATURE_SIZE }, (_, i) => fmix32(Math.imul(i + 1, 0x9e3779b9)));

/** MurmurHash3's finalizer: spreads the bits of a 32-bit value. */
function fmix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

// 'Phòng Văn hóa - Thông tin' → phòng, văn, hóa, thông, tin: punctuation and layout do not count.
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * The signature of a text: for each of 64 hash functions, the least hash over its 5-word
 * shingles. Two signatures agree in a position with probability equal to the texts' Jaccard
 * similarity. A text shorter than one shingle is one shingle.
 */
export function minhashSignature(text: string): Uint32Array {
  const words = text.toLowerCase().match(WORD) ?? [];
  const shingles = new Set<number>();
  const last = Math.max(1, words.length - SHINGLE_WORDS + 1);
  for (let i = 0; i < last; i++) shingles.add(fnv1a(words.slice(i, i + SHINGLE_WORDS).join(' ')));
  const signature = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (const shingle of shingles) {
    for (let k = 0; k < SIGNATURE_SIZE; k++) {
      const h = fmix32(shingle ^ SEEDS[k]!);
      if (h < signature[k]!) signature[k] = h;
    }
  }
  return signature;
}

/** The estimated Jaccard similarity of the two texts behind two signatures. */
export function estimateSimilarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let k = 0; k < SIGNATURE_SIZE; k++) if (a[k] === b[k]) same++;
  return same / SIGNATURE_SIZE;
}

/**
 * Locality-sensitive hashing: signatures cut into bands of 3 rows; two texts are candidates
 * when a band is equal. With 21 bands a pair at similarity 0.5 is found 94% of the time, at 0.7
 * always, while unrelated plans rarely meet.
 */
export function bandKeys(signature: Uint32Array): string[] {
  const keys: string[] = [];
  for (let band = 0; band + 3 <= SIGNATURE_SIZE; band += 3) {
    keys.push(`${band}:${signature[band]}:${signature[band + 1]}:${signature[band + 2]}`);
  }
  return keys;
}
