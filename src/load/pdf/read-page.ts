import type { PdfPage, PdfParser, PdfTableData, PdfTextItem } from './open-pdf.js';
import { readingOrder } from './reading-order.js';

/** A line of a page, top to bottom, with where it stands (points from the top of the page). */
export interface PageLine {
  text: string;
  top: number;
  left: number;
  right: number;
  /** The top of the line's last printed line, when wrapped lines were joined into it. */
  lastTop?: number;
}

/** A page as the loader needs it: its lines in reading order, with ruled tables in their place. */
export interface PageContent {
  height: number;
  width: number;
  /** Lines and tables in content order; a table stands where its first cell's text was. */
  blocks: ({ kind: 'line'; line: PageLine } | { kind: 'table'; rows: string[][]; top: number })[];
}

const isText = (item: object): item is PdfTextItem => 'str' in item;

/**
 * A page's rows of text with cells side by side — the sign of a ruled table or a two-column block —
 * checked from the text alone, so that the operator list (the costly part) is read only for such pages.
 */
function mayHaveTable(items: PdfTextItem[]): boolean {
  let wideGaps = 0;
  let lastY = Number.NaN;
  let lastEnd = Number.NaN;
  for (const item of items) {
    if (!item.str.trim()) continue;
    const [, , , d = 0, x = 0, y = 0] = item.transform;
    const size = Math.abs(d) || item.height || 10;
    if (Math.abs(y - lastY) < size * 0.5 && x - lastEnd > size * 2) wideGaps++;
    lastY = y;
    lastEnd = x + item.width;
  }
  return wideGaps >= 3;
}

/** Reads one page: text items → lines (content order), items inside ruled tables → table cells. */
export async function readPage(parser: PdfParser, page: PdfPage, withTables: boolean): Promise<PageContent> {
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  const items = content.items.filter(isText);
  let tables: PdfTableData[] = [];
  if (withTables && mayHaveTable(items)) {
    const store = await parser.getPageTables(page);
    store.normalize();
    tables = store.getTableData().filter((t) => t.rows.length > 1);
  }
  const [va = 1, vb = 0, vc = 0, vd = -1, ve = 0, vf = 0] = viewport.transform;
  const blocks: PageContent['blocks'] = [];
  const placed = new Map<PdfTableData, { rows: string[][] }>();
  let line = '';
  let lineTop = 0;
  let lineLeft = 0;
  let lastY = Number.NaN;
  let lastEnd = Number.NaN;
  const flush = () => {
    if (line.trim()) {
      const text = line.replace(/\s+$/u, '');
      blocks.push({ kind: 'line', line: { text, top: lineTop, left: lineLeft, right: lastEnd } });
    }
    line = '';
  };
  let lastCell: { text: string[] } | null = null;
  for (const item of items) {
    const [, , , d = 0, x = 0, y = 0] = item.transform;
    const size = Math.abs(d) || item.height || 10;
    if (lastCell && !item.str) {
      // The end-of-line mark of a cell's line: without it 'nhiệm⏎vụ' would read 'nhiệmvụ'.
      if (item.hasEOL) lastCell.text.push('\n');
      continue;
    }
    lastCell = null;
    if (tables.length && item.str) {
      // The same point in viewport space (origin top left) as pdf-parse's own cell boxes.
      const vx = va * x + vc * y + ve;
      const vy = vb * x + vd * y + vf;
      const table = tables.find((t) => t.findCell(vx, vy));
      const cell = table?.findCell(vx, vy);
      if (table && cell) {
        cell.text.push(item.str, item.hasEOL ? '\n' : '');
        lastCell = cell;
        if (!placed.has(table)) {
          flush();
          const block = { kind: 'table' as const, rows: [], top: table.minXY.y };
          placed.set(table, block);
          blocks.push(block);
        }
        continue;
      }
    }
    if (!Number.isNaN(lastY) && Math.abs(y - lastY) > size * 0.5) flush();
    if (!line) {
      lineTop = viewport.height - y - size;
      lineLeft = x;
    } else if (item.str && !item.str.trim()) {
      // A space item as wide as a column gap ('Số: /KH-UBND' [77 pt of space] 'Hồng Lĩnh, ngày …').
      if (item.width > size * 2) line = `${line.trimEnd()}    `;
    } else if (item.str) {
      const gap = x - lastEnd;
      // A wide gap is a column gap ('Nơi nhận:      CHỦ TỊCH'), even where the PDF put a space item
      // before it; words the PDF placed apart without a space get one.
      if (gap > size * 2) line = `${line.trimEnd()}    `;
      else if (gap > size * 0.15 && !/\s$/u.test(line) && !/^\s/u.test(item.str)) line += ' ';
    }
    line += item.str;
    if (item.str) {
      lastY = y;
      lastEnd = x + item.width;
    }
    if (item.hasEOL) flush();
  }
  flush();
  for (const [table, block] of placed) block.rows = table.toArray();
  return { height: viewport.height, width: viewport.width, blocks: readingOrder(blocks, viewport.width) };
}
