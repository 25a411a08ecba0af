import type JSZip from 'jszip';
import { KehoachError } from '../errors.js';

/** Inflated bytes a DOCX may hold in all: real plans are well under 10 MB; a zip bomb is not. */
export const MAX_UNZIPPED_BYTES = 200 * 1024 * 1024;

interface ZipStream {
  on(event: 'data', f: (chunk: Uint8Array) => void): ZipStream;
  on(event: 'error', f: (error: Error) => void): ZipStream;
  on(event: 'end', f: () => void): ZipStream;
  pause(): ZipStream;
  resume(): ZipStream;
}

interface SizedEntry {
  _data?: { uncompressedSize?: number };
}

/**
 * Opens a ZIP archive after checking the sizes its directory declares, before anything is inflated.
 * Corrupt archives → CORRUPT_FILE; more than `maxUnzipped` declared → TOO_LARGE.
 */
export async function readZip(bytes: Uint8Array, maxUnzipped = MAX_UNZIPPED_BYTES): Promise<ZipReader> {
  // Imported here, not at the top: a text or PDF batch never opens a ZIP, and every batch thread
  // would otherwise hold JSZip's code and heap (≈ 1 MB of heap, 3 MB of RSS a thread).
  const { default: Zip } = await import('jszip');
  let zip: JSZip;
  try {
    zip = await Zip.loadAsync(bytes);
  } catch (error) {
    throw new KehoachError(
      'CORRUPT_FILE',
      `the file starts like a ZIP (DOCX) archive but cannot be read (${(error as Error).message}); save it again from Word or LibreOffice`,
      { cause: error },
    );
  }
  let declared = 0;
  for (const entry of Object.values(zip.files)) {
    const size = (entry as unknown as SizedEntry)._data?.uncompressedSize ?? 0;
    // JSZip reads the 32-bit field as signed: 3 GB shows as a negative number.
    declared += size < 0 ? size + 2 ** 32 : size;
  }
  if (declared > maxUnzipped) throw tooBig(declared, maxUnzipped);
  return new ZipReader(zip, maxUnzipped);
}

/** Reads entries as text while counting what was really inflated: a lying directory is caught too. */
export class ZipReader {
  private inflated = 0;

  constructor(
    readonly zip: JSZip,
    private readonly maxUnzipped: number,
  ) {}

  has(name: string): boolean {
    return this.zip.file(name) !== null;
  }

  async text(name: string): Promise<string | null> {
    const entry = this.zip.file(name);
    if (!entry) return null;
    const chunks: Uint8Array[] = [];
    try {
      await new Promise<void>((resolve, reject) => {
        // JSZip's internal stream hands over inflated chunks as they come (not in its typings).
        const stream = (entry as unknown as { internalStream(type: 'uint8array'): ZipStream }).internalStream(
          'uint8array',
        );
        stream
          .on('data', (chunk: Uint8Array) => {
            this.inflated += chunk.length;
            if (this.inflated > this.maxUnzipped) {
              stream.pause();
              reject(tooBig(this.inflated, this.maxUnzipped));
              return;
            }
            chunks.push(chunk);
          })
          .on('error', reject)
          .on('end', () => resolve())
          .resume();
      });
    } catch (error) {
      if (error instanceof KehoachError) throw error;
      throw new KehoachError(
        'CORRUPT_FILE',
        `${name} inside the archive is damaged (${(error as Error).message}); save the file again`,
        { cause: error },
      );
    }
    return Buffer.concat(chunks).toString('utf8');
  }
}

function tooBig(size: number, max: number): KehoachError {
  return new KehoachError(
    'TOO_LARGE',
    `the archive unpacks to ${(size / 1e6).toFixed(0)} MB, above the ${(max / 1e6).toFixed(0)} MB a document may hold (a zip bomb?); check the file`,
  );
}
