import { availableParallelism } from 'node:os';
import { SingleBar } from 'cli-progress';
import { formatBatchSummary } from '../corpus/batch-summary.js';
import { openCsvSink } from '../corpus/csv-sink.js';
import { openJsonlSink } from '../corpus/jsonl-sink.js';
import type { OutputSink } from '../corpus/output-sink.js';
import { runBatch } from '../corpus/run-batch.js';
import type { Shard } from '../corpus/shard.js';
import type { ParseOptions } from '../options.js';
import { notADirectory, notAFile } from './out-dir.js';

export interface BatchCommandOptions {
  out?: string;
  format: 'jsonl' | 'csv';
  jobs?: number;
  resume: boolean;
  shard?: Shard;
  parseOptions: ParseOptions;
}

const usage = (message: string): number => {
  process.stderr.write(`kehoach batch: ${message}\n`);
  return 2;
};

/** `kehoach batch GLOB… --out plans.jsonl`: returns the exit code. */
export async function batchCommand(patterns: string[], opts: BatchCommandOptions): Promise<number> {
  if (opts.format === 'csv' && !opts.out)
    return usage('--format csv writes a directory of tables: give --out DIR');
  if (opts.jobs !== undefined && !(opts.jobs >= 1))
    return usage('--jobs expects a number of threads, 1 or more');
  if (opts.resume && !opts.out)
    return usage('--resume needs --out: it reads what an earlier run wrote there');
  const cores = availableParallelism();
  if (opts.jobs !== undefined && opts.jobs > cores)
    // A hint, not an error: the user may know better (a machine shared out by its scheduler).
    process.stderr.write(
      `kehoach batch: --jobs ${opts.jobs} is more threads than the ${cores} cores here; each thread loads and compiles the parser anew (≈ 50 MB, ≈ 1.5 CPU s), so the batch is usually slower and larger, not faster\n`,
    );
  if (opts.format === 'csv') {
    const problem = notADirectory(opts.out, '--format csv');
    if (problem) return usage(problem);
  } else {
    const problem = notAFile(opts.out, 'JSONL');
    if (problem) return usage(`${problem} (--out plans.jsonl); --format csv writes a directory`);
  }
  const sink: OutputSink =
    opts.format === 'csv'
      ? await openCsvSink(opts.out!, opts.resume)
      : await openJsonlSink(opts.out ?? null, opts.resume);

  // First interrupt: stop handing out files and finish the ones in the workers. Second: leave now.
  // Either way every record was written whole, so the output stays valid for --resume.
  const controller = new AbortController();
  let signalCode = 0;
  const onSignal = (signal: NodeJS.Signals) => {
    if (controller.signal.aborted) {
      sink.close();
      process.exit(signalCode);
    }
    signalCode = signal === 'SIGINT' ? 130 : 143;
    process.stderr.write(`\nkehoach batch: ${signal}: finishing the files in progress (again to quit now)\n`);
    controller.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  // The bar only on a terminal: in logs and CI it would be noise.
  const bar = process.stderr.isTTY
    ? new SingleBar({
        stream: process.stderr,
        format: ' {bar} {value}/{total} files | {rate} files/s | ETA {eta_formatted} | {failed} failed',
        hideCursor: true,
        etaBuffer: 200,
      })
    : null;
  const started = performance.now();
  const rate = (done: number) => (done / Math.max(0.001, (performance.now() - started) / 1000)).toFixed(1);
  try {
    const summary = await runBatch({
      patterns,
      sink,
      ...(opts.jobs ? { jobs: opts.jobs } : {}),
      ...(opts.shard ? { shard: opts.shard } : {}),
      parseOptions: opts.parseOptions,
      signal: controller.signal,
      onStart: (total) => bar?.start(total, 0, { rate: '0.0', failed: 0 }),
      onResult: (_result, s) => {
        const done = s.parsed + s.failed;
        bar?.update(done, { rate: rate(done), failed: s.failed });
      },
    });
    bar?.stop();
    process.stderr.write(`kehoach batch: ${formatBatchSummary(summary)}`);
    if (summary.files === 0) process.stderr.write('kehoach batch: no files matched the patterns\n');
    return summary.interrupted ? signalCode || 1 : 0;
  } finally {
    bar?.stop();
    sink.close();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}
