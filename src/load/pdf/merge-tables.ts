import type { PageContent } from './read-page.js';

const same = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((c, i) => c.replace(/\s+/gu, ' ') === b[i]!.replace(/\s+/gu, ' '));

/**
 * Joins a table that continues on the next page to its first part: the continuation is the first
 * block of its page and has the same number of columns. A header row printed again is dropped; a row
 * the page break split (its first cell — STT — empty, the others not) is appended to the last row.
 */
export function mergeTables(pages: PageContent[]): void {
  for (let p = 1; p < pages.length; p++) {
    const first = pages[p]!.blocks[0];
    const prevPage = pages
      .slice(0, p)
      .reverse()
      .find((page) => page.blocks.length);
    const last = prevPage?.blocks.at(-1);
    if (first?.kind !== 'table' || last?.kind !== 'table') continue;
    const width = last.rows[0]?.length ?? 0;
    if (!width || first.rows.some((r) => r.length !== width)) continue;
    let rows = first.rows;
    if (rows[0] && last.rows[0] && same(rows[0], last.rows[0])) rows = rows.slice(1);
    const head = rows[0];
    const tail = last.rows.at(-1);
    if (head && tail && last.rows.length > 1 && !head[0]!.trim() && head.slice(1).some((c) => c.trim())) {
      last.rows[last.rows.length - 1] = tail.map((c, i) =>
        [c, head[i] ?? ''].filter((s) => s.trim()).join('\n'),
      );
      rows = rows.slice(1);
    }
    last.rows.push(...rows);
    pages[p]!.blocks.shift();
  }
}
