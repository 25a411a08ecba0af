import { isKehoachError, KehoachError } from './errors.js';
import { type ParseOptions, resolveOptions } from './options.js';
import { runPipeline } from './pipeline.js';
import { readPlanFile } from './read-plan-file.js';
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
  if (typeof path !== 'string')
    throw new KehoachError(
      'INVALID_OPTIONS',
      'parsePlanFile takes a path as a string (parsePlan takes the bytes)',
    );
  // Options are checked before the file is read: a bad maxBytes is INVALID_OPTIONS, not TOO_LARGE.
  return parsePlan(await readPlanFile(path, resolveOptions(options).maxBytes), options);
}
