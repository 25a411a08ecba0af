import { availableParallelism } from 'node:os';
import { relative, sep } from 'node:path';
import type { ParseOptions } from '../options.js';
import { type BatchSummary, emptySummary } from './batch-summary.js';
import { parseInThreads } from './batch-threads.js';
import { discoverFiles } from './discover-files.js';
import type { OutputSink, WorkerResult } from './output-sink.js';
import { inShard, type Shard } from './shard.js';
import { batchThreadHeap } from './thread-heap.js';
import { findWorkerFile, type WorkerFile } from './worker-file.js';

export interface BatchOptions {
  /** Globs, files or directories, relative to `cwd`. */
  patterns: readonly string[];
  sink: OutputSink;
  cwd?: string;
  /** Worker threads (default: one per core). */
  jobs?: number;
  shard?: Shard;
  parseOptions?: ParseOptions;
  /** Aborting stops handing out files; files already in a worker are finished and written. */
  signal?: AbortSignal;
  /** Called once the files are known: `total` is what is left to do. */
  onStart?: (total: number, summary: BatchSummary) => void;
  onResult?: (result: WorkerResult, summary: BatchSummary) => void;
  worker?: WorkerFile;
}

/**
 * Parses every matched file in worker threads and streams one record per file to the sink.
 * A failing file becomes an error record; only a failing sink (disk full, closed pipe) rejects.
 */
export async function runBatch(options: BatchOptions): Promise<BatchSummary> {
  const started = performance.now();
  const cwd = options.cwd ?? process.cwd();
  const { sink, signal } = options;
  const summary = emptySummary();
  const shard = options.shard;
  // The output itself is never an input ('--out plans.txt' inside the corpus would be parsed,
  // truncated, as an empty plan). It is compared as discovery writes paths (relative to cwd,
  // with '/'), so no path is built per file.
  const output = sink.path ? relative(cwd, sink.path).split(sep).join('/') : null;
  const isOutput = (file: string) => output !== null && (file === output || file.startsWith(`${output}/`));
  const files = (await discoverFiles(options.patterns, cwd)).filter(
    (f) => !isOutput(f) && (!shard || inShard(f, shard)),
  );
  const todo = files.filter((f) => !sink.done.has(f));
  summary.files = files.length;
  summary.skipped = files.length - todo.length;
  options.onStart?.(todo.length, summary);
  const record = (result: WorkerResult) => {
    sink.write(result);
    if (result.ok) summary.parsed++;
    else {
      summary.failed++;
      summary.failures[result.error.code] = (summary.failures[result.error.code] ?? 0) + 1;
      summary.failedFiles.push({ path: result.path, error: result.error });
    }
    options.onResult?.(result, summary);
  };
  if (todo.length) {
    await parseInThreads({
      files: todo,
      threads: Math.max(1, Math.min(options.jobs ?? availableParallelism(), todo.length)),
      job: { cwd, format: sink.format, options: options.parseOptions ?? {} },
      worker: options.worker ?? findWorkerFile(),
      resourceLimits: batchThreadHeap(options.parseOptions?.maxBytes),
      signal,
      onResult: record,
    });
  }
  summary.interrupted = summary.parsed + summary.failed < todo.length;
  summary.elapsedMs = performance.now() - started;
  return summary;
}
