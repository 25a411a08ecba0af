import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/** Where the batch worker is, and the flags its threads need to load it. */
export interface WorkerFile {
  filename: string;
  execArgv: string[];
}

/**
 * The built package ships dist/batch-worker.js next to the code that starts it. Run from source
 * (tests, `node --import tsx src/cli/main.ts`), the sibling is TypeScript and threads load it
 * through tsx, resolved from here because the batch's working directory may be anywhere.
 */
export function findWorkerFile(): WorkerFile {
  const built = new URL('./batch-worker.js', import.meta.url);
  if (existsSync(fileURLToPath(built))) return { filename: built.href, execArgv: [...process.execArgv] };
  const source = new URL('./batch-worker.ts', import.meta.url);
  const hasTsx = process.execArgv.some((arg) => arg.includes('tsx'));
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  return {
    filename: source.href,
    execArgv: hasTsx ? [...process.execArgv] : [...process.execArgv, '--import', tsx],
  };
}

/**
 * Starts a thread on the worker file. A TypeScript worker (run from source) is required from a
 * small module instead: Node 20 starts threads on JavaScript only and does not apply tsx's ESM
 * loader inside them, while the require hook that `--import tsx` installs does work there.
 */
export function startWorker(file: WorkerFile, options: WorkerOptions): Worker {
  const settings = { ...options, execArgv: file.execArgv };
  if (!file.filename.endsWith('.ts')) return new Worker(new URL(file.filename), settings);
  const bootstrap = `import { createRequire } from 'node:module'; createRequire(${JSON.stringify(file.filename)})(${JSON.stringify(fileURLToPath(file.filename))});`;
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(bootstrap)}`), settings);
}
