import { closeSync, existsSync, mkdirSync, openSync, truncateSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { errorLine, planLine } from './batch-record.js';
import type { OutputSink, WorkerResult } from './output-sink.js';
import { scanJsonl } from './scan-output.js';

/**
 * JSONL output: one line per file, `{"path":…,"plan":…}` or `{"path":…,"error":{code,message}}`.
 * `file` null writes to standard output (which is synchronous on Linux for files and pipes).
 * With `resume`, a torn last line (a kill mid-write) is cut off and new lines are appended.
 */
export async function openJsonlSink(file: string | null, resume: boolean): Promise<OutputSink> {
  const done = new Set<string>();
  if (file && resume && existsSync(file)) {
    const scanned = await scanJsonl(file);
    truncateSync(file, scanned.complete);
    for (const path of scanned.paths) done.add(path);
  }
  if (file) mkdirSync(dirname(file), { recursive: true });
  const fd = file ? openSync(file, resume ? 'a' : 'w') : null;
  const emit = (line: string) => {
    if (fd === null) process.stdout.write(line);
    else writeSync(fd, line);
  };
  return {
    format: 'jsonl',
    done,
    write(result: WorkerResult) {
      const line = result.ok
        ? planLine(result.path, result.planJson ?? 'null')
        : errorLine(result.path, result.error);
      emit(`${line}\n`);
    },
    close() {
      if (fd !== null) closeSync(fd);
    },
  };
}
