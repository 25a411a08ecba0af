// 10,000 plans through `kehoach batch --jobs 2` (the built CLI), timed and with its peak RSS
// read by /usr/bin/time (worker threads share the process, so its peak covers them all).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'tsup';
import { cliBuild } from '../../tsup.config.js';
import { corpusTexts, utf8Bytes } from './corpus.js';
import { median } from './median.js';

export interface BatchResult {
  plans: number;
  bytes: number;
  seconds: number;
  /** CPU seconds (user + system) of the whole process, all threads. */
  cpuSeconds: number;
  peakRssMb: number;
  failed: number;
  /** How many runs were made; the figures are the median one's. */
  runs: number;
}

const root = new URL('../../', import.meta.url).pathname;

/**
 * The CLI as the package ships it (tsup.config.ts's CLI build): bundled, with its batch worker
 * beside it, into bench/out/ (ignored by git). Built here rather than by `npm run build` so the
 * bench never depends on a stale dist/.
 */
async function buildCli(): Promise<string> {
  const out = join(root, 'bench/out/dist');
  await build({ ...cliBuild, config: false, outDir: out, clean: true, silent: true });
  const cli = join(out, 'cli.js');
  if (!existsSync(cli)) throw new Error('could not build the CLI into bench/out/dist');
  return cli;
}

/**
 * Writes `count` plan files (the corpus, cycled) and parses them with `kehoach batch`, `runs`
 * times; the run with the median wall time is the result, so that one run slowed by the
 * machine (a wall time moves ±1 s between runs on an idle machine) is not the figure.
 */
export async function runBatch(count: number, jobs: number, runs = 3): Promise<BatchResult> {
  const cli = await buildCli();
  const dir = mkdtempSync(join(tmpdir(), 'kehoach-batch-'));
  try {
    const docs = corpusTexts();
    mkdirSync(join(dir, 'in'));
    const texts: string[] = [];
    for (let i = 0; i < count; i++) {
      const text = docs[i % docs.length]!;
      texts.push(text);
      writeFileSync(join(dir, 'in', `${String(i).padStart(5, '0')}.txt`), text);
    }
    const results = Array.from({ length: runs }, () => timeBatch(cli, dir, jobs));
    return { plans: count, bytes: utf8Bytes(texts), runs, ...median(results, (r) => r.seconds) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** One run of `kehoach batch` over dir/in, timed by /usr/bin/time. */
function timeBatch(cli: string, dir: string, jobs: number): Omit<BatchResult, 'plans' | 'bytes' | 'runs'> {
  const out = join(dir, 'plans.jsonl');
  rmSync(out, { force: true });
  const run = spawnSync(
    '/usr/bin/time',
    [
      '-f',
      'KEHOACH_TIME %e %M %U %S',
      process.execPath,
      cli,
      'batch',
      join(dir, 'in'),
      '--jobs',
      String(jobs),
      '--out',
      out,
    ],
    { encoding: 'utf8', maxBuffer: 64 << 20 },
  );
  const line = run.stderr.split('\n').find((l) => l.startsWith('KEHOACH_TIME'));
  if (run.status !== 0 || !line) throw new Error(`kehoach batch failed: ${run.stderr.slice(-2000)}`);
  const [, seconds, rssKb, user, system] = line.split(' ');
  const failed = (run.stderr.match(/(\d+) failed/) ?? [])[1];
  return {
    seconds: Number(seconds),
    cpuSeconds: Number(user) + Number(system),
    peakRssMb: Number(rssKb) / 1024,
    failed: Number(failed ?? 0),
  };
}
