import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { normalizeText } from '../src/normalize/index.js';
import { toSourceOffset } from '../src/normalize/to-source-offset.js';

const LAYOUT = [
  'line-endings',
  'unwrap-emphasis',
  'split-columns',
  'drop-running-headers',
  'drop-page-numbers',
  'drop-blank-line-padding',
  'rejoin-broken-codes',
  'join-wrapped-lines',
];

// Lines of a plan as PDF exports print them: wrapped, padded, numbered pages, two columns.
const planLine = fc.constantFrom(
  'I. MỤC ĐÍCH, YÊU CẦU',
  '1. Tổ chức quán triệt chủ trương, đường lối của Đảng,',
  'chính sách, pháp luật của Nhà nước về công tác dân vận',
  'Quyết định số 23-',
  'QĐ/TW ngày 30/7/2021 của Bộ Chính trị.',
  '- Tăng cường kiểm tra;',
  '4',
  '- 2 -',
  '',
  ' ',
  'Nơi nhận:                        CHỦ TỊCH',
  '**TM. ỦY BAN NHÂN DÂN',
  'CHỦ TỊCH**',
  '(*qua phòng Nội vụ*)',
  'Kế hoạch số 21/KH-UBND của UBND xã',
  'Nguyễn Văn A',
);
const layoutText = fc.oneof(
  fc.array(planLine, { maxLength: 40 }).map((l) => l.join('\n')),
  fc.string({ maxLength: 120 }),
  fc
    .array(fc.constantFrom('a', 'B', ' ', '\n', '-', '/', '*', '1', '.', ':', 'Đ'), { maxLength: 80 })
    .map((a) => a.join('')),
);

describe('layout steps: properties', () => {
  test('idempotent and never throw', () => {
    fc.assert(
      fc.property(layoutText, (s) => {
        const once = normalizeText(s, { steps: LAYOUT }).text;
        expect(normalizeText(once, { steps: LAYOUT }).text).toBe(once);
      }),
      { numRuns: 500 },
    );
  });

  test('the offset map is monotonic and ends at the end of the source', () => {
    fc.assert(
      fc.property(layoutText, (s) => {
        const r = normalizeText(s, { steps: LAYOUT });
        let last = 0;
        for (let i = 0; i <= r.text.length; i++) {
          const at = toSourceOffset(r, i);
          expect(at).toBeGreaterThanOrEqual(last);
          last = at;
        }
        expect(toSourceOffset(r, r.text.length)).toBe(s.length);
      }),
      { numRuns: 300 },
    );
  });
});
