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

  // Formats kehoach does not read, each named with what to do (old government archives are full
  // of .doc and .rtf files, and portals publish plans as web pages).
  const ole = (extra: Uint8Array) =>
    new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Uint8Array(504), ...extra]);
  const zipOf = async (entries: Record<string, string>) => {
    const { default: JSZip } = await import('jszip');
    const zip = new JSZip();
    for (const [name, text] of Object.entries(entries)) zip.file(name, text);
    return zip.generateAsync({ type: 'uint8array' });
  };
  test.each([
    [
      'a Word 97–2003 .doc',
      () => ole(new Uint8Array(2000)),
      'UNSUPPORTED_FORMAT',
      /Word 97–2003 document \(\.doc\).*soffice --headless --convert-to docx/,
    ],
    [
      'a password-protected .docx',
      () => ole(Buffer.from('EncryptedPackage', 'utf16le')),
      'ENCRYPTED_FILE',
      /password-protected Office document; open it, remove the password/,
    ],
    [
      'an RTF document',
      () => new TextEncoder().encode('{\\rtf1\\ansi KE HOACH\\par}'),
      'UNSUPPORTED_FORMAT',
      /RTF document.*save it as \.docx or PDF/,
    ],
    [
      'a web page',
      () => new TextEncoder().encode('\ufeff\n<!DOCTYPE html><html><body>KẾ HOẠCH</body></html>'),
      'UNSUPPORTED_FORMAT',
      /web page \(HTML\)/,
    ],
    [
      'an OpenDocument text',
      () => zipOf({ mimetype: 'application/vnd.oasis.opendocument.text', 'content.xml': '<x/>' }),
      'UNSUPPORTED_FORMAT',
      /OpenDocument text \(\.odt\)/,
    ],
    [
      'an Excel workbook',
      () => zipOf({ 'xl/workbook.xml': '<workbook/>' }),
      'UNSUPPORTED_FORMAT',
      /Excel workbook/,
    ],
  ])('%s → a KehoachError with its code, saying what to do', async (_, bytes, code, message) => {
    await expect(parsePlan(await bytes())).rejects.toMatchObject({
      name: 'KehoachError',
      code,
      message: expect.stringMatching(message),
    });
  });

  test('text that only mentions HTML is text', async () => {
    const plan = await parsePlan(new TextEncoder().encode('KẾ HOẠCH\nĐăng tải trên <html> cổng thông tin\n'));
    expect(plan.source.format).toBe('text');
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
