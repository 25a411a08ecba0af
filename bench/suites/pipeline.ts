// The whole pipeline: the corpus plans one by one, the corpus ×10 and ×100 as one text (linear
// time), chrono-node's Vietnamese strict parser on the same text for reference, and a batch of
// 10,000 plans through `kehoach batch` on 2 cores.
import { type BatchResult, runBatch } from '../lib/batch.js';
import { mbPerSec, measure, measureMedian } from '../lib/run-measure.js';
import type { BenchRow, BenchSuite } from '../types.js';
import { LINEAR_RATIO } from './stages.js';

const TARGET_MB_S = 10;
const BATCH = { plans: 10_000, jobs: 2, seconds: 10, rssMb: 200 };

export const suite: BenchSuite = {
  name: 'pipeline',
  async run() {
    const rows: BenchRow[] = [];
    const docs = measureMedian({ stage: 'pipeline', input: 'docs', minMs: 2500 });
    const speed = mbPerSec(docs);
    const ms15k = (15e3 / (speed * 1e6)) * 1000;
    rows.push({
      suite: 'pipeline',
      name: 'parsePlan · corpus plans',
      mbPerSec: speed,
      perSec: (docs.docs * 1000) / docs.msPerIteration,
      unit: 'plans',
      msPerDoc: docs.msPerIteration / docs.docs,
      peakRssMb: docs.peakRssMb,
      roundMs: { docs: docs.roundMs },
      note: `a 15 KB plan: ${ms15k.toFixed(2)} ms (target < 1.5 ms)`,
      target: `≥ ${TARGET_MB_S} MB/s per core`,
      ok: speed >= TARGET_MB_S,
    });
    const x10 = measureMedian({ stage: 'pipeline', input: 'x10', minMs: 2500 });
    const x100 = measureMedian({ stage: 'pipeline', input: 'x100', minMs: 2500 });
    const ratio = x100.msPerIteration / x10.msPerIteration;
    rows.push(
      {
        suite: 'pipeline',
        name: 'parsePlan · corpus ×10 (one text)',
        mbPerSec: mbPerSec(x10),
        msPerDoc: x10.msPerIteration,
        peakRssMb: x10.peakRssMb,
      },
      {
        suite: 'pipeline',
        name: 'parsePlan · corpus ×100 (one text)',
        mbPerSec: mbPerSec(x100),
        msPerDoc: x100.msPerIteration,
        peakRssMb: x100.peakRssMb,
        roundMs: { x10: x10.roundMs, x100: x100.roundMs },
        note: `×100/×10 time ${ratio.toFixed(1)}`,
        target: `linear (≤ ${LINEAR_RATIO})`,
        ok: ratio <= LINEAR_RATIO,
      },
    );
    for (const input of ['docs', 'x100'] as const) {
      const ref = measure({ stage: 'chrono-vi-strict', input });
      rows.push({
        suite: 'pipeline',
        name: `reference: chrono-node vi strict · ${input === 'docs' ? 'corpus plans' : 'corpus ×100'}`,
        mbPerSec: mbPerSec(ref),
        msPerDoc: ref.msPerIteration / ref.docs,
        peakRssMb: ref.peakRssMb,
        note: 'dates only; the peers figure is ~16.5 MB/s',
      });
    }
    rows.push(await batchRow());
    return rows;
  },
};

async function batchRow(): Promise<BenchRow> {
  const name = `kehoach batch · ${BATCH.plans} plans, ${BATCH.jobs} jobs`;
  const target = `< ${BATCH.seconds} s, < ${BATCH.rssMb} MB`;
  let r: BatchResult;
  try {
    r = await runBatch(BATCH.plans, BATCH.jobs);
  } catch (error) {
    return {
      suite: 'pipeline',
      name,
      target,
      ok: false,
      note: `FAILED: ${(error as Error).message.slice(0, 200)}`,
    };
  }
  return {
    suite: 'pipeline',
    name,
    mbPerSec: r.bytes / 1e6 / r.seconds,
    perSec: r.plans / r.seconds,
    unit: 'plans',
    msPerDoc: (r.seconds * 1000) / r.plans,
    peakRssMb: r.peakRssMb,
    note: `${r.seconds.toFixed(1)} s wall (median of ${r.runs} runs), ${r.cpuSeconds.toFixed(1)} CPU s (≥ ${(r.cpuSeconds / BATCH.jobs).toFixed(1)} s on ${BATCH.jobs} idle cores)${r.failed ? `, ${r.failed} failed` : ''}`,
    target,
    ok: r.seconds < BATCH.seconds && r.peakRssMb < BATCH.rssMb && r.failed === 0,
  };
}
