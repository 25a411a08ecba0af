// A stand-in batch worker for tests of thread crashes: it answers each file with a tiny Plan,
// except that a file named crash*.txt kills the thread, as a native crash or an OOM would.
import { parentPort } from 'node:worker_threads';

const queue = [];
let busy = false;

function drain() {
  busy = true;
  for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
    if (path.split('/').at(-1).startsWith('crash')) process.exit(3);
    const planJson = new TextEncoder().encode(`{"file":${JSON.stringify(path)}}`);
    parentPort.postMessage({ path, ok: true, planJson }, [planJson.buffer]);
  }
  busy = false;
}

parentPort.on('message', ({ path }) => {
  queue.push(path);
  // A turn of the event loop first, so that files queue up behind the one that crashes.
  if (!busy) setTimeout(drain, 5);
});

// What the real worker posts once its modules have loaded (src/corpus/worker-ready.ts).
parentPort.postMessage('kehoach:worker-ready');
