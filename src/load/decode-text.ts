import { isUtf8, transcode } from 'node:buffer';
import { KehoachError } from '../errors.js';
import type { Warning } from '../schema/warning.js';
import { decodeWindows1252 } from './windows-1252.js';

export interface DecodedText {
  text: string;
  encoding: string;
  warnings: Warning[];
}

// The C0 controls no text file holds: all but tab, LF, FF and CR.
const CONTROLS = Array.from({ length: 0x20 }, (_, b) => b).filter(
  (b) => b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d,
);

/**
 * The first `n` bytes as a Buffer over the same memory: Buffer's indexOf is a native scan
 * many bytes at a time, where a Uint8Array's is slower than a loop over the bytes.
 */
const headOf = (bytes: Uint8Array, n: number): Buffer => Buffer.from(bytes.buffer, bytes.byteOffset, n);

/**
 * Share of bytes that no text file holds: NUL and the other C0 controls. Each is counted by
 * Buffer's indexOf, where a loop over the bytes with a test for each cost four times as much
 * (a text file has none of them, or very few).
 */
function controlShare(bytes: Uint8Array): number {
  const n = Math.min(bytes.length, 64 * 1024);
  const head = headOf(bytes, n);
  let bad = 0;
  for (const b of CONTROLS) for (let i = head.indexOf(b); i >= 0; i = head.indexOf(b, i + 1)) bad++;
  return n ? bad / n : 0;
}

/** UTF-16 without a BOM shows as NUL bytes on every other position for Latin text. */
function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 8) return null;
  let evenNul = 0;
  let oddNul = 0;
  // The NUL bytes found by indexOf: a text file has none, and the scan ends at once.
  const head = headOf(bytes, n);
  for (let i = head.indexOf(0); i >= 0; i = head.indexOf(0, i + 1)) {
    if (i % 2 === 0) evenNul++;
    else oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.3 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.3 && oddNul < pairs * 0.05) return 'utf-16be';
  return null;
}

/**
 * Bytes of a text file → string. UTF-8 (with or without BOM) and UTF-16 (BOM, or the
 * NUL pattern) are decoded as such. Anything else is read byte for byte as Windows-1252,
 * which keeps legacy Vietnamese encodings (TCVN3, VNI …) recoverable by normalization,
 * and is reported with a warning.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const rest = bytes.subarray(3);
    const text = isUtf8(rest) ? utf8Text(rest) : new TextDecoder('utf-8').decode(rest);
    return { text, encoding: 'utf-8', warnings: [] };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return {
      text: new TextDecoder('utf-16le').decode(bytes.subarray(2)),
      encoding: 'utf-16le',
      warnings: [],
    };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return {
      text: new TextDecoder('utf-16be').decode(bytes.subarray(2)),
      encoding: 'utf-16be',
      warnings: [],
    };
  }
  const utf16 = guessUtf16(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16, warnings: [] };
  if (controlShare(bytes) > 0.05) {
    throw new KehoachError(
      'UNSUPPORTED_FORMAT',
      'the input looks like a binary file, not text, PDF, DOCX or an image; pass a plan document',
    );
  }
  if (isUtf8(bytes)) return { text: utf8Text(bytes), encoding: 'utf-8', warnings: [] };
  // Not UTF-8: keep every byte as one character so that normalization can recognise
  // legacy Vietnamese encodings and map offsets back byte for byte.
  return {
    text: decodeWindows1252(bytes),
    encoding: 'windows-1252',
    warnings: [
      {
        code: 'UNDECODABLE_BYTES',
        message: 'the bytes are not valid UTF-8 or UTF-16; they were read as Windows-1252',
      },
    ],
  };
}

/**
 * Valid UTF-8 as a string, what a fatal TextDecoder returns. Transcoded to UTF-16 first: V8's
 * own decoding of Vietnamese (mostly three-byte letters) took ten times as long.
 */
function utf8Text(bytes: Uint8Array): string {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return transcode(buffer, 'utf8', 'utf16le').toString('utf16le');
}
