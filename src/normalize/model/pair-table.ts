/**
 * An open-addressing hash table from a pair of small non-negative integers to a count. The
 * syllable bigram lookups are the hot path of OCR correction: typed arrays and integer
 * hashing keep them at a few nanoseconds, where a Map of 200,000 number keys is ten times slower.
 *
 * Whether a pair is present is also kept in a bitset for the pairs of ids below `denseBelow`:
 * the table spans megabytes, so a lookup is a cache miss whenever other work ran in between
 * (as in a whole parse), while the bitset of the most frequent syllables' pairs (the model's
 * ids are in order of frequency; below 1024 they make nine lookups in ten) stays in cache.
 */
export class PairTable {
  private readonly keysA: Int32Array;
  private readonly keysB: Int32Array;
  private readonly values: Float64Array;
  private readonly mask: number;
  private readonly dense: Uint32Array;
  size = 0;

  constructor(
    expected: number,
    private readonly denseBelow = 0,
  ) {
    let capacity = 16;
    while (capacity < expected * 2) capacity *= 2;
    this.keysA = new Int32Array(capacity).fill(-1);
    this.keysB = new Int32Array(capacity);
    this.values = new Float64Array(capacity);
    this.mask = capacity - 1;
    this.dense = new Uint32Array(Math.ceil((denseBelow * denseBelow) / 32));
  }

  private slot(a: number, b: number): number {
    let h = (Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca6b)) >>> 0;
    h = (h ^ (h >>> 15)) & this.mask;
    for (;;) {
      const k = this.keysA[h]!;
      if (k === -1 || (k === a && this.keysB[h] === b)) return h;
      h = (h + 1) & this.mask;
    }
  }

  set(a: number, b: number, value: number): void {
    const h = this.slot(a, b);
    if (this.keysA[h] === -1) {
      this.keysA[h] = a;
      this.keysB[h] = b;
      this.size++;
      if (a < this.denseBelow && b < this.denseBelow) {
        const bit = a * this.denseBelow + b;
        this.dense[bit >>> 5]! |= 1 << (bit & 31);
      }
    }
    this.values[h] = value;
  }

  /** The value, or 0 when the pair is absent. */
  get(a: number, b: number): number {
    const h = this.slot(a, b);
    return this.keysA[h] === -1 ? 0 : this.values[h]!;
  }

  has(a: number, b: number): boolean {
    const d = this.denseBelow;
    if (a < d && b < d && a >= 0 && b >= 0) {
      const bit = a * d + b;
      return (this.dense[bit >>> 5]! & (1 << (bit & 31))) !== 0;
    }
    return this.keysA[this.slot(a, b)] !== -1;
  }
}
