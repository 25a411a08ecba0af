import { hash } from 'node:crypto';
import { KehoachError, tooLarge } from '../errors.js';
import type { ResolvedParseOptions } from '../options.js';
import { type TimeBudget, unlimitedBudget } from '../time-budget.js';
import { decodeText } from './decode-text.js';
import { detectFormat } from './detect-format.js';
import { loadDocx } from './docx/load-docx.js';
import { loadImage } from './load-image.js';
import { loadPdf } from './pdf/load-pdf.js';
import { readZip } from './read-zip.js';
import type { Loaded } from './types.js';

export type { Loaded, Table, TableCell } from './types.js';

// The one-shot crypto.hash (Node ≥ 20.12; engines asks for 20.19): no Hash object to build, feed
// and finish for each input.
const sha256 = (bytes: Uint8Array): string => hash('sha256', bytes, 'hex');

/**
 * Bytes or a string → text with what the file said about itself (format, encoding, pages, tables).
 * `budget` is checked between OCR'd pages: the only loading work that takes seconds.
 */
export async function load(
  input: string | Uint8Array,
  options: ResolvedParseOptions,
  budget: TimeBudget = unlimitedBudget(),
): Promise<Loaded> {
  if (typeof input === 'string') {
    const bytes = Buffer.from(input, 'utf8');
    if (bytes.length > options.maxBytes) throw tooLarge(bytes.length, options.maxBytes);
    return {
      text: input,
      format: 'text',
      encoding: 'utf-8',
      pages: null,
      ocr: false,
      bytes: bytes.length,
      sha256: sha256(bytes),
      tables: [],
      warnings: [],
    };
  }
  if (!(input instanceof Uint8Array)) {
    throw new KehoachError('INVALID_OPTIONS', 'parsePlan takes a string or a Uint8Array (Buffer)');
  }
  if (input.length > options.maxBytes) throw tooLarge(input.length, options.maxBytes);
  if (input.length === 0) throw new KehoachError('EMPTY_DOCUMENT', 'the input is empty (0 bytes)');
  const format = detectFormat(input);
  const base = { bytes: input.length, sha256: sha256(input) };
  switch (format) {
    case 'text': {
      const decoded = decodeText(input);
      return {
        ...base,
        text: decoded.text,
        format: 'text',
        encoding: decoded.encoding,
        pages: null,
        ocr: false,
        tables: [],
        warnings: decoded.warnings,
      };
    }
    case 'zip': {
      const docx = await loadDocx(await readZip(input));
      return { ...base, ...docx, format: 'docx', encoding: 'utf-8', pages: null, ocr: false };
    }
    case 'pdf': {
      const pdf = await loadPdf(input, options, budget);
      return { ...base, ...pdf, format: 'pdf', encoding: 'utf-8' };
    }
    case 'png':
    case 'jpeg':
    case 'tiff':
    case 'bmp':
    case 'webp': {
      const image = await loadImage(input, options);
      return { ...base, ...image, format: 'image', encoding: 'utf-8', pages: 1, tables: [] };
    }
    case 'ole':
      throw oldOfficeError(input);
    case 'rtf':
      throw new KehoachError(
        'UNSUPPORTED_FORMAT',
        `the file is an RTF document, which kehoach does not read; save it as .docx or PDF (${CONVERT})`,
      );
    case 'html':
      throw new KehoachError(
        'UNSUPPORTED_FORMAT',
        'the file is a web page (HTML), whose markup would be read as the plan; save the page as PDF, or its text',
      );
    default:
      throw new KehoachError(
        'UNSUPPORTED_FORMAT',
        `${format.toUpperCase()} images cannot be read; save the scan as PNG, JPEG or TIFF`,
      );
  }
}

/** LibreOffice's batch conversion, which needs no Office licence. */
const CONVERT = 'e.g. soffice --headless --convert-to docx FILE';

/**
 * An OLE2 compound file. A password-protected .docx is one too, with its package encrypted in
 * a stream named 'EncryptedPackage' (UTF-16 in the file's directory); anything else is one of
 * the Office formats before 2007, most often a Word 97–2003 .doc.
 */
function oldOfficeError(bytes: Uint8Array): KehoachError {
  const encrypted = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(
    Buffer.from('EncryptedPackage', 'utf16le'),
  );
  if (encrypted)
    return new KehoachError(
      'ENCRYPTED_FILE',
      'the file is a password-protected Office document; open it, remove the password and save it again',
    );
  return new KehoachError(
    'UNSUPPORTED_FORMAT',
    `the file is a Word 97–2003 document (.doc) or another pre-2007 Office file, which kehoach does not read; save it as .docx or PDF (${CONVERT})`,
  );
}
