import type { ResolvedParseOptions } from '../options.js';
import type { Warning } from '../schema/warning.js';
import { ocrPage } from './ocr/ocr-page.js';
import { recognize } from './ocr/recognize.js';

/** An image file (a scanned page) → its OCR text; with ocr: 'never', no text and a warning. */
export async function loadImage(
  bytes: Uint8Array,
  options: ResolvedParseOptions,
): Promise<{ text: string; ocr: boolean; warnings: Warning[] }> {
  if (options.ocr === 'never') {
    return {
      text: '',
      ocr: false,
      warnings: [
        { code: 'OCR_SKIPPED', message: "the input is an image and ocr is 'never': no text was read" },
      ],
    };
  }
  const [page] = await recognize([bytes]);
  const warnings: Warning[] = [];
  if (page && page.confidence < 60) {
    warnings.push({
      code: 'OCR_LOW_CONFIDENCE',
      message: `OCR confidence is ${page.confidence.toFixed(0)}/100; a sharper scan (300 dpi, straight) reads better`,
    });
  }
  const lines = page ? ocrPage(page).blocks.map((b) => (b.kind === 'line' ? b.line.text : '')) : [];
  return { text: lines.length ? `${lines.join('\n')}\n` : '', ocr: true, warnings };
}
