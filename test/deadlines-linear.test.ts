import { describe, expect, test } from 'vitest';
import { deadlinesOf } from './helpers/deadlines.js';

// A 1 MB line of what the patterns look for must not slow the stage down (no backtracking).
const hostile: Array<[name: string, unit: string]> = [
  ['digits', '1'],
  ['dots', '.'],
  ['dashes', '-'],
  ['slashes and digits', '1/'],
  ['dates without end', '12/12/'],
  ['spaces and digits', '1 '],
  ['trigger words', 'trước ngày '],
  ['recurrence words', 'hàng tháng, '],
  ['period words', 'định kỳ 6 '],
  ['years and dashes', '2021-'],
  ['continuous words', 'thường xuyên '],
];

describe('the deadline stage runs in linear time', () => {
  test.each(hostile)('1 MB of %s', (_name, unit) => {
    const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const t0 = performance.now();
    deadlinesOf(text);
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});
