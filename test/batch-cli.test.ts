import { execFileSync } from 'node:child_process';
import {
  appendFileSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { cliCommand, jsonlDigest, makeCorpus, runCli, startCli } from './helpers/run-cli.js';
import { splitCsvRecords } from './helpers/split-csv.js';

const root = mkdtempSync(join(tmpdir(), 'kehoach-batch-'));
const at = (name: string) => join(root, name);
let corpus: ReturnType<typeof makeCorpus>;
let full: Awaited<ReturnType<typeof jsonlDigest>>;

const lines = (file: string) => readFileSync(at(file), 'utf8').split('\n').filter(Boolean);
const sorted = (xs: string[]) => [...xs].sort();
const splitCsv = (text: string) => splitCsvRecords(text).records;
const waitFor = async (check: () => boolean, ms = 30_000) => {
  for (const start = Date.now(); !check(); ) {
    if (Date.now() - start > ms) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
};

// CI installs GNU parallel and sets KEHOACH_REQUIRE_TOOLS: there a missing tool is a failure.
const hasParallel = (() => {
  try {
    execFileSync('parallel', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
const required = process.env['KEHOACH_REQUIRE_TOOLS'] === '1';
const hasScript = (() => {
  try {
    execFileSync('script', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

beforeAll(async () => {
  corpus = makeCorpus(root, 20); // 102 files
  const run = await runCli(['batch', 'plans', '--jobs', '2', '--out', 'full.jsonl'], root);
  expect(run.code).toBe(0);
  full = await jsonlDigest(at('full.jsonl'));
}, 120_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('kehoach batch', () => {
  test('one record per file; bad files are error records and reported; the summary is on stderr', async () => {
    expect(full.lines).toBe(corpus.files);
    expect(full.byPath.size).toBe(corpus.files);
    const records = lines('full.jsonl').map((l) => JSON.parse(l));
    const errors = records.filter((r) => r.error).map((r) => [r.path, r.error.code]);
    expect(sorted(errors.map((e) => e[0]))).toEqual(sorted([corpus.corrupt, corpus.empty]));
    expect(errors).toContainEqual([corpus.empty, 'EMPTY_DOCUMENT']);
    expect(records.filter((r) => r.plan)).toHaveLength(corpus.files - 2);
    // A record's plan is exactly what parsePlan gives (the same JSON as `kehoach parse`).
    const parsed = await runCli(['parse', 'plans/d3/002_10255b9cbb26c87c_3.txt'], root);
    const line = records.find((r) => r.path === 'plans/d3/002_10255b9cbb26c87c_3.txt');
    expect(JSON.stringify(line.plan)).toBe(parsed.stdout.trim());

    const run = await runCli(['batch', 'plans/d0', 'plans/d1', '--jobs', '2'], root);
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split('\n')).toHaveLength(22);
    expect(run.stderr).toMatch(
      /22 files, 20 parsed, 2 failed \(CORRUPT_FILE 1, EMPTY_DOCUMENT 1\) in [\d.]+ s/,
    );
    expect(run.stderr).toContain(`${corpus.empty}: EMPTY_DOCUMENT`);
    expect(run.stderr).toContain(`${corpus.corrupt}: `);
    expect(run.stderr).not.toMatch(/files\/s \|/); // no progress bar off a terminal
  }, 60_000);

  test('--shard i/n: the shards are disjoint and together equal the unsharded output', async () => {
    const shards = await Promise.all(
      [1, 2, 3].map((i) =>
        runCli(['batch', 'plans', '-j', '1', '--shard', `${i}/3`, '--out', `shard-${i}.jsonl`], root),
      ),
    );
    for (const run of shards) expect(run.code).toBe(0);
    const parts = [1, 2, 3].map((i) => lines(`shard-${i}.jsonl`));
    for (const part of parts) expect(part.length).toBeGreaterThan(corpus.files / 6);
    expect(sorted(parts.flat())).toEqual(sorted(lines('full.jsonl')));
  }, 120_000);

  test.skipIf(!hasParallel && !required)(
    'the GNU parallel recipe of the README: one shard per job, outputs concatenated',
    async () => {
      // parallel kehoach batch plans --shard {}/4 --out part-{}.jsonl ::: 1 2 3 4 && cat part-*.jsonl > plans.jsonl
      const kehoach = cliCommand.map((a) => `'${a}'`).join(' ');
      execFileSync(
        'parallel',
        [
          '--halt',
          'now,fail=1',
          '-j',
          '2',
          `${kehoach} batch plans -j 1 --shard {}/4 --out part-{}.jsonl`,
          ':::',
          '1',
          '2',
          '3',
          '4',
        ],
        { cwd: root, stdio: 'pipe' },
      );
      execFileSync('sh', ['-c', 'cat part-*.jsonl > parallel.jsonl'], { cwd: root });
      expect(sorted(lines('parallel.jsonl'))).toEqual(sorted(lines('full.jsonl')));
    },
    120_000,
  );

  test('the test helper counts complete lines only, as --resume does', async () => {
    const file = at('torn-helper.jsonl');
    writeFileSync(file, '{"path":"a"}\n{"path":"b"}\n{"path":"c","pl');
    expect(await jsonlDigest(file)).toMatchObject({ lines: 2, torn: true });
    writeFileSync(file, '{"path":"a"}\n{"path":"b"}\n');
    expect(await jsonlDigest(file)).toMatchObject({ lines: 2, torn: false });
  });

  test('a kill mid-run leaves at most a torn last line; --resume cuts it and finishes without duplicates', async () => {
    const out = at('killed.jsonl');
    const { child, done } = startCli(['batch', 'plans', '-j', '2', '--out', 'killed.jsonl'], root);
    await waitFor(() => existsSync(out) && statSync(out).size > statSync(at('full.jsonl')).size * 0.3);
    child.kill('SIGKILL');
    await done;
    // A write cut short by the kill: a torn last line.
    appendFileSync(out, '{"path":"plans/d9/000_c289d72858fbc53a_9.txt","plan":{"schemaVersion":1,"sou');
    const before = readFileSync(out, 'utf8').split('\n').length - 1;
    expect(before).toBeLessThan(corpus.files);
    const resumed = await runCli(['batch', 'plans', '-j', '2', '--out', 'killed.jsonl', '--resume'], root);
    expect(resumed.code).toBe(0);
    expect(resumed.stderr).toContain(`already done (skipped)`);
    const after = await jsonlDigest(out);
    expect(after.torn).toBe(false);
    expect(after.lines).toBe(corpus.files);
    expect(after.byPath).toEqual(full.byPath);
  }, 120_000);

  test('SIGTERM: the files in progress are finished, the output is valid, --resume completes it', async () => {
    const out = at('term.jsonl');
    const { child, done } = startCli(['batch', 'plans', '-j', '2', '--out', 'term.jsonl'], root);
    await waitFor(() => existsSync(out) && statSync(out).size > statSync(at('full.jsonl')).size * 0.2);
    child.kill('SIGTERM');
    const run = await done;
    expect(run.code).toBe(143);
    expect(run.stderr).toContain('interrupted:');
    expect(run.stderr).toContain('--resume');
    const kept = lines('term.jsonl');
    expect(kept.length).toBeLessThan(corpus.files);
    for (const line of kept) expect(() => JSON.parse(line)).not.toThrow();
    const resumed = await runCli(['batch', 'plans', '-j', '2', '--out', 'term.jsonl', '--resume'], root);
    expect(resumed.code).toBe(0);
    expect((await jsonlDigest(out)).byPath).toEqual(full.byPath);
  }, 120_000);

  test('--format csv: flat tables; a kill between tables is repaired by --resume', async () => {
    const run = await runCli(
      ['batch', 'plans/d2', 'plans/d0', '--format', 'csv', '--out', 'csv', '-j', '2'],
      root,
    );
    expect(run.code).toBe(0);
    const table = (name: string) => splitCsv(readFileSync(at(`csv/${name}.csv`), 'utf8'));
    const plans = table('plans');
    expect(plans[0]!.slice(0, 3)).toEqual(['path', 'status', 'errorCode']);
    expect(plans).toHaveLength(1 + 20 + 1); // header, 20 plans, the empty file
    expect(plans.find((r) => r[0] === corpus.empty)?.slice(1, 3)).toEqual(['error', 'EMPTY_DOCUMENT']);
    const deadlines = table('deadlines');
    expect(deadlines[0]).toEqual([
      'path',
      'text',
      'kind',
      'date',
      'start',
      'end',
      'every',
      'due',
      'yearInferred',
      'spanStart',
      'spanEnd',
    ]);
    const complete = Object.fromEntries(
      ['plans', 'sections', 'tasks', 'citations', 'deadlines', 'units'].map((t) => [
        t,
        sorted(table(t).map((r) => r.join('\u0001'))),
      ]),
    );
    // As a kill would leave it: rows of an unfinished file in some tables, a torn plans row.
    appendFileSync(
      at('csv/deadlines.csv'),
      'plans/d4/004_c800255c1df2818e_4.txt,"trong quý II năm 2022",period\r\n',
    );
    appendFileSync(at('csv/plans.csv'), 'plans/d4/004_c800255c1df2818e_4.txt,ok,,,"Kế hoạ');
    const resumed = await runCli(
      ['batch', 'plans/d2', 'plans/d0', '--format', 'csv', '--out', 'csv', '--resume'],
      root,
    );
    expect(resumed.code).toBe(0);
    expect(resumed.stderr).toContain('21 files, 0 parsed, 0 failed, 21 already done');
    for (const [name, rows] of Object.entries(complete))
      expect(sorted(table(name).map((r) => r.join('\u0001')))).toEqual(rows);
  }, 120_000);

  test.skipIf(!hasScript)(
    'on a terminal, a progress bar with files/s and ETA',
    async () => {
      // `script` gives the command a terminal, as an interactive shell would.
      const kehoach = cliCommand.map((a) => `'${a}'`).join(' ');
      const out = execFileSync('script', ['-qec', `${kehoach} batch plans/d5 --out tty.jsonl`, '/dev/null'], {
        cwd: root,
        encoding: 'utf8',
      });
      expect(out).toMatch(/\d+\/10 files \| [\d.]+ files\/s \| ETA \d+s \| 0 failed/);
      expect(out).toContain('10 files, 10 parsed, 0 failed');
    },
    60_000,
  );

  test('more --jobs than cores is allowed, with a hint on standard error', async () => {
    const { availableParallelism } = await import('node:os');
    const jobs = availableParallelism() + 1;
    const run = await runCli(['batch', 'plans', '--jobs', String(jobs), '--out', 'many-jobs.jsonl'], root);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`--jobs ${jobs} is more threads than the ${jobs - 1} cores here`);
    expect(run.stderr).toContain(`${corpus.files} files, `);
  }, 120_000);

  test.each([
    [['batch', 'plans', '--resume'], /--resume needs --out/],
    [['batch', 'plans', '--format', 'csv'], /--format csv writes a directory/],
    [['batch', 'plans', '--shard', '0/3', '--out', 'x.jsonl'], /--shard expects i\/n/],
    [['batch', 'plans', '--jobs', '0', '--out', 'x.jsonl'], /--jobs expects/],
    [['batch', 'plans', '--shard', '4/3', '--out', 'x.jsonl'], /--shard expects i\/n/],
    [['batch', 'plans', '--out', 'plans'], /--out plans is a directory: JSONL goes to a file/],
    [
      ['batch', 'plans', '--format', 'csv', '--out', 'full.jsonl'],
      /--out full.jsonl is a file: --format csv writes into a directory/,
    ],
  ])('usage error: %j', async (args, message) => {
    const run = await runCli(args, root);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });
});
