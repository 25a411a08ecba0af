import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { deadlineSchema } from '../src/schema/deadline.js';
import { deadlinesOf } from './helpers/deadlines.js';

// Text made of the grammar's own pieces, so the rules fire often and in odd combinations.
const pieces = [
  'trước ngày ',
  'Thời gian thực hiện: ',
  'Thường xuyên',
  ' trong năm ',
  'quý II',
  'hàng tháng, quý',
  'Định kỳ 6 tháng',
  ' (trước ngày 10/6)',
  'từ ngày ',
  ' đến ',
  'giai đoạn ',
  '2021-2025',
  '20/6/2022',
  'ngày 20 tháng 6 năm 2022',
  '6 tháng đầu năm',
  'cuối năm',
  'Báo cáo ',
  'số 33/CT-TTg ',
  '\n',
  '- ',
  '.',
  ' ',
  '15',
  '/',
  'năm 2024',
];
const plan = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((xs) => xs.join(''));

describe('deadline stage properties', () => {
  test('never throws; records validate, spans slice to their text and do not overlap', () => {
    fc.assert(
      fc.property(plan, fc.option(fc.integer({ min: 1990, max: 2040 }), { nil: null }), (text, year) => {
        const found = deadlinesOf(text, year);
        let last = 0;
        for (const d of found) {
          expect(deadlineSchema.safeParse(d).success).toBe(true);
          expect(d.span.start).toBeGreaterThanOrEqual(last);
          expect(d.span.end).toBeGreaterThan(d.span.start);
          expect(text.slice(d.span.start, d.span.end).replace(/\s+/g, ' ')).toBe(d.text);
          if (d.start && d.end) expect(d.start <= d.end).toBe(true);
          last = d.span.end;
        }
      }),
      { numRuns: 500 },
    );
  });
});
