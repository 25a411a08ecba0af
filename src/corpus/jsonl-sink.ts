import { closeSync, existsSync, mkdirSync, openSync, truncateSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { errorLine, planLineHead } from './batch-record.js';
import type { OutputSink, WorkerResult } from './output-sink.js';
import { scanJsonl } from './scan-output.js';
import { writeAll } from './write-all.js';

const NULL = Buffer.from('null');
const LINE_END = Buffer.from('}\n');

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
  // The Plan's JSON arrives as UTF-8 bytes: the line is written around it, never decoded.
  const emit = (chunks: Uint8Array[]) => {
    if (fd === null) process.stdout.write(Buffer.concat(chunks));
    else writeAll(fd, chunks);
  };
  return {
    format: 'jsonl',
    done,
    path: file ? resolve(file) : null,
    write(result: WorkerResult) {
      if (result.ok) emit([Buffer.from(planLineHead(result.path)), result.planJson ?? NULL, LINE_END]);
      else emit([Buffer.from(`${errorLine(result.path, result.error)}\n`)]);
    },
    close() {
      if (fd !== null) closeSync(fd);
    },
  };
}
