import type { ResourceLimits, Worker } from 'node:worker_threads';
import { KehoachError } from '../errors.js';
import type { ToWorker } from './batch-worker.js';
import { resultBuffers, type WorkerResult } from './output-sink.js';
import type { BatchJob } from './parse-for-batch.js';
import { startWorker, type WorkerFile } from './worker-file.js';
import { WORKER_READY } from './worker-ready.js';

export interface BatchThreadsOptions {
  files: readonly string[];
  threads: number;
  job: BatchJob;
  worker: WorkerFile;
  resourceLimits?: ResourceLimits;
  /** Aborting stops handing out files; the files already sent to a thread are finished. */
  signal?: AbortSignal | undefined;
  /** Takes each result as it comes; throwing (a failing sink) stops the batch and rejects. */
  onResult: (result: WorkerResult) => void;
}

/**
 * Files sent to a thread ahead of its results: the next file is already there when a thread
 * posts a result, so the thread never waits for the main thread, and no more than this many
 * results per thread can ever pile up in the main thread.
 */
const AHEAD = 2;

interface Thread {
  worker: Worker;
  /** The files sent and not yet answered, in the order the thread works through them. */
  sent: string[];
  /** The thread has loaded its modules (it posted WORKER_READY). */
  ready: boolean;
}

/**
 * Parses `files` in worker threads and calls `onResult` on the main thread as each finishes.
 * A thread that dies (out of memory, a crash in native code) costs only the file it was on: that
 * file gets a WORKER_CRASHED record, and the files queued behind it go to a fresh thread. A thread
 * that dies before it has loaded rejects the batch with an INTERNAL KehoachError instead: every
 * thread after it would die the same way, one file at a time.
 */
export async function parseInThreads(options: BatchThreadsOptions): Promise<void> {
  const { files, signal, onResult } = options;
  const threads = new Set<Thread>();
  let closing = false;
  try {
    await new Promise<void>((resolve, reject) => {
      let next = 0;
      // Files a dead thread never started, handed out again before the rest.
      const resent: string[] = [];
      let failed = false;
      const stopped = () => failed || signal?.aborted === true;
      const hasWork = () => resent.length > 0 || next < files.length;
      const take = () => resent.pop() ?? files[next++]!;
      // The written result's buffers go back with the next file, for the thread to fill again;
      // a thread given no more files has no use for them.
      const feed = (thread: Thread, giveBack: ArrayBuffer[] = []) => {
        while (!stopped() && thread.sent.length < AHEAD && hasWork()) {
          const path = take();
          thread.sent.push(path);
          send(thread, { path, giveBack: giveBack.splice(0) });
        }
      };
      const send = (thread: Thread, message: ToWorker) =>
        thread.worker.postMessage(message, message.giveBack);
      const finishIfIdle = () => {
        if ([...threads].every((t) => t.sent.length === 0) && (stopped() || !hasWork())) resolve();
      };
      const deliver = (result: WorkerResult) => {
        try {
          onResult(result);
          return true;
        } catch (error) {
          failed = true;
          reject(error);
          return false;
        }
      };
      const start = (): Thread => {
        const worker = startWorker(options.worker, {
          workerData: options.job,
          ...(options.resourceLimits ? { resourceLimits: options.resourceLimits } : {}),
        });
        const thread: Thread = { worker, sent: [], ready: false };
        let crash: Error | null = null;
        worker.on('message', (result: WorkerResult | typeof WORKER_READY) => {
          if (result === WORKER_READY) {
            thread.ready = true;
            return;
          }
          thread.sent.shift();
          if (failed || !deliver(result)) return;
          feed(thread, resultBuffers(result));
          finishIfIdle();
        });
        worker.on('error', (error) => {
          crash = error;
        });
        worker.on('exit', (code) => {
          threads.delete(thread);
          if (closing || failed) return;
          if (!thread.ready) {
            failed = true;
            const why = `a batch worker thread could not start (${crash?.message ?? `it exited with code ${code}`}); check the installation`;
            reject(new KehoachError('INTERNAL', why, { cause: crash ?? undefined }));
            return;
          }
          const [lost, ...unstarted] = thread.sent;
          resent.push(...unstarted.reverse());
          if (lost !== undefined) {
            const message = crash?.message ?? `the worker thread exited with code ${code}`;
            if (!deliver({ path: lost, ok: false, error: { code: 'WORKER_CRASHED', message } })) return;
          }
          if (!stopped() && hasWork()) feed(start());
          finishIfIdle();
        });
        threads.add(thread);
        return thread;
      };
      for (let i = 0; i < options.threads; i++) feed(start());
      signal?.addEventListener('abort', finishIfIdle, { once: true });
      finishIfIdle();
    });
  } finally {
    closing = true;
    await Promise.all([...threads].map((t) => t.worker.terminate()));
  }
}
