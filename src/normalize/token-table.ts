/**
 * A memo from words to what a step decided about them, looked up by the word's place in a text
 * rather than by the word as a string: the scanning loops meet every word of a plan, and slicing
 * each one out only to hash it into a Map (then throw it away) costs more than the decision it
 * looks up. Here the word is hashed and compared in place; a string is made only the first time a
 * word is met. Open addressing, grown as needed and cleared when it holds `limit` words (so
 * memory stays bounded whatever the input).
 */
const INITIAL = 1024;

/** TokenTable.hash one code unit at a time, for a loop that hashes words while it finds them. */
export const HASH_START = 0x811c9dc5 | 0;
export const hashStep = (hash: number, code: number): number => Math.imul(hash ^ code, 0x01000193);

export class TokenTable<V> {
  private hashes = new Int32Array(INITIAL);
  private keys: Array<string | undefined> = new Array(INITIAL).fill(undefined);
  private values: Array<V | undefined> = new Array(INITIAL).fill(undefined);
  private mask = INITIAL - 1;
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
    const { hashes, keys, mask } = this;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const key = keys[slot];
      if (key === undefined) return undefined;
      if (hashes[slot] === hash && key.length === length && sameAt(key, text, start))
        return this.values[slot];
    }
  }

  /** Stores a value for a word not in the table yet. */
  add(word: string, hash: number, value: V): void {
    if (this.count >= this.limit) this.clear();
    // At most half full, so that a probe ends soon.
    if (2 * (this.count + 1) > this.keys.length) this.resize(2 * this.keys.length);
    this.put(word, hash, value);
  }

  private put(word: string, hash: number, value: V): void {
    const { keys, mask } = this;
    let slot = hash & mask;
    while (keys[slot] !== undefined) slot = (slot + 1) & mask;
    keys[slot] = word;
    this.hashes[slot] = hash;
    this.values[slot] = value;
    this.count++;
  }

  private resize(capacity: number): void {
    const { keys, hashes, values } = this;
    this.hashes = new Int32Array(capacity);
    this.keys = new Array(capacity).fill(undefined);
    this.values = new Array(capacity).fill(undefined);
    this.mask = capacity - 1;
    this.count = 0;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (key !== undefined) this.put(key, hashes[i]!, values[i] as V);
    }
  }

  private clear(): void {
    this.resize(INITIAL);
  }
}

function sameAt(key: string, text: string, start: number): boolean {
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}
