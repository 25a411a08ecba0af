/** One row of the benchmark table. Throughput fields are filled where they mean something. */
export interface BenchRow {
  suite: string;
  name: string;
  /** Megabytes of input per second (1 MB = 1e6 bytes of UTF-8). */
  mbPerSec?: number;
  /** Documents (plans, pages …) per second; `unit` says which. */
  perSec?: number;
  unit?: string;
  /** Milliseconds per document. */
  msPerDoc?: number;
  /** Peak resident set size during the suite, in MB. */
  peakRssMb?: number;
  /** Anything else worth printing: a ratio, a share of repaired errors … */
  note?: string;
  /** CPU ms per iteration of each timed round, fastest first, by input ('docs', 'x10', 'x100'). */
  roundMs?: Record<string, number[]>;
  /** A target the row must meet, and whether it did. */
  target?: string;
  ok?: boolean;
}

/** A benchmark suite: bench/suites/<name>.ts exports `suite` of this type. */
export interface BenchSuite {
  name: string;
  run(): Promise<BenchRow[]>;
}
