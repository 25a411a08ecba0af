import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { planLine } from '../src/corpus/batch-record.js';
import { runCli } from './helpers/run-cli.js';
import { samplePlan } from './helpers/sample-plan.js';

const root = mkdtempSync(join(tmpdir(), 'kehoach-stats-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

test('kehoach stats: tables printed, CSV/JSON/GraphML written; a torn last line is skipped', async () => {
  const plan = await samplePlan();
  const later = {
    ...plan,
    meta: { ...plan.meta, issuedDate: '2024-05-02' },
    source: { ...plan.source, sha256: 'c'.repeat(64) },
  };
  const earlier = { ...plan, meta: { ...plan.meta, issuedDate: '2024-02-10' } };
  writeFileSync(
    join(root, 'plans.jsonl'),
    [
      planLine('huyen/kh-01.txt', JSON.stringify(earlier)),
      planLine(
        'xa/kh-07.txt',
        JSON.stringify({
          ...later,
          text: later.text.replace('An Bình', 'Tân Phú').replaceAll('pháp luật', 'luật pháp'),
        }),
      ),
      JSON.stringify({ path: 'xa/hong.pdf', error: { code: 'CORRUPT_FILE', message: 'cut short' } }),
      '',
    ].join('\n'),
  );
  appendFileSync(join(root, 'plans.jsonl'), '{"path":"xa/kh-09.txt","plan":{"schema');
  const run = await runCli(['stats', 'plans.jsonl', '--out', 'stats'], root);
  expect(run.code).toBe(0);
  expect(run.stdout).toContain('2 plans, 1 failed files (CORRUPT_FILE 1)');
  expect(run.stdout).toMatch(/33\/CT-TTg\s+Chỉ thị\s+Thủ tướng Chính phủ\s+2\s+4/);
  expect(run.stdout).toMatch(/Văn phòng - Thống kê\s+2\s+2\s+0\s+0\s+2\s+0/);
  expect(run.stdout).toMatch(/2024-09\s+2\s+2\s+period 2/);
  expect(run.stdout).toMatch(/huyen\/kh-01\.txt\s+xa\/kh-07\.txt\s+\d\.\d\d\s+yes/);
  expect(run.stderr).toContain('line 4 is cut short');
  const similar = readFileSync(join(root, 'stats/similar-plans.csv'), 'utf8').split('\r\n');
  expect(similar[0]).toBe('source,copy,similarity,ordered');
  expect(similar[1]).toMatch(/^huyen\/kh-01\.txt,xa\/kh-07\.txt,0\.\d+,true$/);
  const run2 = await runCli(['stats', 'plans.jsonl', '--min-similarity', '0.99'], root);
  expect(run2.stdout).toContain(
    'Similar plans (estimated Jaccard of the bodies; copy issued after source when ordered): none',
  );
  const graphml = readFileSync(join(root, 'stats/citation-graph.graphml'), 'utf8');
  expect(graphml.match(/<edge /g)).toHaveLength(2);
  const summary = JSON.parse(readFileSync(join(root, 'stats/summary.json'), 'utf8'));
  expect(summary.plans).toBe(2);
  expect(summary.failures).toEqual({ CORRUPT_FILE: 1 });
});
