import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parsePlan } from '../../src/index.js';
import type { Plan } from '../../src/schema/plan.js';

export const corpusDir = new URL('../../corpus/', import.meta.url).pathname;
export const goldDir = new URL('../../fixtures/gold/', import.meta.url).pathname;
export const scorer = new URL('../../scripts/score.mjs', import.meta.url).pathname;

export const corpusFiles = (): string[] =>
  readdirSync(corpusDir)
    .filter((f) => f.endsWith('.txt'))
    .sort();

export const readCorpus = (file: string): Uint8Array => new Uint8Array(readFileSync(join(corpusDir, file)));

export async function parseCorpus(): Promise<Map<string, Plan>> {
  const plans = new Map<string, Plan>();
  for (const file of corpusFiles()) plans.set(file, await parsePlan(readCorpus(file)));
  return plans;
}

export type ScoreSummary = Record<string, { p?: number; r?: number; f?: number; acc?: number }>;

/** Runs the project's scorer over parsed plans, as CI does (against `gold`, the corpus gold by default). */
export function score(plans: Map<string, Plan>, gold = goldDir): ScoreSummary {
  const dir = mkdtempSync(join(tmpdir(), 'kehoach-score-'));
  for (const [file, plan] of plans) writeFileSync(join(dir, `${file}.json`), JSON.stringify(plan));
  const out = execFileSync(process.execPath, [scorer, '--gold', gold, '--plans', dir, '--json'], {
    encoding: 'utf8',
  });
  return JSON.parse(out).summary;
}
