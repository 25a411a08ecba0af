// Our deadline stage vs chrono-node's `vi` locale (strict), side by side on the same corpus text.

import { readdirSync, readFileSync } from 'node:fs';
import * as chrono from 'chrono-node';
import { extractDeadlines } from '../../src/extract/deadlines/index.js';
import type { ExtractContext } from '../../src/extract/types.js';
import { normalizeText } from '../../src/normalize/index.js';
import { resolveOptions } from '../../src/options.js';
import { dropDeadlinesOutsideBody } from '../../src/refine/drop-deadlines-outside-body.js';
import { dropOverlappingDeadlines } from '../../src/refine/drop-overlapping-deadlines.js';
import type { RefineState } from '../../src/refine/types.js';
import { segment } from '../../src/segment/index.js';
import { snippetMeta } from '../../test/helpers/plan-meta.js';
import { median } from '../lib/median.js';
import type { BenchRow, BenchSuite } from '../types.js';

const corpusDir = new URL('../../corpus/', import.meta.url);
const ROUNDS = 7;
const ROUND_MS = 250;

function contexts(): ExtractContext[] {
  return readdirSync(corpusDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const { text } = normalizeText(readFileSync(new URL(f, corpusDir), 'utf8'));
      const meta = snippetMeta();
      return { text, seg: segment(text, []), options: resolveOptions({}), meta, planYear: 2023 };
    });
}

function ourStage(shared: ExtractContext): number {
  // A fresh context per run, as the pipeline makes one per plan: nothing is cached across runs.
  const ctx = { ...shared };
  let state: RefineState = {
    citations: [],
    deadlines: extractDeadlines(ctx),
    unitMentions: [],
    units: [],
    tasks: [],
    warnings: [],
  };
  state = dropDeadlinesOutsideBody.run(state, ctx);
  return dropOverlappingDeadlines.run(state, ctx).deadlines.length;
}

const reference = new Date(Date.UTC(2023, 0, 1));
const chronoStrict = (ctx: ExtractContext): number => chrono.vi.strict.parse(ctx.text, reference).length;

/** MB/s of UTF-8 input over every document, for about `ms` milliseconds. */
function measure(ctxs: ExtractContext[], fn: (ctx: ExtractContext) => number, ms: number) {
  const bytes = ctxs.reduce((n, c) => n + Buffer.byteLength(c.text), 0);
  let runs = 0;
  let found = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < ms) {
    found = 0;
    for (const c of ctxs) found += fn(c);
    runs++;
  }
  const elapsed = performance.now() - t0;
  return {
    mbPerSec: (bytes * runs) / 1e6 / (elapsed / 1000),
    msPerDoc: elapsed / (runs * ctxs.length),
    found,
  };
}

/**
 * Both engines in alternating rounds, the median round of each reported: a machine busy with
 * other work slows both alike instead of whichever happened to run second.
 */
function sideBySide(ctxs: ExtractContext[]) {
  for (const c of ctxs) {
    ourStage(c); // warm-up
    chronoStrict(c);
  }
  const ours = [];
  const theirs = [];
  for (let round = 0; round < ROUNDS; round++) {
    ours.push(measure(ctxs, ourStage, ROUND_MS));
    theirs.push(measure(ctxs, chronoStrict, ROUND_MS));
  }
  return { ours: median(ours, (r) => r.mbPerSec), theirs: median(theirs, (r) => r.mbPerSec) };
}

export const suite: BenchSuite = {
  name: 'deadlines',
  async run(): Promise<BenchRow[]> {
    const ctxs = contexts();
    const { ours, theirs } = sideBySide(ctxs);
    const ratio = ours.mbPerSec / theirs.mbPerSec;
    return [
      {
        suite: 'deadlines',
        name: 'kehoach deadline stage',
        mbPerSec: ours.mbPerSec,
        msPerDoc: ours.msPerDoc,
        perSec: 1000 / ours.msPerDoc,
        unit: 'plans',
        target: '≥ 2× chrono vi strict',
        ok: ratio >= 2,
        note: `${ratio.toFixed(1)}× chrono; ${ours.found} deadlines in ${ctxs.length} plans`,
      },
      {
        suite: 'deadlines',
        name: 'chrono-node vi strict',
        mbPerSec: theirs.mbPerSec,
        msPerDoc: theirs.msPerDoc,
        perSec: 1000 / theirs.msPerDoc,
        unit: 'plans',
        note: `${theirs.found} date mentions (no kinds, no recurrence)`,
      },
    ];
  },
};
