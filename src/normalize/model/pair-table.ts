/**
 * An open-addressing hash table from a pair of small non-negative integers to a count. The
 * syllable bigram lookups are the hot path of OCR correction: typed arrays and integer
 * hashing keep them at a few nanoseconds, where a Map of 200,000 number keys is ten times slower.
 */
export class PairTable {
  private readonly keysA: Int32Array;
  private readonly keysB: Int32Array;
  private readonly values: Float64Array;
  private readonly mask: number;
  size = 0;

  constructor(expected: number) {
    let capacity = 16;
    while (capacity < expected * 2) capacity *= 2;
    this.keysA = new Int32Array(capacity).fill(-1);
    this.keysB = new Int32Array(capacity);
    this.values = new Float64Array(capacity);
    this.mask = capacity - 1;
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
    }
    this.values[h] = value;
  }

  /** The value, or 0 when the pair is absent. */
  get(a: number, b: number): number {
    const h = this.slot(a, b);
    return this.keysA[h] === -1 ? 0 : this.values[h]!;
  }

  has(a: number, b: number): boolean {
    return this.keysA[this.slot(a, b)] !== -1;
  }
}
