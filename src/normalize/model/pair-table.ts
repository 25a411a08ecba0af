/** Ids a pair may hold: both fit in 16 bits, so a pair is one 32-bit key. */
export const PAIR_ID_LIMIT = 0xffff;
/** The empty slot's key: ids stop below 0xffff, so no pair packs to it. */
const EMPTY = 0xffffffff;

/**
 * An open-addressing hash table from a pair of small non-negative integers to a count. The
 * syllable bigram lookups are the hot path of OCR correction: typed arrays and integer
 * hashing keep them at a few nanoseconds, where a Map of 200,000 number keys is ten times slower.
 *
 * A pair is packed into one 32-bit key and a count is 32 bits (the model file stores u32): at
 * 200,000 pairs the table is 4 MB, held once in every thread that parses, where two 32-bit id
 * columns and 64-bit values made it 8 MB and touched two cache lines a probe.
 *
 * Whether a pair is present is also kept in a bitset for the pairs of ids below `denseBelow`:
 * the table spans megabytes, so a lookup is a cache miss whenever other work ran in between
 * (as in a whole parse), while the bitset of the most frequent syllables' pairs (the model's
 * ids are in order of frequency; below 1024 they make nine lookups in ten) stays in cache.
 */
export class PairTable {
  private readonly keys: Uint32Array;
  private readonly values: Uint32Array;
  private readonly mask: number;
  private readonly dense: Uint32Array;
  size = 0;

  constructor(
    expected: number,
    private readonly denseBelow = 0,
  ) {
    let capacity = 16;
    while (capacity < expected * 2) capacity *= 2;
    this.keys = new Uint32Array(capacity).fill(EMPTY);
    this.values = new Uint32Array(capacity);
    this.mask = capacity - 1;
    this.dense = new Uint32Array(Math.ceil((denseBelow * denseBelow) / 32));
  }

  /** The slot holding the pair, or the empty one where it would go. */
  private slot(key: number): number {
    let h = Math.imul(key, 0x9e3779b1) >>> 0;
    h = (h ^ (h >>> 15)) & this.mask;
    for (;;) {
      const k = this.keys[h]!;
      if (k === key || k === EMPTY) return h;
      h = (h + 1) & this.mask;
    }
  }

  /** Sets a pair's count; ids must be below PAIR_ID_LIMIT and the count a u32. */
  set(a: number, b: number, value: number): void {
    if (!(a >= 0 && a < PAIR_ID_LIMIT && b >= 0 && b < PAIR_ID_LIMIT)) {
      throw new RangeError(`pair ids must be in [0, ${PAIR_ID_LIMIT}): got ${a}, ${b}`);
    }
    const key = a * 0x10000 + b;
    const h = this.slot(key);
    if (this.keys[h] === EMPTY) {
      this.keys[h] = key;
      this.size++;
      if (a < this.denseBelow && b < this.denseBelow) {
        const bit = a * this.denseBelow + b;
        this.dense[bit >>> 5]! |= 1 << (bit & 31);
      }
    }
    this.values[h] = value;
  }

  /**
   * The count, or 0 when the pair is absent. A negative id ("none") is absent: it is the one
   * id that would pack onto another pair's key. Ids at or past PAIR_ID_LIMIT need no test on
   * this hot path: set never stores them, and their keys match no stored key.
   */
  get(a: number, b: number): number {
    if ((a | b) < 0) return 0;
    const h = this.slot(a * 0x10000 + b);
    return this.keys[h] === EMPTY ? 0 : this.values[h]!;
  }

  /** Whether the pair is present (as get, without the count). */
  has(a: number, b: number): boolean {
    if ((a | b) < 0) return false;
    const d = this.denseBelow;
    if (a < d && b < d) {
      const bit = a * d + b;
      return (this.dense[bit >>> 5]! & (1 << (bit & 31))) !== 0;
    }
    return this.keys[this.slot(a * 0x10000 + b)] !== EMPTY;
  }
}
