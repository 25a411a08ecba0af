import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { KehoachError } from '../../errors.js';

export const OCR_INSTALL = 'npm install tesseract.js @tesseract.js-data/vie';

/** The slice of tesseract.js 7 the loader uses. */
interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}
interface TesseractLine {
  bbox: Box;
  words: { text: string; bbox: Box }[];
}
interface TesseractWorker {
  recognize(
    image: Uint8Array | Buffer,
    options: object,
    output: object,
  ): Promise<{
    data: { text: string; confidence: number; blocks: { paragraphs: { lines: TesseractLine[] }[] }[] | null };
  }>;
  terminate(): Promise<unknown>;
}
type CreateWorker = (lang: string, oem: number, options: object) => Promise<TesseractWorker>;

/** A stretch of an OCR line, in pixels: a line is cut where a wide gap separates two columns. */
export interface OcrLine {
  text: string;
  top: number;
  left: number;
  right: number;
}

export interface OcrPage {
  text: string;
  /** Tesseract's mean word confidence, 0–100. */
  confidence: number;
  lines: OcrLine[];
  /** The page width the text spans (pixels), and where two columns part, when a line was cut. */
  width: number;
  split: number | null;
}

/**
 * Tesseract reads a two-column header row as one line ('ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA').
 * The word boxes show the gap between the columns: wider than twice the line's height and across
 * the middle of the page (a blank left in 'Số:      /KH-UBND' is not a column gap).
 */
function cutLines(lines: TesseractLine[]): { lines: OcrLine[]; width: number; split: number | null } {
  const words = lines.flatMap((l) => l.words.filter((w) => w.text.trim()));
  // The printed area with its left margin mirrored on the right: about the page width.
  const width = words.length
    ? Math.max(...words.map((w) => w.bbox.x1)) + Math.min(...words.map((w) => w.bbox.x0))
    : 0;
  const out: OcrLine[] = [];
  let split: number | null = null;
  for (const line of lines) {
    const height = Math.max(1, line.bbox.y1 - line.bbox.y0);
    let current: OcrLine | null = null;
    for (const word of line.words) {
      if (!word.text.trim()) continue;
      const gapFrom = current?.right ?? 0;
      const gapTo = word.bbox.x0;
      const columnGap = gapTo - gapFrom > height * 2 && gapFrom < width * 0.5 && gapTo > width * 0.35;
      if (current && !columnGap) {
        current.text += ` ${word.text}`;
        current.right = word.bbox.x1;
        continue;
      }
      if (current) split = Math.min(split ?? gapTo, gapTo - height);
      current = { text: word.text, top: line.bbox.y0, left: word.bbox.x0, right: word.bbox.x1 };
      out.push(current);
    }
  }
  return { lines: out, width, split };
}

/** 1 = OEM.LSTM_ONLY: the 4.0.0_best_int data holds only the LSTM model. */
const LSTM_ONLY = 1;

/**
 * OCRs page images (PNG, JPEG, TIFF, BMP bytes) with tesseract.js and the Vietnamese LSTM data from
 * @tesseract.js-data/vie, read from disk: no download, no cache. Both are optional peer dependencies,
 * loaded only here, before the first image is asked for; missing → OCR_UNAVAILABLE. The images may
 * come one by one (rendered as they are read), and the pages are those of the images given. One
 * worker per call, always terminated, so the process can exit.
 */
export async function recognize(
  images: Iterable<Uint8Array> | AsyncIterable<Uint8Array>,
): Promise<OcrPage[]> {
  let createWorker: CreateWorker;
  let langPath: string;
  try {
    const tesseract = (await import('tesseract.js')) as unknown as {
      createWorker?: CreateWorker;
      default?: { createWorker: CreateWorker };
    };
    createWorker = (tesseract.createWorker ?? tesseract.default?.createWorker) as CreateWorker;
    const require = createRequire(import.meta.url);
    langPath = join(dirname(require.resolve('@tesseract.js-data/vie/package.json')), '4.0.0_best_int');
  } catch (error) {
    throw new KehoachError(
      'OCR_UNAVAILABLE',
      `this file needs OCR (a scan or an image), and the OCR packages are not installed; run \`${OCR_INSTALL}\`, or pass the text`,
      { cause: error },
    );
  }
  let worker: TesseractWorker | null = null;
  try {
    worker = await createWorker('vie', LSTM_ONLY, { langPath, cacheMethod: 'none', gzip: true });
    const pages: OcrPage[] = [];
    for await (const image of images) {
      const { data } = await worker.recognize(
        Buffer.from(image.buffer, image.byteOffset, image.byteLength),
        {},
        { text: true, blocks: true },
      );
      const cut = cutLines((data.blocks ?? []).flatMap((b) => b.paragraphs.flatMap((p) => p.lines)));
      pages.push({ text: data.text, confidence: data.confidence, ...cut });
    }
    return pages;
  } catch (error) {
    if (error instanceof KehoachError) throw error;
    throw new KehoachError(
      'OCR_FAILED',
      `OCR failed (${(error as Error)?.message ?? String(error)}); check that the image is a readable PNG, JPEG or TIFF`,
      { cause: error },
    );
  } finally {
    await worker?.terminate().catch(() => {});
  }
}
