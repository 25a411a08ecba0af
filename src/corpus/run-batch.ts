import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { ParseOptions } from '../options.js';
import { type BatchSummary, emptySummary } from './batch-summary.js';
import type { BatchTask } from './batch-worker.js';
import { discoverFiles } from './discover-files.js';
import type { OutputSink, WorkerResult } from './output-sink.js';
import { inShard, type Shard } from './shard.js';
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
  const files = (await discoverFiles(options.patterns, cwd)).filter((f) => !shard || inShard(f, shard));
  const todo = files.filter((f) => !sink.done.has(f));
  summary.files = files.length;
  summary.skipped = files.length - todo.length;
  options.onStart?.(todo.length, summary);
  const jobs = Math.max(1, Math.min(options.jobs ?? availableParallelism(), todo.length || 1));
  const worker = options.worker ?? findWorkerFile();
  const pool = new Piscina<BatchTask, WorkerResult>({
    filename: worker.filename,
    execArgv: worker.execArgv,
    minThreads: jobs,
    maxThreads: jobs,
  });
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
  try {
    await new Promise<void>((resolve, reject) => {
      let next = 0;
      let inFlight = 0;
      let failed = false;
      const finishIfIdle = () => {
        if (inFlight === 0 && (next >= todo.length || signal?.aborted)) resolve();
      };
      // A few files queued per thread keep the threads busy without holding the corpus in memory.
      const pump = () => {
        while (!failed && !signal?.aborted && inFlight < jobs * 2 && next < todo.length) {
          const path = todo[next++]!;
          inFlight++;
          pool
            .run({ path, cwd, format: sink.format, options: options.parseOptions ?? {} })
            .catch(
              (error: unknown): WorkerResult => ({
                path,
                ok: false,
                error: { code: 'WORKER_CRASHED', message: String((error as Error)?.message ?? error) },
              }),
            )
            .then((result) => {
              inFlight--;
              if (failed) return;
              try {
                record(result);
              } catch (error) {
                failed = true;
                reject(error);
                return;
              }
              pump();
              finishIfIdle();
            });
        }
      };
      signal?.addEventListener('abort', finishIfIdle, { once: true });
      pump();
      finishIfIdle();
    });
  } finally {
    await pool.destroy();
  }
  summary.interrupted = summary.parsed + summary.failed < todo.length;
  summary.elapsedMs = performance.now() - started;
  return summary;
}
