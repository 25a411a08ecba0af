import iconv from 'iconv-lite';

/**
 * Byte → character of Windows-1252, with the five bytes it leaves undefined (0x81, 0x8D,
 * 0x8F, 0x90, 0x9D) kept as the C1 controls of the same value instead of U+FFFD, so that
 * every byte stays recoverable: legacy Vietnamese encodings use them ('Ả' is 0x81 in TCVN3).
 */
export const WINDOWS_1252: readonly string[] = Array.from({ length: 256 }, (_, b) => {
  const ch = iconv.decode(Buffer.from([b]), 'windows-1252');
  return ch === '\ufffd' ? String.fromCharCode(b) : ch;
});

/** One character per byte, so that text offsets are byte offsets. */
export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    let s = '';
    const end = Math.min(bytes.length, i + CHUNK);
    for (let j = i; j < end; j++) s += WINDOWS_1252[bytes[j]!]!;
    parts.push(s);
  }
  return parts.join('');
}
