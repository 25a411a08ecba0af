import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { parsePlan } from '../src/index.js';
import { OCR_INSTALL } from '../src/load/ocr/recognize.js';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../fixtures/docs/${name}`, import.meta.url)));

describe('OCR packages missing', () => {
  afterEach(() => {
    vi.doUnmock('tesseract.js');
    vi.resetModules();
  });

  test('an image → OCR_UNAVAILABLE naming the install command', async () => {
    vi.resetModules();
    vi.doMock('tesseract.js', () => {
      throw new Error("Cannot find package 'tesseract.js'");
    });
    const { parsePlan: parse } = await import('../src/index.js');
    const error = await parse(fixture('page.png')).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'KehoachError', code: 'OCR_UNAVAILABLE' });
    expect((error as Error).message).toContain(OCR_INSTALL);
  });

  test("an image with ocr: 'never' → no text, OCR_SKIPPED", async () => {
    const plan = await parsePlan(fixture('page.png'), { ocr: 'never' });
    expect(plan.source).toMatchObject({ format: 'image', ocr: false });
    expect(plan.warnings.map((w) => w.code)).toContain('OCR_SKIPPED');
  });
});

// Real OCR, offline: tesseract.js with the vie data read from node_modules (about 3 s for the page).
describe('OCR of a page image', () => {
  test('page.png → text with diacritics, source.ocr', { timeout: 120_000 }, async () => {
    const plan = await parsePlan(fixture('page.png'));
    expect(plan.source).toMatchObject({ format: 'image', ocr: true, pages: 1 });
    expect(plan.text).toMatch(/KẾ HOẠCH/u);
    expect(plan.text).toMatch(/Quyết định số 23-QĐ\/TW/u);
    // The two-column header, read as one line by tesseract, comes back column by column.
    const lines = plan.text.split('\n');
    expect(lines.indexOf('XÃ NAM CHÍNH')).toBeLessThan(lines.findIndex((l) => l.startsWith('CỘNG HÒA')));
  });
});
