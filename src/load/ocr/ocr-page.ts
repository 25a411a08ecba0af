import type { PageContent } from '../pdf/read-page.js';
import { readingOrder } from '../pdf/reading-order.js';
import type { OcrLine, OcrPage } from './recognize.js';

/** Tesseract's blocks are not always in reading order: lines top down, and left to right on one row. */
function topDown(lines: readonly OcrLine[]): OcrLine[] {
  const sorted = [...lines].sort((a, b) => a.top - b.top);
  const rows: OcrLine[][] = [];
  for (const line of sorted) {
    const row = rows.at(-1);
    // Lines whose tops are within a third of a text line (about 12 px at 200 dpi) share a row.
    if (row && line.top - row[0]!.top < 12) row.push(line);
    else rows.push([line]);
  }
  return rows.flatMap((row) => row.sort((a, b) => a.left - b.left));
}

/**
 * OCR lines as a page the PDF steps understand (running lines, reading order), the columns parting
 * where recognize() cut a line in two.
 */
export function ocrPage(ocr: OcrPage): PageContent {
  const lines = ocr.lines.length
    ? ocr.lines
    : ocr.text
        .split('\n')
        .filter((l) => l.trim())
        .map((text, k) => ({ text, top: k * 40, left: 0, right: 0 }));
  const width = Math.max(1, ocr.width);
  const height = Math.max(1, Math.max(...lines.map((l) => l.top)) * 1.1);
  const blocks = topDown(lines).map((line) => ({
    kind: 'line' as const,
    line: { ...line, text: line.text.trim() },
  }));
  return { width, height, blocks: readingOrder(blocks, width, ocr.split ?? width * 0.5) };
}
