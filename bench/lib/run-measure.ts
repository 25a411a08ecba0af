import { execFileSync } from 'node:child_process';
import type { Measurement, MeasureRequest } from './measure.js';
import { median } from './median.js';

const script = new URL('./measure.ts', import.meta.url).pathname;

/** Runs one measurement in a fresh Node process (its own heap, JIT and peak RSS). */
export function measure(request: MeasureRequest): Measurement {
  const out = execFileSync(process.execPath, ['--import', 'tsx', script, JSON.stringify(request)], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(out.trim().split('\n').pop()!) as Measurement;
}

/**
 * The median of `processes` measurements, each in a process of its own. One process now and then
 * runs slow throughout (the whole-pipeline ×100 read 670 ms once against 360–380 in four others,
 * on an idle machine): a state of the machine's memory, not of the code, and a median of three
 * processes does not take it for the code's figure.
 */
export function measureMedian(request: MeasureRequest, processes = 3): Measurement {
  const runs = Array.from({ length: processes }, () => measure(request));
  return median(runs, (m) => m.msPerIteration);
}

/** Megabytes (1e6 bytes of UTF-8) per second. */
export const mbPerSec = (m: Measurement): number => m.bytes / 1e6 / (m.msPerIteration / 1000);
