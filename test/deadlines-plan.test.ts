import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { parsePlan } from '../src/index.js';

// A plan written for this test (not one of the corpus documents): citations with dates, a law's
// date of effect, a cited 'giai đoạn', label lines, a season bound, ranges, a monthly due day,
// 'đột xuất', a meeting's clock time (its day is when the plan asks it held) — end to end
// through parsePlan.
const text = readFileSync(new URL('./fixtures/deadlines-plan.txt', import.meta.url), 'utf8');

test('a whole plan gives exactly its deadlines', async () => {
  const plan = await parsePlan(text, { referenceYear: 2024 });
  const got = plan.deadlines.map((d) => [plan.text.slice(d.span.start, d.span.end), d.kind]);
  expect(got).toEqual([
    ['trước ngày 30/3/2024', 'before'],
    ['Quý II/2024', 'period'],
    ['trước mùa mưa bão (trước ngày 15/8/2024)', 'before'],
    ['từ ngày 10 đến 12/7/2024', 'range'],
    ['Thường xuyên', 'continuous'],
    ['từ tháng 8 đến tháng 11/2024', 'range'],
    ['trước ngày 25 hằng tháng', 'recurring'],
    ['trước ngày 15/6/2024', 'before'],
    ['trước ngày 15/12/2024', 'before'],
    ['cuối năm', 'period'],
    ['vào lúc 8 giờ 00 ngày 20/3/2024', 'date'],
  ]);
});
