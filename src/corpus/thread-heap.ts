import type { ResourceLimits } from 'node:worker_threads';
import { DEFAULT_MAX_BYTES } from '../options.js';

const MB = 1024 * 1024;

/**
 * The V8 heap of a batch thread. The defaults suit one process doing one big job; a batch runs
 * one thread per core, each holding ≈ 20 MB of live data (code, lexicons, the language model)
 * while every plan's garbage dies young, and they cost 40-60 MB of peak memory per thread:
 *
 * - young generation 24 MB (8 MB semi-spaces) instead of 48: a scavenge every few plans still
 *   finds nearly everything dead, and each thread keeps 16 MB less;
 * - old generation capped at 1 GB instead of 4 GB: below 2 GB, V8 lets the old generation grow
 *   only ≈ 1.6× (not 4×) over its live data between full collections, so the little that
 *   outlives a plan is collected at ≈ 30 MB instead of ≈ 70 MB. A thread is stopped only by
 *   real exhaustion, and a 49 MB text (the largest default input) parses in under 700 MB; a
 *   larger `maxBytes` raises the cap with it.
 *
 * Measured on 10,000 plans with 2 threads: peak RSS ≈ 225-245 MB → ≈ 185 MB, GC time unchanged
 * within noise.
 */
export function batchThreadHeap(maxBytes = DEFAULT_MAX_BYTES): ResourceLimits {
  return {
    maxYoungGenerationSizeMb: 24,
    maxOldGenerationSizeMb: Math.max(1024, Math.ceil((20 * maxBytes) / MB)),
  };
}
