import { expect, test } from 'vitest';
import { extractCitations } from '../src/extract/citations/index.js';
import type { ExtractContext } from '../src/extract/types.js';

const MB = 1_000_000;

// A long line of one repeated piece must not make any citation rule backtrack.
test.each([
  ['dots', '.'],
  ['digits', '7'],
  ['dashes', '-'],
  ['number pieces', '1-QĐ/'],
  ['code pieces', 'QĐ-'],
  ['slashes and digits', '12/'],
  ['spaced separators', '1 - '],
  ['type words', 'Quyết định số '],
  ['laws', 'Luật Khiếu '],
  ['issuers', 'của Ban '],
  ['congress words', 'Nghị quyết Đại hội '],
  ['subjects', 'Chỉ thị của UBND tỉnh về việc '],
  ['programmes', 'Chương trình tổng '],
])('1 MB of %s stays fast', (_name, piece) => {
  const text = piece.repeat(Math.ceil(MB / piece.length));
  const t0 = performance.now();
  extractCitations({ text } as ExtractContext);
  expect(performance.now() - t0).toBeLessThan(3000);
});
