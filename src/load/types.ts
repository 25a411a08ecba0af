import type { SourceFormat } from '../schema/plan.js';
import type { Span } from '../schema/span.js';
import type { Warning } from '../schema/warning.js';

/** A table cell: its text and where that text stands in the loaded text. */
export interface TableCell {
  text: string;
  span: Span;
}

/**
 * A table as the loader saw it (DOCX tables, ruled PDF tables), rows of cells.
 * Its text is also part of the loaded text, so extractors can cite spans.
 */
export interface Table {
  rows: TableCell[][];
  span: Span;
}

/** Bytes turned into text, plus what the loader learned about the file. */
export interface Loaded {
  /** The text as loaded: offsets of `plan.text` map back into this. */
  text: string;
  format: SourceFormat;
  encoding: string;
  pages: number | null;
  ocr: boolean;
  bytes: number;
  sha256: string;
  tables: Table[];
  warnings: Warning[];
}
