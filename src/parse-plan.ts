import { readFile, stat } from 'node:fs/promises';
import { isKehoachError, KehoachError } from './errors.js';
import { DEFAULT_MAX_BYTES, type ParseOptions } from './options.js';
import { runPipeline } from './pipeline.js';
import type { Plan } from './schema/plan.js';

/**
 * Parses a plan from text or from the bytes of a file (format and encoding detected
 * from the bytes). Rejects only with a KehoachError.
 */
export async function parsePlan(input: string | Uint8Array, options: ParseOptions = {}): Promise<Plan> {
  try {
    return await runPipeline(input, options);
  } catch (error) {
    if (isKehoachError(error)) throw error;
    throw new KehoachError(
      'INTERNAL',
      `kehoach failed unexpectedly: ${String((error as Error)?.message ?? error)}; please report this input`,
      { cause: error },
    );
  }
}

/** Reads a file (any supported format) and parses it. */
export async function parsePlanFile(path: string, options: ParseOptions = {}): Promise<Plan> {
  let bytes: Buffer;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new KehoachError('FILE_NOT_FOUND', `${path} is not a file`);
    const max = options.maxBytes ?? DEFAULT_MAX_BYTES;
    if (info.size > max) {
      throw new KehoachError(
        'TOO_LARGE',
        `${path} is ${(info.size / 1e6).toFixed(1)} MB, above maxBytes (${(max / 1e6).toFixed(1)} MB); raise maxBytes to parse it`,
      );
    }
    bytes = await readFile(path);
  } catch (error) {
    if (isKehoachError(error)) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EISDIR')
      throw new KehoachError('FILE_NOT_FOUND', `no such file: ${path}`, { cause: error });
    throw new KehoachError('INTERNAL', `cannot read ${path}: ${(error as Error).message}`, { cause: error });
  }
  return parsePlan(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), options);
}
