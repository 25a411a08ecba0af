// The batch worker entry (built to dist/batch-worker.js and loaded by path in a worker thread).
import { resolve } from 'node:path';
import { isKehoachError } from '../errors.js';
import type { ParseOptions } from '../options.js';
import { parsePlanFile } from '../parse-plan.js';
import type { WorkerResult } from './output-sink.js';
import { planRows, serializeTables } from './plan-tables.js';

export interface BatchTask {
  /** The path as recorded in the output (relative to `cwd`). */
  path: string;
  cwd: string;
  format: 'jsonl' | 'csv';
  options: ParseOptions;
}

/** Parses one file and serializes its output here, so the main thread only writes. */
export default async function parseForBatch(task: BatchTask): Promise<WorkerResult> {
  const { path, format } = task;
  try {
    const plan = await parsePlanFile(resolve(task.cwd, path), task.options);
    if (format === 'csv') return { path, ok: true, tables: serializeTables(planRows(path, plan)) };
    return { path, ok: true, planJson: JSON.stringify(plan) };
  } catch (error) {
    const code = isKehoachError(error) ? error.code : 'INTERNAL';
    return { path, ok: false, error: { code, message: String((error as Error)?.message ?? error) } };
  }
}
