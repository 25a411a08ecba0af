import { writevSync } from 'node:fs';

/**
 * Writes the chunks in order with as few system calls as the kernel allows (one, nearly
 * always), and finishes a short write (a signal, a full pipe) so a record is never left torn.
 */
export function writeAll(fd: number, chunks: readonly Uint8Array[]): void {
  const left = chunks.filter((chunk) => chunk.byteLength > 0);
  while (left.length) {
    let written = writevSync(fd, left);
    while (left.length && written >= left[0]!.byteLength) written -= left.shift()!.byteLength;
    if (written > 0) left[0] = left[0]!.subarray(written);
  }
}
