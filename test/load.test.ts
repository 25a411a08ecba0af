import { describe, expect, test } from 'vitest';
import { decodeText } from '../src/load/decode-text.js';
import { detectFormat } from '../src/load/detect-format.js';

const bytes = (...b: number[]) => new Uint8Array(b);
const utf16 = (s: string, le: boolean, bom: boolean) => {
  const out: number[] = bom ? (le ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    out.push(...(le ? [c & 0xff, c >> 8] : [c >> 8, c & 0xff]));
  }
  return new Uint8Array(out);
};

describe('detectFormat', () => {
  test.each([
    [bytes(0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37), 'pdf'],
    [bytes(0x50, 0x4b, 0x03, 0x04, 0, 0), 'zip'],
    [bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a), 'png'],
    [bytes(0xff, 0xd8, 0xff, 0xe0), 'jpeg'],
    [bytes(0x49, 0x49, 0x2a, 0x00), 'tiff'],
    [new TextEncoder().encode('KẾ HOẠCH'), 'text'],
    [new TextEncoder().encode('PK is not a zip'), 'text'],
  ])('%#: %s', (input, format) => {
    expect(detectFormat(input)).toBe(format);
  });
});

describe('decodeText', () => {
  const plan = 'KẾ HOẠCH thực hiện';
  test.each([
    ['UTF-8', new TextEncoder().encode(plan), 'utf-8', plan],
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(plan)]), 'utf-8', plan],
    ['UTF-16 LE with BOM', utf16(plan, true, true), 'utf-16le', plan],
    ['UTF-16 BE with BOM', utf16(plan, false, true), 'utf-16be', plan],
    ['UTF-16 LE without BOM', utf16('Ke hoach thuc hien', true, false), 'utf-16le', 'Ke hoach thuc hien'],
  ])('%s', (_name, input, encoding, text) => {
    const r = decodeText(input);
    expect(r.encoding).toBe(encoding);
    expect(r.text).toBe(text);
    expect(r.warnings).toEqual([]);
  });

  test('bytes that are not UTF-8 are kept one char per byte, with a warning', () => {
    const r = decodeText(bytes(0x4b, 0xd5, 0x20, 0x68, 0x6f, 0xb9, 0x63, 0x68)); // TCVN3 'KÕ ho¹ch'
    expect(r.text).toBe('KÕ ho¹ch');
    expect(r.warnings.map((w) => w.code)).toEqual(['UNDECODABLE_BYTES']);
  });

  test('binary bytes are refused as UNSUPPORTED_FORMAT', () => {
    const junk = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    expect(() => decodeText(junk)).toThrow(expect.objectContaining({ code: 'UNSUPPORTED_FORMAT' }));
  });
});
