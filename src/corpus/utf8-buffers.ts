import { grown } from '../grown.js';

const utf8 = new TextEncoder();

/**
 * Encodes a worker's output into byte buffers that the main thread hands back once written.
 * A plan's JSON is ≈ 60 KB: allocating a fresh buffer per plan leaves the main thread holding
 * tens of megabytes of written, dead buffers between its rare garbage collections, while two or
 * three buffers going back and forth serve a whole batch.
 */
export class Utf8Buffers {
  private readonly spare: ArrayBuffer[] = [];

  /** A buffer the main thread has finished with. */
  giveBack(buffer: ArrayBuffer): void {
    this.spare.push(buffer);
  }

  /**
   * The groups encoded one after the other into one buffer: a view of each group's bytes (its
   * texts, joined).
   */
  encode(groups: ReadonlyArray<readonly string[]>): Uint8Array[] {
    let bytes = new Uint8Array(this.spare.pop() ?? new ArrayBuffer(1 << 16));
    let end = 0;
    const ends: number[] = [];
    for (const texts of groups) {
      for (const text of texts) {
        let read = 0;
        for (;;) {
          const done = utf8.encodeInto(read ? text.slice(read) : text, bytes.subarray(end));
          read += done.read;
          end += done.written;
          if (read === text.length) break;
          // Too small: a bigger one, kept for the next files (a UTF-16 unit is at most 3 bytes).
          bytes = grown(bytes, Math.max(2 * bytes.length, end + 3 * (text.length - read)), end);
        }
      }
      ends.push(end);
    }
    return ends.map((to, i) => bytes.subarray(i ? ends[i - 1] : 0, to));
  }
}
