import type { Table, TableCell } from './types.js';

/** Separator between the cells of a table row in the loaded text: 'STT | Nội dung | Cơ quan chủ trì'. */
export const CELL_SEPARATOR = ' | ';

/**
 * Builds the loaded text of a structured file (DOCX, PDF) line by line, so that every table
 * cell gets its span while it is written — never found again by searching.
 */
export class TextBuilder {
  private readonly parts: string[] = [];
  private length = 0;
  readonly tables: Table[] = [];

  /** One line (a paragraph, a heading); inner line breaks are kept. */
  line(text: string): void {
    this.write(`${text}\n`);
  }

  /** A blank line between blocks, never two in a row. */
  blank(): void {
    if (this.length === 0 || this.parts.at(-1) === '\n') return;
    this.write('\n');
  }

  /** A table: one line per row, cells separated by ' | ' (a cell's own line breaks become spaces). */
  table(rows: readonly (readonly string[])[]): void {
    const start = this.length;
    const out: TableCell[][] = [];
    for (const row of rows) {
      const cells: TableCell[] = [];
      row.forEach((raw, i) => {
        if (i > 0) this.write(CELL_SEPARATOR);
        const text = raw.replace(/\s*\n\s*/g, ' ').trim();
        cells.push({ text, span: { start: this.length, end: this.length + text.length } });
        this.write(text);
      });
      this.write('\n');
      out.push(cells);
    }
    if (out.length) this.tables.push({ rows: out, span: { start, end: this.length - 1 } });
  }

  get text(): string {
    return this.parts.join('');
  }

  private write(s: string): void {
    this.parts.push(s);
    this.length += s.length;
  }
}
