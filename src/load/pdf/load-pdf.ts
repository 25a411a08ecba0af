import { KehoachError } from '../../errors.js';
import type { ResolvedParseOptions } from '../../options.js';
import type { Warning } from '../../schema/warning.js';
import { type TimeBudget, unlimitedBudget } from '../../time-budget.js';
import { ocrPage } from '../ocr/ocr-page.js';
import { recognize } from '../ocr/recognize.js';
import { TextBuilder } from '../text-builder.js';
import type { Table } from '../types.js';
import { joinWrappedLines } from './join-wrapped-lines.js';
import { mergeTables } from './merge-tables.js';
import { openPdf, type PdfParser, pdfError } from './open-pdf.js';
import { type PageContent, readPage } from './read-page.js';
import { stripRunningLines } from './strip-running-lines.js';
import { textLayerQuality } from './text-layer-quality.js';

export interface LoadedPdf {
  text: string;
  tables: Table[];
  pages: number;
  ocr: boolean;
  warnings: Warning[];
}

/** Pages are rendered for OCR at about 200 dpi: enough for tesseract on 13–14 pt body text. */
const OCR_SCALE = 200 / 72;

const pageText = (page: PageContent) =>
  page.blocks.map((b) => (b.kind === 'line' ? b.line.text : b.rows.flat().join(' '))).join('\n');

/** One page rendered for OCR (PNG bytes). */
async function renderPage(parser: PdfParser, num: number): Promise<Uint8Array> {
  try {
    const { pages } = await parser.getScreenshot({
      partial: [num],
      scale: OCR_SCALE,
      imageBuffer: true,
      imageDataUrl: false,
    });
    return pages[0]!.data;
  } catch (error) {
    throw new KehoachError(
      'OCR_FAILED',
      `cannot render the PDF pages for OCR (${(error as Error)?.message}); install @napi-rs/canvas, or convert the pages to images`,
      { cause: error },
    );
  }
}

/**
 * OCRs the `wanted` pages (numbers from 1) in place, rendering each just before it is read, so
 * that one page image at a time is held rather than every page of a long scan. Each page after
 * the first starts only while `budget` has time left; the pages it leaves are named in its
 * warning, and keep their (empty) text layer. Returns how many pages were read.
 */
async function ocrPages(
  parser: PdfParser,
  pages: PageContent[],
  wanted: readonly number[],
  budget: TimeBudget,
): Promise<number> {
  async function* images(): AsyncGenerator<Uint8Array> {
    for (let k = 0; k < wanted.length; k++) {
      if (k > 0 && !budget.hasTime()) {
        const left = wanted.slice(k);
        budget.skip(`OCR of ${left.length === 1 ? 'page' : 'pages'} ${left.join(', ')}`);
        return;
      }
      yield await renderPage(parser, wanted[k]!);
    }
  }
  const results = await recognize(images());
  results.forEach((result, k) => {
    pages[wanted[k]! - 1] = ocrPage(result);
  });
  return results.length;
}

/**
 * PDF → text per page (running headers, footers and page numbers removed), ruled tables merged
 * across page breaks into the table model, pages without a usable text layer OCR'd when allowed.
 */
export async function loadPdf(
  bytes: Uint8Array,
  options: ResolvedParseOptions,
  budget: TimeBudget = unlimitedBudget(),
): Promise<LoadedPdf> {
  const { parser, doc } = await openPdf(bytes);
  const warnings: Warning[] = [];
  try {
    const pages: PageContent[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      pages.push(await readPage(parser, page, options.ocr !== 'always'));
      page.cleanup();
    }
    const quality = pages.map((p) => textLayerQuality(pageText(p)));
    const wanted = pages
      .map((_, i) => i + 1)
      .filter((n) => options.ocr === 'always' || (options.ocr === 'auto' && quality[n - 1] !== 'text'));
    let ocr = false;
    if (wanted.length) {
      try {
        ocr = (await ocrPages(parser, pages, wanted, budget)) > 0;
      } catch (error) {
        // Without the OCR packages, a PDF that has text elsewhere still gives that text.
        const hasText = quality.some((q) => q === 'text');
        if (
          !(
            error instanceof KehoachError &&
            error.code === 'OCR_UNAVAILABLE' &&
            hasText &&
            options.ocr === 'auto'
          )
        )
          throw error;
        warnings.push({
          code: 'OCR_SKIPPED',
          message: `${error.message} (pages ${wanted.join(', ')} have no text)`,
        });
      }
    }
    if (!ocr) {
      const garbage = quality.flatMap((q, i) => (q === 'garbage' ? [i + 1] : []));
      const empty = quality.flatMap((q, i) => (q === 'empty' ? [i + 1] : []));
      if (garbage.length)
        warnings.push({
          code: 'GARBAGE_TEXT_LAYER',
          message: `the text layer of page(s) ${garbage.join(', ')} is unreadable (fonts without a Unicode map); parse with ocr: 'auto' and the OCR packages installed`,
        });
      if (empty.length && options.ocr === 'never')
        warnings.push({
          code: 'OCR_SKIPPED',
          message: `page(s) ${empty.join(', ')} have no text layer (scanned?) and ocr is 'never'`,
        });
    }
    stripRunningLines(pages);
    joinWrappedLines(pages);
    mergeTables(pages);
    const builder = new TextBuilder();
    for (const page of pages) {
      for (const block of page.blocks) {
        if (block.kind === 'line') builder.line(block.line.text);
        else {
          builder.blank();
          builder.table(block.rows);
          builder.blank();
        }
      }
    }
    return { text: builder.text, tables: builder.tables, pages: doc.numPages, ocr, warnings };
  } catch (error) {
    if (error instanceof KehoachError) throw error;
    throw pdfError(error);
  } finally {
    await parser.destroy().catch(() => {});
  }
}
