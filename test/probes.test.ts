import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { parsePlan } from '../src/index.js';
import type { Plan } from '../src/schema/plan.js';
import { type ScoreSummary, score } from './helpers/corpus.js';

/**
 * Plans written to probe how the rules generalise beyond the five corpus plans (fixtures/probes/
 * README.md): other issuers and levels, tables one cell to a line, OCR damage, decisions. The
 * rules were mended against what they found, so these are bars against falling back, not a
 * held-out measure; fixtures/probes/bars.json sets them a little under today's figures.
 */
const root = new URL('../fixtures/probes/', import.meta.url).pathname;
const BARS = JSON.parse(readFileSync(join(root, 'bars.json'), 'utf8')) as Record<
  string,
  { metric: 'f' | 'acc'; min: number }
>;

let summary: ScoreSummary;
beforeAll(async () => {
  const plans = new Map<string, Plan>();
  for (const file of readdirSync(join(root, 'docs'))
    .filter((f) => f.endsWith('.txt'))
    .sort())
    plans.set(file, await parsePlan(new Uint8Array(readFileSync(join(root, 'docs', file)))));
  summary = score(plans, join(root, 'gold'));
});

describe('probe plans', () => {
  test.each(Object.entries(BARS))('scorer: %s meets its bar', (field, bar) => {
    const got = summary[field]?.[bar.metric];
    expect(got, `${field}.${bar.metric}`).toBeGreaterThanOrEqual(bar.min);
  });
});
