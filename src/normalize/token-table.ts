import { grown } from '../grown.js';
import { HASH_START, hashStep } from '../word-hash.js';

const LONGEST_KEPT = 64;

/**
 * A memo from words to what a step decided about them, looked up by the word's place in a text
 * rather than by the word as a string: the scanning loops meet every word of a plan, and slicing
 * each one out only to hash it into a Map (then throw it away) costs more than the decision it
 * looks up. Here the word is hashed and compared in place. The words themselves are kept one
 * after the other in one array of code units, and the slots and entries in typed arrays, so that
 * a lookup touches a few compact arrays rather than string objects spread over the heap (which
 * the rest of a parse pushes out of the cache). Open addressing, grown as needed and cleared
 * when it holds `limit` words, so memory stays bounded whatever the input.
 */
export class TokenTable<V> {
  /** By slot: the word's hash, then its entry number + 1 (0: an empty slot), side by side. */
  private slots = new Int32Array(32);
  private mask = 15;
  /** By entry: the word's hash, and where it ends in `chars` (it starts where the last one ended). */
  private hashes = new Int32Array(8);
  private ends = new Int32Array(8);
  private chars = new Uint16Array(64);
  private values: V[] = [];
  private count = 0;

  constructor(private readonly limit: number) {}

  /** FNV-1a over the UTF-16 code units of text[start, end). */
  static hash(text: string, start: number, end: number): number {
    let h = HASH_START;
    for (let i = start; i < end; i++) h = hashStep(h, text.charCodeAt(i));
    return h;
  }

  /** What was stored for the word text[start, end) (hash from TokenTable.hash), or undefined. */
  get(text: string, start: number, end: number, hash: number): V | undefined {
    const { slots, mask, ends, chars } = this;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = slots[2 * slot + 1]! - 1;
      if (entry < 0) return undefined;
      if (slots[2 * slot] !== hash) continue;
      const from = entry === 0 ? 0 : ends[entry - 1]!;
      if (ends[entry]! - from === length && sameAt(chars, from, text, start, length))
        return this.values[entry];
    }
  }

  /**
   * Stores a value for the word text[start, end), which is not in the table yet. Words longer
   * than any syllable or code are not kept: an endless 'word' of a damaged file would only hold
   * memory, and is never met again.
   */
  add(text: string, start: number, end: number, hash: number, value: V): void {
    if (end - start > LONGEST_KEPT) return;
    if (this.count >= this.limit) this.clear();
    const entry = this.count++;
    if (entry === this.hashes.length) {
      this.hashes = grown(this.hashes, 2 * entry);
      this.ends = grown(this.ends, 2 * entry);
    }
    const from = entry === 0 ? 0 : this.ends[entry - 1]!;
    const to = from + end - start;
    if (to > this.chars.length) this.chars = grown(this.chars, Math.max(2 * this.chars.length, to));
    for (let i = start; i < end; i++) this.chars[from + i - start] = text.charCodeAt(i);
    this.hashes[entry] = hash;
    this.ends[entry] = to;
    this.values[entry] = value;
    // At most half full, so that a probe ends soon.
    if (4 * this.count > this.slots.length) this.rehash(this.slots.length);
    else this.place(entry);
  }

  private place(entry: number): void {
    const { slots, mask } = this;
    const hash = this.hashes[entry]!;
    let slot = hash & mask;
    while (slots[2 * slot + 1] !== 0) slot = (slot + 1) & mask;
    slots[2 * slot] = hash;
    slots[2 * slot + 1] = entry + 1;
  }

  /** Twice as many slots (2 numbers each). */
  private rehash(length: number): void {
    this.slots = new Int32Array(2 * length);
    this.mask = length - 1;
    for (let entry = 0; entry < this.count; entry++) this.place(entry);
  }

  private clear(): void {
    this.count = 0;
    this.values = [];
    this.slots.fill(0);
  }
}

function sameAt(chars: Uint16Array, from: number, text: string, start: number, length: number): boolean {
  for (let i = 0; i < length; i++) if (chars[from + i] !== text.charCodeAt(start + i)) return false;
  return true;
}
