// The batch worker thread (built to dist/batch-worker.js and started by path): it parses the
// files the main thread sends, one after the other, and posts each record back.
import { parentPort, workerData } from 'node:worker_threads';
import { resultBuffers } from './output-sink.js';
import { type BatchJob, parseForBatch } from './parse-for-batch.js';
import { Utf8Buffers } from './utf8-buffers.js';
import { WORKER_READY } from './worker-ready.js';

/** What the main thread sends: the next file and the buffers it has written out. */
export interface ToWorker {
  path: string;
  giveBack: ArrayBuffer[];
}

const job = workerData as BatchJob;
const port = parentPort!;
const buffers = new Utf8Buffers();
// The main thread sends a file or two ahead, so that this thread never waits for the next one.
const queue: string[] = [];
let draining = false;

async function drain() {
  draining = true;
  for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
    const result = await parseForBatch(path, job, buffers);
    port.postMessage(result, resultBuffers(result));
  }
  draining = false;
}

port.on('message', ({ path, giveBack }: ToWorker) => {
  for (const buffer of giveBack) buffers.giveBack(buffer);
  queue.push(path);
  if (!draining) void drain();
});

// Posted last: the imports above have all loaded and run by now.
port.postMessage(WORKER_READY);
