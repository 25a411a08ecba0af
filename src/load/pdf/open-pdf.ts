import { KehoachError } from '../../errors.js';

/** The parts of pdf.js's document and page objects the loader uses (pdf-parse loads pdf.js). */
export interface PdfTextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL: boolean;
}
export interface PdfPage {
  getViewport(o: { scale: number }): { width: number; height: number; transform: number[] };
  getTextContent(o?: object): Promise<{ items: (PdfTextItem | object)[] }>;
  getOperatorList(): Promise<{ fnArray: number[]; argsArray: unknown[][] }>;
  cleanup(): void;
}
export interface PdfDocument {
  numPages: number;
  getPage(n: number): Promise<PdfPage>;
}
/** A ruled table pdf-parse found on a page: cells with their boxes, filled with text by the loader. */
export interface PdfTableData {
  minXY: { x: number; y: number };
  maxXY: { x: number; y: number };
  rows: { text: string[] }[][];
  findCell(x: number, y: number): { text: string[] } | undefined;
  toArray(): string[][];
}
/** pdf-parse's parser, with the steps of getText/getTable/getScreenshot it keeps private. */
export interface PdfParser {
  load(): Promise<PdfDocument>;
  getPageTables(page: PdfPage): Promise<{ normalize(): void; getTableData(): PdfTableData[] }>;
  getScreenshot(o: object): Promise<{ pages: { data: Uint8Array; width: number; height: number }[] }>;
  destroy(): Promise<void>;
}

/**
 * Opens a PDF with pdf-parse (the only pdf.js in the process: a second copy's worker would clash).
 * Password-protected → ENCRYPTED_FILE; unreadable → CORRUPT_FILE.
 */
export async function openPdf(bytes: Uint8Array): Promise<{ parser: PdfParser; doc: PdfDocument }> {
  const { PDFParse } = await import('pdf-parse');
  // pdf.js may transfer (detach) the buffer it is given: pass a copy, the caller still hashes the bytes.
  const parser = new PDFParse({ data: bytes.slice() }) as unknown as PdfParser;
  try {
    return { parser, doc: await parser.load() };
  } catch (error) {
    await parser.destroy().catch(() => {});
    throw pdfError(error);
  }
}

export function pdfError(error: unknown): KehoachError {
  const name = (error as Error)?.name;
  const message = (error as Error)?.message ?? String(error);
  if (name === 'PasswordException') {
    return new KehoachError(
      'ENCRYPTED_FILE',
      'the PDF is password-protected; open it with its password and save an unprotected copy, then parse that',
      { cause: error },
    );
  }
  return new KehoachError(
    'CORRUPT_FILE',
    `the PDF cannot be read (${message}); export or print it to PDF again, or pass its text`,
    { cause: error },
  );
}
