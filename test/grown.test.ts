import { describe, expect, test } from 'vitest';
import { grown } from '../src/grown.js';

describe('grown', () => {
  test('a longer array of the same kind, with the old elements first and zeros after', () => {
    const ints = Int32Array.of(-1, 2, 3);
    const longer = grown(ints, 5);
    expect(longer).toBeInstanceOf(Int32Array);
    expect([...longer]).toEqual([-1, 2, 3, 0, 0]);
    expect(longer).not.toBe(ints);
  });

  test('keeps only the first `keep` elements: what lies past them was never written', () => {
    const units = Uint16Array.of(0x1ea1, 0x1ec7, 9, 9);
    const longer = grown(units, 6, 2);
    expect(longer).toBeInstanceOf(Uint16Array);
    expect([...longer]).toEqual([0x1ea1, 0x1ec7, 0, 0, 0, 0]);
    const bytes = grown(Uint8Array.of(255, 1), 3, 1);
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect([...bytes]).toEqual([255, 0, 0]);
  });
});
