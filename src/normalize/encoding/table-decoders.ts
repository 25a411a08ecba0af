import iconv from 'iconv-lite';
import { WINDOWS_1252 } from '../../load/windows-1252.js';

/**
 * Character tables for the one-byte legacy encodings that iconv-lite knows. Non-UTF-8 bytes
 * are loaded one byte = one Windows-1252 character (load/decode-text.ts), and PDF or DOCX
 * extractors show a legacy font's bytes the same way, so each table maps the Windows-1252
 * character of a byte to what the byte means in the legacy encoding.
 */
function tableFor(encoding: string): Map<string, string> {
  const table = new Map<string, string>();
  for (let b = 1; b < 256; b++) {
    const meant = iconv.decode(Buffer.from([b]), encoding);
    const shown = WINDOWS_1252[b]!;
    if (meant === shown || meant === '\ufffd') continue;
    table.set(shown, meant);
    // Extractors that read 0x80–0x9F as Latin-1 give the C1 control of the same value.
    if (b >= 0x80 && b < 0xa0) table.set(String.fromCharCode(b), meant);
  }
  return table;
}

export const TCVN3 = tableFor('tcvn');
// pdf.js shows byte 0xB5 (TCVN3 'à') as the Greek letter mu rather than the micro sign.
TCVN3.set('μ', TCVN3.get('µ')!);

export const VISCII = tableFor('viscii');
export const WINDOWS_1258 = tableFor('windows-1258');

/** Each character through the table; Windows-1258's base letter + tone mark composed (NFC). */
export function decodeWithTable(table: Map<string, string>, word: string): string {
  let out = '';
  for (const ch of word) out += table.get(ch) ?? ch;
  return out.normalize('NFC');
}
