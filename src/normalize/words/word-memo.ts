import { grown } from '../../grown.js';
import { HASH_START, hashStep } from '../../word-hash.js';

const LONGEST_KEPT = 64;
/** Per slot: the word's hash, where its code units start in `chars`, its length, its value. */
const SLOT = 4;

/**
 * A memo from words to a non-negative integer, looked up by the word's place in a text's code
 * units (see TokenTable, whose idea this is): the scan of a text's words looks up every word,
 * so everything one look-up reads sits together — a slot holds the hash, the length, the value
 * and where the word's code units are, four slots to a cache line — and the code units are
 * compared in place, with no string made. Open addressing, at most a quarter full, cleared
 * when it holds `limit` words.
 */
export class WordMemo {
  private slots = new Int32Array(64 * SLOT);
  private mask = 63;
  private chars = new Uint16Array(1024);
  private used = 0; // code units in `chars`
  private count = 0;

  constructor(private readonly limit: number) {}

  /** FNV-1a over units[start, end) (as TokenTable.hash). */
  static hash(units: Uint16Array, start: number, end: number): number {
    let h = HASH_START;
    for (let i = start; i < end; i++) h = hashStep(h, units[i]!);
    return h;
  }

  /** The value kept for the word units[start, end) (hash from WordMemo.hash), or -1. */
  get(units: Uint16Array, start: number, end: number, hash: number): number {
    const { slots, mask, chars } = this;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const at = slot * SLOT;
      const kept = slots[at + 2]!;
      if (kept === 0) return -1;
      if (slots[at] !== hash || kept !== length) continue;
      const from = slots[at + 1]!;
      let same = true;
      for (let i = 0; i < length; i++) {
        if (chars[from + i] !== units[start + i]) {
          same = false;
          break;
        }
      }
      if (same) return slots[at + 3]!;
    }
  }

  /**
   * Keeps a value for the word units[start, end), which is not kept yet. Words longer than any
   * syllable or code are not kept: an endless 'word' of a damaged file would only hold memory.
   */
  add(units: Uint16Array, start: number, end: number, hash: number, value: number): void {
    const length = end - start;
    if (length === 0 || length > LONGEST_KEPT) return;
    if (this.count >= this.limit) this.clear();
    if (4 * (this.count + 1) > this.mask + 1) this.grow();
    if (this.used + length > this.chars.length) {
      this.chars = grown(this.chars, 2 * (this.used + length), this.used);
    }
    this.chars.set(units.subarray(start, end), this.used);
    this.place(this.slots, this.mask, hash, this.used, length, value);
    this.used += length;
    this.count++;
  }

  private place(
    slots: Int32Array,
    mask: number,
    hash: number,
    from: number,
    length: number,
    value: number,
  ): void {
    let slot = hash & mask;
    while (slots[slot * SLOT + 2] !== 0) slot = (slot + 1) & mask;
    const at = slot * SLOT;
    slots[at] = hash;
    slots[at + 1] = from;
    slots[at + 2] = length;
    slots[at + 3] = value;
  }

  /** Twice as many slots. */
  private grow(): void {
    const old = this.slots;
    const size = 2 * (this.mask + 1);
    const slots = new Int32Array(size * SLOT);
    const mask = size - 1;
    for (let at = 0; at < old.length; at += SLOT) {
      if (old[at + 2] !== 0) this.place(slots, mask, old[at]!, old[at + 1]!, old[at + 2]!, old[at + 3]!);
    }
    this.slots = slots;
    this.mask = mask;
  }

  private clear(): void {
    this.slots.fill(0);
    this.used = 0;
    this.count = 0;
  }
}
