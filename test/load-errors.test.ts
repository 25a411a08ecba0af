import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { type KehoachErrorCode, parsePlan, parsePlanFile } from '../src/index.js';
import { readZip } from '../src/load/read-zip.js';
import { makeDocx, para } from './helpers/docx.js';

const bad = new URL('../fixtures/docs/bad/', import.meta.url);

/** Rewrites the uncompressed size that the local and central headers of `name` declare. */
function declareSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const nameBytes = new TextEncoder().encode(name);
  for (let i = 0; i + 46 < out.length; i++) {
    const sig = view.getUint32(i, true);
    const [sizeAt, nameAt] = sig === 0x04034b50 ? [22, 30] : sig === 0x02014b50 ? [24, 46] : [-1, -1];
    if (sizeAt < 0 || !nameBytes.every((b, k) => out[i + nameAt + k] === b)) continue;
    view.setUint32(i + sizeAt, size, true);
  }
  return out;
}

describe('bad files: each gives its own error code', () => {
  const cases: [string, KehoachErrorCode][] = [
    ['encrypted.pdf', 'ENCRYPTED_FILE'],
    ['corrupt.pdf', 'CORRUPT_FILE'],
    ['corrupt.docx', 'CORRUPT_FILE'],
    ['not-docx.zip', 'UNSUPPORTED_FORMAT'],
  ];
  test.each(cases)('%s → %s', async (file, code) => {
    const error = await parsePlanFile(new URL(file, bad).pathname).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'KehoachError', code });
    expect((error as Error).message).toMatch(/;/u); // says what to do after what went wrong
  });

  test('a DOCX zip bomb is refused from its declared sizes, before inflating', async () => {
    const docx = await makeDocx(para('KẾ HOẠCH'));
    await expect(parsePlan(declareSize(docx, 'word/document.xml', 3_000_000_000))).rejects.toMatchObject({
      code: 'TOO_LARGE',
    });
  });

  test('an entry that inflates to more than its directory says is stopped while inflating', async () => {
    const docx = await makeDocx(para('Công tác dân vận chính quyền '.repeat(400)));
    const zip = await readZip(declareSize(docx, 'word/document.xml', 10), 5000);
    await expect(zip.text('word/document.xml')).rejects.toMatchObject({ code: 'TOO_LARGE' });
  });

  test('a file above maxBytes → TOO_LARGE', async () => {
    const path = new URL('../fixtures/docs/003.pdf', import.meta.url).pathname;
    await expect(parsePlanFile(path, { maxBytes: 10_000 })).rejects.toMatchObject({ code: 'TOO_LARGE' });
  });

  test('a GIF image → UNSUPPORTED_FORMAT', async () => {
    await expect(parsePlan(new TextEncoder().encode('GIF89a\u0001\u0000'))).rejects.toMatchObject({
      code: 'UNSUPPORTED_FORMAT',
    });
  });

  test('a batch loop over good and bad files goes on after each failure', async () => {
    const files = [
      ...readdirSync(bad).map((f) => new URL(f, bad).pathname),
      new URL('../fixtures/docs/003.docx', import.meta.url).pathname,
    ].sort();
    const results: string[] = [];
    for (const file of files) {
      try {
        const plan = await parsePlanFile(file);
        results.push(plan.source.format);
      } catch (error) {
        results.push((error as { code: string }).code);
      }
    }
    expect(results.sort()).toEqual([
      'CORRUPT_FILE',
      'CORRUPT_FILE',
      'ENCRYPTED_FILE',
      'UNSUPPORTED_FORMAT',
      'docx',
    ]);
    expect(
      readFileSync(new URL('003.docx', new URL('../fixtures/docs/', import.meta.url))).length,
    ).toBeGreaterThan(0);
  });
});
