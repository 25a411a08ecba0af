// The citation stage alone (extractors + citation refine passes) on the normalized corpus text.

import { readdirSync, readFileSync } from 'node:fs';
import { extractCitations } from '../../src/extract/citations/index.js';
import type { ExtractContext } from '../../src/extract/types.js';
import { normalizeText } from '../../src/normalize/index.js';
import { resolveOptions } from '../../src/options.js';
import { dropNonCitations } from '../../src/refine/drop-non-citations.js';
import { mergeCitationMentions } from '../../src/refine/merge-citation-mentions.js';
import { resolveCitationAliases } from '../../src/refine/resolve-citation-aliases.js';
import type { RefineState } from '../../src/refine/types.js';
import { segment } from '../../src/segment/index.js';
import { snippetMeta } from '../../test/helpers/plan-meta.js';
import { median } from '../lib/median.js';
import type { BenchRow, BenchSuite } from '../types.js';

const corpusDir = new URL('../../corpus/', import.meta.url);
const ROUNDS = 7;
const ROUND_MS = 250;
const TARGET_MB_PER_SEC = 20;

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

function stage(ctx: ExtractContext): number {
  let state = {
    citations: extractCitations(ctx),
    deadlines: [],
    unitMentions: [],
    units: [],
    tasks: [],
    warnings: [],
  } as RefineState;
  for (const pass of [dropNonCitations, mergeCitationMentions, resolveCitationAliases])
    state = pass.run(state, ctx);
  return state.citations.length;
}

/**
 * MB/s of UTF-8 input over every document, for about `ms` milliseconds, by the process's CPU
 * time (what the stage costs) and by the wall clock (what a busy machine makes of it).
 */
function measure(ctxs: ExtractContext[], ms: number) {
  const bytes = ctxs.reduce((n, c) => n + Buffer.byteLength(c.text), 0);
  let runs = 0;
  let found = 0;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  while (performance.now() - t0 < ms) {
    found = 0;
    for (const c of ctxs) found += stage(c);
    runs++;
  }
  const wall = performance.now() - t0;
  const used = process.cpuUsage(cpu0);
  const cpu = Math.min(wall, (used.user + used.system) / 1000);
  return {
    mbPerSec: (bytes * runs) / 1e6 / (cpu / 1000),
    wallMbPerSec: (bytes * runs) / 1e6 / (wall / 1000),
    msPerDoc: cpu / (runs * ctxs.length),
    found,
  };
}

export const suite: BenchSuite = {
  name: 'citations',
  async run(): Promise<BenchRow[]> {
    const ctxs = contexts();
    measure(ctxs, ROUND_MS); // warm-up: the regular expressions tier up to native code
    const rounds = Array.from({ length: ROUNDS }, () => measure(ctxs, ROUND_MS));
    const middle = median(rounds, (r) => r.mbPerSec);
    return [
      {
        suite: 'citations',
        name: 'kehoach citation stage',
        mbPerSec: middle.mbPerSec,
        msPerDoc: middle.msPerDoc,
        perSec: 1000 / middle.msPerDoc,
        unit: 'plans',
        target: `≥ ${TARGET_MB_PER_SEC} MB/s`,
        ok: middle.mbPerSec >= TARGET_MB_PER_SEC,
        note: `CPU time; ${middle.wallMbPerSec.toFixed(1)} MB/s by the wall clock; ${middle.found} citations in ${ctxs.length} plans`,
      },
    ];
  },
};
