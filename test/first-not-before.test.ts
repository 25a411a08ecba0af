import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstNotBefore } from '../src/first-not-before.js';

describe('firstNotBefore', () => {
  it('finds what a walk from the start finds, in any sorted list', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 })), fc.integer({ min: -60, max: 60 }), (xs, v) => {
        const sorted = xs.sort((a, b) => a - b);
        const walked = sorted.findIndex((x) => x >= v);
        expect(firstNotBefore(sorted.length, (i) => sorted[i]! < v)).toBe(
          walked < 0 ? sorted.length : walked,
        );
      }),
    );
  });

  it('gives 0 for an empty list and the count when every item comes before', () => {
    expect(firstNotBefore(0, () => true)).toBe(0);
    expect(firstNotBefore(5, () => true)).toBe(5);
    expect(firstNotBefore(5, () => false)).toBe(0);
  });
});
