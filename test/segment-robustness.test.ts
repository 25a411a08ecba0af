import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parsePlan } from '../src/index.js';
import { normalizeText } from '../src/normalize/index.js';
import type { Section } from '../src/schema/section.js';
import { segment } from '../src/segment/index.js';

const flat = (sections: readonly Section[]): Section[] => sections.flatMap((s) => [s, ...flat(s.children)]);

describe('segment: linear time on hostile input', () => {
  const MB = 1 << 20;
  test.each([
    ['dots', '.'.repeat(MB)],
    ['digits', '1'.repeat(MB)],
    ['dashes', '-'.repeat(MB)],
    ['spaces then a capital', `${' '.repeat(MB)}A`],
    ['letters', 'a'.repeat(MB)],
    ['numbered-looking words', '1. Phòng a B '.repeat(MB / 13)],
    ['dots then a letter', `${'.'.repeat(MB)}x`],
    ['many short numbered lines', '1.\n2.\nI.\na)\n- \n'.repeat(MB / 16)],
  ])('%s', async (_name, input) => {
    const t0 = performance.now();
    const plan = await parsePlan(input);
    expect(performance.now() - t0).toBeLessThan(8000);
    expect(plan.schemaVersion).toBe(1);
  });
});

describe('segment: properties', () => {
  const line = fc.oneof(
    fc.constantFrom(
      'KẾ HOẠCH',
      'I. MỤC ĐÍCH',
      'II. NHIỆM VỤ',
      '1. Phòng Nội vụ: theo dõi.',
      '2.1. Thanh tra',
      'a) Tuyên truyền',
      '- Lưu: VT.',
      'Nơi nhận:',
      'TM. ỦY BAN NHÂN DÂN',
      'CHỦ TỊCH',
      'Nguyễn Văn A',
      'Số: 21/KH-UBND',
      'Nam Chính, ngày 16 tháng 01 năm 2025',
      'PHẦN THỨ NHẤT',
      '',
    ),
    fc.string({ maxLength: 40 }),
  );
  test('never throws; every section span lies in the text and holds its heading span', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), (lines) => {
        const text = normalizeText(lines.join('\n')).text;
        const seg = segment(text, []);
        for (const s of flat(seg.sections)) {
          expect(s.span.start).toBeLessThanOrEqual(s.headingSpan.start);
          expect(s.headingSpan.end).toBeLessThanOrEqual(s.span.end);
          expect(s.span.end).toBeLessThanOrEqual(text.length);
          expect(new Set(flat(seg.sections).map((x) => x.id)).size).toBe(flat(seg.sections).length);
        }
      }),
      { numRuns: 300 },
    );
  });
});
