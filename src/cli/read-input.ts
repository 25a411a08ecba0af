import type { ParseOptions } from '../options.js';
import { readPlanFile } from '../read-plan-file.js';

/**
 * Reads a CLI input: a path, or '-' for standard input. A path is read as parsePlanFile reads
 * it, so a missing file is FILE_NOT_FOUND and one above maxBytes is refused before it is read.
 */
export async function readInput(
  path: string,
  options: Pick<ParseOptions, 'maxBytes'> = {},
): Promise<Uint8Array> {
  if (path !== '-') return readPlanFile(path, options.maxBytes);
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return new Uint8Array(Buffer.concat(chunks));
}
