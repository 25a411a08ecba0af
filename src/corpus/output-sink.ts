import type { BatchError } from './batch-record.js';
import type { TableName } from './plan-tables.js';

/**
 * What a worker sends back for one file: its output already serialized to UTF-8 off the main
 * thread, in buffers the worker hands over (transfers) rather than copies.
 */
export type WorkerResult =
  | { path: string; ok: true; planJson?: Uint8Array; tables?: Partial<Record<TableName, Uint8Array>> }
  | { path: string; ok: false; error: BatchError };

/**
 * Where a batch writes. Every record is written whole with synchronous writes, so an interrupt
 * between records leaves only complete records; `done` lists what an earlier run already wrote.
 * A result's bytes are the sink's only during write(): they then go back to the worker to be
 * filled again.
 */
export interface OutputSink {
  readonly format: 'jsonl' | 'csv';
  readonly done: ReadonlySet<string>;
  /**
   * The absolute path written (the JSONL file, or the CSV directory), null for standard output.
   * The batch never takes it, or what is under it, for an input.
   */
  readonly path?: string | null;
  write(result: WorkerResult): void;
  close(): void;
}

/** The buffers under a result's bytes: transferred to the main thread, and back once written. */
export function resultBuffers(result: WorkerResult): ArrayBuffer[] {
  if (!result.ok) return [];
  const views = result.planJson ? [result.planJson] : Object.values(result.tables ?? {});
  return [...new Set(views.map((view) => view.buffer as ArrayBuffer))];
}
