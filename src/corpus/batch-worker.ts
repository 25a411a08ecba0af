// The batch worker thread (built to dist/batch-worker.js and started by path): it parses the
// files the main thread sends, one after the other, and posts each record back.
import { parentPort, workerData } from 'node:worker_threads';
import { type BatchJob, parseForBatch, resultBuffers } from './parse-for-batch.js';

const job = workerData as BatchJob;
const port = parentPort!;
// The main thread sends a file or two ahead, so that this thread never waits for the next one.
const queue: string[] = [];
let draining = false;

async function drain() {
  draining = true;
  for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
    const result = await parseForBatch(path, job);
    port.postMessage(result, resultBuffers(result));
  }
  draining = false;
}

port.on('message', (path: string) => {
  queue.push(path);
  if (!draining) void drain();
});
