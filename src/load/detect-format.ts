/** What the first bytes of a file say it is. Never the file name. */
export type DetectedFormat =
  | 'pdf'
  | 'zip'
  | 'png'
  | 'jpeg'
  | 'tiff'
  | 'gif'
  | 'bmp'
  | 'webp'
  | 'ole'
  | 'rtf'
  | 'html'
  | 'text';

// '<!doctype html' or '<html', in any case, after white space or a UTF-8 BOM: a saved web page.
// Tested on the first bytes read as Latin-1 (the markup is ASCII), with no decoder made per file.
const HTML_START = /^(?:\xef\xbb\xbf)?\s*<(?:!doctype\s+html|html[\s>])/i;
const asLatin1 = (bytes: Uint8Array, n: number): string =>
  String.fromCharCode(...bytes.subarray(0, Math.min(bytes.length, n)));

const startsWith = (bytes: Uint8Array, magic: readonly number[], at = 0): boolean =>
  magic.every((b, i) => bytes[at + i] === b);

export function detectFormat(bytes: Uint8Array): DetectedFormat {
  // '%PDF-' may follow a little junk (some generators prepend a BOM or whitespace).
  const head = Math.min(bytes.length, 1024);
  for (let i = 0; i + 4 < head; i++) {
    if (bytes[i] === 0x25 && startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d], i)) return 'pdf';
    if (
      i > 0 &&
      bytes[i] !== 0x20 &&
      bytes[i] !== 0x0a &&
      bytes[i] !== 0x0d &&
      bytes[i] !== 0xef &&
      bytes[i] !== 0xbb &&
      bytes[i] !== 0xbf
    )
      break;
  }
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]))
    return 'zip';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a]))
    return 'tiff';
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38])) return 'gif';
  if (
    startsWith(bytes, [0x42, 0x4d]) &&
    bytes.length > 26 &&
    bytes[14] !== undefined &&
    bytes[14] <= 124 &&
    bytes[15] === 0
  )
    return 'bmp';
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8))
    return 'webp';
  // An OLE2 compound file: Word 97–2003 (.doc), old Excel, or a password-protected .docx.
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'ole';
  if (startsWith(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66])) return 'rtf'; // '{\rtf'
  if (HTML_START.test(asLatin1(bytes, 64))) return 'html';
  return 'text';
}
