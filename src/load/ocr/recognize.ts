import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { KehoachError } from '../../errors.js';

export const OCR_INSTALL = 'npm install tesseract.js @tesseract.js-data/vie';

/** The slice of tesseract.js 7 the loader uses. */
interface TesseractWorker {
  recognize(image: Uint8Array | Buffer): Promise<{ data: { text: string; confidence: number } }>;
  terminate(): Promise<unknown>;
}
type CreateWorker = (lang: string, oem: number, options: object) => Promise<TesseractWorker>;

export interface OcrPage {
  text: string;
  /** Tesseract's mean word confidence, 0–100. */
  confidence: number;
}

/** 1 = OEM.LSTM_ONLY: the 4.0.0_best_int data holds only the LSTM model. */
const LSTM_ONLY = 1;

/**
 * OCRs page images (PNG, JPEG, TIFF, BMP bytes) with tesseract.js and the Vietnamese LSTM data from
 * @tesseract.js-data/vie, read from disk: no download, no cache. Both are optional peer dependencies,
 * loaded only here; missing → OCR_UNAVAILABLE. One worker per call, always terminated, so the process
 * can exit.
 */
export async function recognize(images: readonly Uint8Array[]): Promise<OcrPage[]> {
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
    for (const image of images) {
      const { data } = await worker.recognize(Buffer.from(image.buffer, image.byteOffset, image.byteLength));
      pages.push({ text: data.text, confidence: data.confidence });
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
