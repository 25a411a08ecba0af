import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { jsonlDigest, makeCorpus, runCli, startCli } from './helpers/run-cli.js';

// The bar of issue 8: the corpus × 2,000 copies (10,000 files) plus an empty and a corrupt file,
// on 2 worker threads. KEHOACH_BIG_BATCH_COPIES scales it (0 skips it) on a slow machine.
const copies = Number(process.env['KEHOACH_BIG_BATCH_COPIES'] ?? 2000);
const root = mkdtempSync(join(tmpdir(), 'kehoach-big-batch-'));
afterAll(() => rmSync(root, { recursive: true, force: true }), 120_000);

test.skipIf(copies === 0)(
  `a batch over ${copies * 5 + 2} files on 2 threads: counts, bad files, kill + --resume, shards`,
  async () => {
    const corpus = makeCorpus(root, copies, 50);
    const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);

    let since = performance.now();
    const full = await runCli(['batch', 'plans', '--jobs', '2', '--out', 'full.jsonl'], root);
    const fullTime = seconds(since);
    expect(full.code).toBe(0);
    expect(full.stderr).toMatch(
      new RegExp(
        `${corpus.files} files, ${corpus.files - 2} parsed, 2 failed \\(CORRUPT_FILE 1, EMPTY_DOCUMENT 1\\)`,
      ),
    );
    expect(full.stderr).toContain(`${corpus.empty}: EMPTY_DOCUMENT`);
    expect(full.stderr).toContain(`${corpus.corrupt}: `);
    const expected = await jsonlDigest(join(root, 'full.jsonl'));
    expect(expected.lines).toBe(corpus.files);
    expect(expected.byPath.size).toBe(corpus.files);

    // Killed (SIGKILL: nothing runs after it) about 40% of the way, then resumed.
    const out = join(root, 'killed.jsonl');
    since = performance.now();
    const killed = startCli(['batch', 'plans', '--jobs', '2', '--out', 'killed.jsonl'], root);
    const target = statSync(join(root, 'full.jsonl')).size * 0.4;
    while (!(existsSync(out) && statSync(out).size > target)) await new Promise((r) => setTimeout(r, 50));
    killed.child.kill('SIGKILL');
    await killed.done;
    const partial = await jsonlDigest(out);
    const resumed = await runCli(
      ['batch', 'plans', '--jobs', '2', '--out', 'killed.jsonl', '--resume'],
      root,
    );
    const resumeTime = seconds(since);
    expect(resumed.code).toBe(0);
    expect(resumed.stderr).toContain(`${partial.lines} already done (skipped)`);
    const after = await jsonlDigest(out);
    expect(after.lines).toBe(corpus.files); // no duplicates, nothing missing
    expect(after.byPath).toEqual(expected.byPath);

    // Three shards, one after the other as three machines would run them.
    since = performance.now();
    const shards = new Map<string, string>();
    for (const i of [1, 2, 3]) {
      const run = await runCli(
        ['batch', 'plans', '-j', '2', '--shard', `${i}/3`, '--out', `shard-${i}.jsonl`],
        root,
      );
      expect(run.code).toBe(0);
      const part = await jsonlDigest(join(root, `shard-${i}.jsonl`));
      for (const [path, hash] of part.byPath) {
        expect(shards.has(path)).toBe(false);
        shards.set(path, hash);
      }
    }
    expect(shards).toEqual(expected.byPath);
    console.info(
      `batch bar: ${corpus.files} files on 2 threads in ${fullTime} s (${full.stderr.match(/[\d.]+ files\/s/)?.[0]}); killed at ${partial.lines} lines, resumed: ${resumeTime} s in all; 3 shards: ${seconds(since)} s`,
    );
  },
  600_000,
);
