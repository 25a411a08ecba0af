import { execFileSync } from 'node:child_process';
import type { Measurement, MeasureRequest } from './measure.js';

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

/** Megabytes (1e6 bytes of UTF-8) per second. */
export const mbPerSec = (m: Measurement): number => m.bytes / 1e6 / (m.msPerIteration / 1000);
