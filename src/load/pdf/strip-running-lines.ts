import type { PageContent } from './read-page.js';

/** How far from the top or bottom edge a running header, footer or page number sits (share of the page). */
const EDGE = 0.12;

// '3', '- 3 -', 'Trang 3', 'Trang 3/12', '3/12'
const PAGE_NUMBER = /^(?:trang\s{0,3})?[-–(]?\s{0,3}\d{1,4}\s{0,3}(?:[/]\s{0,3}\d{1,4})?\s{0,3}[-–)]?$/iu;

/** A line's identity across pages: digits (the page number inside a running line) do not count. */
const key = (text: string) => text.replace(/\d+/gu, '#').replace(/\s+/gu, ' ').trim().toLowerCase();

/**
 * Removes running headers, footers and page numbers using the page structure: a line in the top or
 * bottom band of a page that repeats (digits aside) on most pages, or a lone page number at the edge.
 * Only the outermost lines of each page are candidates, so body text that happens to repeat stays.
 */
export function stripRunningLines(pages: PageContent[]): number {
  const counts = new Map<string, number>();
  const edgeLines = pages.map((page) => {
    const lines = page.blocks.flatMap((b, i) => (b.kind === 'line' ? [{ i, line: b.line }] : []));
    const band = lines.filter(
      ({ line }) => line.top < page.height * EDGE || line.top > page.height * (1 - EDGE),
    );
    const outer = [...band.slice(0, 2), ...band.slice(-2)].filter((x, k, all) => all.indexOf(x) === k);
    for (const k of new Set(outer.map((x) => key(x.line.text)))) counts.set(k, (counts.get(k) ?? 0) + 1);
    return outer;
  });
  const repeated = (text: string) => pages.length >= 3 && (counts.get(key(text)) ?? 0) >= pages.length * 0.6;
  let removed = 0;
  pages.forEach((page, p) => {
    const drop = new Set(
      edgeLines[p]!.filter(({ line }) => PAGE_NUMBER.test(line.text.trim()) || repeated(line.text)).map(
        (x) => x.i,
      ),
    );
    if (!drop.size) return;
    page.blocks = page.blocks.filter((_, i) => !drop.has(i));
    removed += drop.size;
  });
  return removed;
}
