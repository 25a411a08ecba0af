// Throughput and peak RSS of every stage (load, normalize, segment, each extractor kind, refine)
// on the corpus plans one by one and on the corpus repeated to 100× its size, and whether each
// stage's time grows linearly (×10 → ×100 must take ≤ 11× as long).
import { mbPerSec, measure } from '../lib/run-measure.js';
import { discoverStages } from '../lib/stages.js';
import type { BenchRow, BenchSuite } from '../types.js';

/** Largest allowed t(×100) / t(×10): linear time with 10% to spare for noise. */
export const LINEAR_RATIO = 11;

export const suite: BenchSuite = {
  name: 'stages',
  async run() {
    const rows: BenchRow[] = [];
    const stages = (await discoverStages()).filter((s) => !s.part && s.group !== 'pipeline');
    for (const stage of stages) {
      process.stderr.write(`  ${stage.name}\n`);
      const docs = measure({ stage: stage.name, input: 'docs' });
      const x10 = measure({ stage: stage.name, input: 'x10', minMs: 1500 });
      const x100 = measure({ stage: stage.name, input: 'x100', minMs: 1500 });
      const ratio = x100.msPerIteration / x10.msPerIteration;
      rows.push(
        {
          suite: 'stages',
          name: `${stage.name} · corpus plans`,
          mbPerSec: mbPerSec(docs),
          perSec: (docs.docs * 1000) / docs.msPerIteration,
          unit: 'plans',
          msPerDoc: docs.msPerIteration / docs.docs,
          peakRssMb: docs.peakRssMb,
          roundMs: { docs: docs.roundMs },
        },
        {
          suite: 'stages',
          name: `${stage.name} · corpus ×100`,
          mbPerSec: mbPerSec(x100),
          msPerDoc: x100.msPerIteration,
          peakRssMb: x100.peakRssMb,
          roundMs: { x10: x10.roundMs, x100: x100.roundMs },
          note: `×100/×10 time ${ratio.toFixed(1)}; +${(x100.peakRssMb - x100.preparedRssMb).toFixed(0)} MB while running`,
          target: `linear (≤ ${LINEAR_RATIO})`,
          ok: ratio <= LINEAR_RATIO,
        },
      );
    }
    return rows;
  },
};
