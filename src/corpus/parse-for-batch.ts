import { resolve } from 'node:path';
import { isKehoachError } from '../errors.js';
import type { ParseOptions } from '../options.js';
import { parsePlan } from '../parse-plan.js';
import { readPlanFileSync } from '../read-plan-file.js';
import { jsonMembers } from './json-members.js';
import type { WorkerResult } from './output-sink.js';
import { planRows, serializeTables, type TableName } from './plan-tables.js';
import type { Utf8Buffers } from './utf8-buffers.js';

/** What every file of one batch shares. */
export interface BatchJob {
  cwd: string;
  format: 'jsonl' | 'csv';
  options: ParseOptions;
}

/**
 * Parses one file and serializes its output, so the main thread only writes. The text goes out
 * as UTF-8 bytes: that is what the sink writes anyway, and a byte buffer can be handed to the
 * main thread whole, where a string (≈ 60 KB of JSON per plan) would be copied.
 */
export async function parseForBatch(
  path: string,
  job: BatchJob,
  buffers: Utf8Buffers,
): Promise<WorkerResult> {
  try {
    const bytes = readPlanFileSync(resolve(job.cwd, path), job.options.maxBytes);
    const plan = await parsePlan(bytes, job.options);
    if (job.format === 'jsonl') return { path, ok: true, planJson: buffers.encode([jsonMembers(plan)])[0]! };
    const texts = Object.entries(serializeTables(planRows(path, plan))) as Array<[TableName, string]>;
    const encoded = buffers.encode(texts.map(([, text]) => [text]));
    return { path, ok: true, tables: Object.fromEntries(texts.map(([table], i) => [table, encoded[i]!])) };
  } catch (error) {
    const code = isKehoachError(error) ? error.code : 'INTERNAL';
    return { path, ok: false, error: { code, message: String((error as Error)?.message ?? error) } };
  }
}
