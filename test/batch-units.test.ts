import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { errorLine, planLine, recordPath } from '../src/corpus/batch-record.js';
import { emptySummary, formatBatchSummary } from '../src/corpus/batch-summary.js';
import { csvRow } from '../src/corpus/csv.js';
import { discoverFiles } from '../src/corpus/discover-files.js';
import { jsonMembers } from '../src/corpus/json-members.js';
import { openJsonlSink } from '../src/corpus/jsonl-sink.js';
import { scanCsv, scanJsonl } from '../src/corpus/scan-output.js';
import { inShard, parseShard } from '../src/corpus/shard.js';
import { Utf8Buffers } from '../src/corpus/utf8-buffers.js';
import { splitCsvRecords } from './helpers/split-csv.js';

const dir = () => mkdtempSync(join(tmpdir(), 'kehoach-batch-unit-'));

describe('--shard', () => {
  test.each([
    ['1/4', { index: 1, count: 4 }],
    ['4/4', { index: 4, count: 4 }],
    [' 2/3 ', { index: 2, count: 3 }],
  ])('%j', (spec, shard) => expect(parseShard(spec)).toEqual(shard));
  test.each(['0/4', '5/4', '1/0', '1-4', '1/', 'a/b', '-1/4', '1/4/2'])('rejects %j', (spec) =>
    expect(() => parseShard(spec)).toThrow(/INVALID_OPTIONS|shard expects/),
  );
  test('every path lands in exactly one shard', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 1, max: 64 }), (path, count) => {
        const owners = Array.from({ length: count }, (_, i) => inShard(path, { index: i + 1, count })).filter(
          Boolean,
        );
        return owners.length === 1;
      }),
    );
  });
  test('shards are balanced over a realistic corpus', () => {
    const paths = Array.from({ length: 4000 }, (_, i) => `tinh-${i % 63}/huyen-${i % 17}/ke-hoach-${i}.pdf`);
    for (let index = 1; index <= 4; index++) {
      const n = paths.filter((p) => inShard(p, { index, count: 4 })).length;
      expect(n).toBeGreaterThan(800);
      expect(n).toBeLessThan(1200);
    }
  });
});

describe('CSV', () => {
  test.each([
    [['a', 1, true, null, undefined], 'a,1,true,,\r\n'],
    [['Phòng Văn hóa - Thông tin, Đài Truyền thanh'], '"Phòng Văn hóa - Thông tin, Đài Truyền thanh"\r\n'],
    [['nói "Dân biết, dân bàn"'], '"nói ""Dân biết, dân bàn"""\r\n'],
    [['dòng 1\ndòng 2'], '"dòng 1\ndòng 2"\r\n'],
  ])('%j', (values, expected) => expect(csvRow(values)).toBe(expected));

  test('rows read back as written, and scanCsv finds each first cell and record end', async () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'ệ', ',', '"', '\n', '\r', ' ', 'Ư') });
    const rows = fc.sample(fc.array(cell, { minLength: 1, maxLength: 4 }), 60);
    const text = rows.map(csvRow).join('');
    expect(splitCsvRecords(text).records).toEqual(rows.map((r) => r.map((c) => c)));
    const file = join(dir(), 't.csv');
    writeFileSync(file, `${text}"torn,`);
    const found: Array<[string, number]> = [];
    await scanCsv(file, (first, end) => found.push([first, end]));
    expect(found.map((f) => f[0])).toEqual(rows.map((r) => r[0]));
    expect(found.at(-1)![1]).toBe(Buffer.byteLength(text));
  });
});

describe('JSONL records and --resume', () => {
  test.each([
    [planLine('a/b.txt', '{"schemaVersion":1}'), 'a/b.txt'],
    [errorLine('thư mục/"x".pdf', { code: 'CORRUPT_FILE', message: 'm' }), 'thư mục/"x".pdf'],
    ['{"schemaVersion":1}', null],
    ['{"path":"cut', null],
  ])('recordPath(%j)', (line, path) => expect(recordPath(line)).toBe(path));

  test('a torn last line is cut off and the rest is kept', async () => {
    const file = join(dir(), 'out.jsonl');
    const big = 'x'.repeat(3 << 20); // a record larger than the scanner's chunks
    const good = [
      planLine('a.txt', `{"t":"${big}"}`),
      errorLine('b.txt', { code: 'EMPTY_DOCUMENT', message: '' }),
    ];
    writeFileSync(file, `${good.join('\n')}\n{"path":"c.txt","plan":{"t":"abc`);
    expect(await scanJsonl(file)).toEqual({
      paths: ['a.txt', 'b.txt'],
      complete: Buffer.byteLength(`${good.join('\n')}\n`),
    });
    const sink = await openJsonlSink(file, true);
    expect([...sink.done]).toEqual(['a.txt', 'b.txt']);
    sink.write({ path: 'c.txt', ok: true, planJson: Buffer.from('{}') });
    sink.close();
    expect(readFileSync(file, 'utf8').split('\n').slice(1)).toEqual([
      good[1],
      '{"path":"c.txt","plan":{}}',
      '',
    ]);
  });
});

describe('jsonMembers', () => {
  test('joined, its pieces are JSON.stringify of the value', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.dictionary(fc.string(), fc.anything())), (value) => {
        expect(jsonMembers(value).join('')).toBe(JSON.stringify(value));
      }),
    );
  });
  test('members left out, toJSON and non-objects', () => {
    const date = new Date(0);
    for (const value of [
      {},
      { a: undefined, b: () => 1, c: Symbol('s') },
      { a: undefined, 'ờ"\\n': 1 },
      { d: date },
      { toJSON: (key: string) => `key ${key}` },
      [1, { a: 2 }],
      'Kế hoạch',
      null,
    ])
      expect(jsonMembers(value).join('')).toBe(JSON.stringify(value));
    expect(jsonMembers(undefined)).toEqual([undefined]);
  });
  test('a plain object is cut after each member it writes', () => {
    expect(jsonMembers({ a: 1, b: [2], c: undefined, 'ờ"': 'x' })).toEqual([
      '{"a":1',
      ',"b":[2]',
      ',"ờ\\"":"x"',
      '}',
    ]);
    expect(jsonMembers({ d: new Date(0) })).toEqual([JSON.stringify({ d: new Date(0) })]);
  });
});

describe('Utf8Buffers', () => {
  test('each group is its texts joined, as UTF-8, and growing past the first buffer keeps what came before', () => {
    const buffers = new Utf8Buffers();
    const long = 'Kế hoạch '.repeat(9000); // two-byte, ≈ 120 KB as UTF-8: past the 64 KB buffer
    const [first, second, third] = buffers.encode([['Số: ', '12/KH'], [long, '.'], []]);
    const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);
    expect([text(first), text(second), text(third)]).toEqual(['Số: 12/KH', `${long}.`, '']);
    // The buffer handed back is used again for the next plan.
    buffers.giveBack(first!.buffer as ArrayBuffer);
    const [again] = buffers.encode([['ờ']]);
    expect(again!.buffer).toBe(first!.buffer);
    expect(text(again)).toBe('ờ');
  });
});

describe('the summary line', () => {
  test.each([
    [1, '1 file, 1 parsed, 0 failed in 2.0 s (0.5 files/s)'],
    [3, '3 files, 3 parsed, 0 failed in 2.0 s (1.5 files/s)'],
  ])('%i file(s)', (files, line) => {
    const summary = { ...emptySummary(), files, parsed: files, elapsedMs: 2000 };
    expect(formatBatchSummary(summary).split('\n')[0]).toBe(line);
  });
});

describe('file discovery', () => {
  test('directories, globs and literal names, sorted and de-duplicated, relative to cwd', async () => {
    const root = dir();
    for (const f of ['a/1.txt', 'a/2.PDF', 'a/notes.md', 'a/b/3.docx', 'c/[draft] (1).txt']) {
      const path = join(root, f);
      const { mkdirSync } = await import('node:fs');
      mkdirSync(join(path, '..'), { recursive: true });
      writeFileSync(path, 'x');
    }
    expect(await discoverFiles(['a'], root)).toEqual(['a/1.txt', 'a/2.PDF', 'a/b/3.docx']);
    expect(await discoverFiles(['a/*.txt', 'a/1.txt', 'c/[draft] (1).txt'], root)).toEqual([
      'a/1.txt',
      'c/[draft] (1).txt',
    ]);
    expect(await discoverFiles([join(root, 'a/**/*.docx')], root)).toEqual(['a/b/3.docx']);
    expect(await discoverFiles(['nothing/*.txt'], root)).toEqual([]);
  });

  test.skipIf(process.platform === 'win32')(
    'a file reached through symbolic links is listed once, under its first path; links are followed',
    async () => {
      const { mkdirSync, symlinkSync } = await import('node:fs');
      const root = dir();
      mkdirSync(join(root, 'corpus/2024'), { recursive: true });
      writeFileSync(join(root, 'corpus/2024/plan.txt'), 'x');
      symlinkSync('2024', join(root, 'corpus/latest')); // a mirror's 'latest'
      symlinkSync('.', join(root, 'corpus/self')); // a link back up the tree
      mkdirSync(join(root, 'elsewhere'));
      writeFileSync(join(root, 'elsewhere/other.txt'), 'y');
      symlinkSync('../elsewhere', join(root, 'corpus/linked')); // a folder only a link reaches
      expect(await discoverFiles(['corpus'], root)).toEqual([
        'corpus/2024/plan.txt',
        'corpus/linked/other.txt',
      ]);
    },
  );
});

describe('runBatch from the library', () => {
  test('any sink: results stream in, bad files are records, the summary counts them', async () => {
    const { runBatch } = await import('../src/corpus/run-batch.js');
    const root = dir();
    const { mkdirSync, copyFileSync } = await import('node:fs');
    mkdirSync(join(root, 'in'));
    copyFileSync(new URL('../corpus/003_214ea1038404fba4.txt', import.meta.url), join(root, 'in/a.txt'));
    writeFileSync(join(root, 'in/empty.txt'), '');
    const results: Array<{ path: string; ok: boolean }> = [];
    const summary = await runBatch({
      patterns: ['in'],
      cwd: root,
      jobs: 2,
      sink: {
        format: 'jsonl',
        done: new Set(),
        write: (r) => results.push({ path: r.path, ok: r.ok }),
        close: () => {},
      },
    });
    expect(results.sort((a, b) => a.path.localeCompare(b.path))).toEqual([
      { path: 'in/a.txt', ok: true },
      { path: 'in/empty.txt', ok: false },
    ]);
    expect(summary).toMatchObject({
      files: 2,
      parsed: 1,
      failed: 1,
      failures: { EMPTY_DOCUMENT: 1 },
      interrupted: false,
    });
  }, 60_000);

  test('a thread that dies costs only its file: WORKER_CRASHED, and the files queued behind it are parsed', async () => {
    const { runBatch } = await import('../src/corpus/run-batch.js');
    const root = dir();
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(root, 'in'));
    const names = ['a', 'b', 'crash-1', 'c', 'd', 'crash-2', 'e', 'f', 'g', 'h'];
    for (const name of names) writeFileSync(join(root, `in/${name}.txt`), name);
    const results: Array<{ path: string; ok: boolean; code?: string }> = [];
    const summary = await runBatch({
      patterns: ['in'],
      cwd: root,
      jobs: 2,
      worker: { filename: new URL('./helpers/crashing-worker.mjs', import.meta.url).href, execArgv: [] },
      sink: {
        format: 'jsonl',
        done: new Set(),
        write: (r) => results.push({ path: r.path, ok: r.ok, ...(r.ok ? {} : { code: r.error.code }) }),
        close: () => {},
      },
    });
    expect(results.sort((a, b) => a.path.localeCompare(b.path))).toEqual(
      [...names].sort().map((name) => ({
        path: `in/${name}.txt`,
        ok: !name.startsWith('crash'),
        ...(name.startsWith('crash') ? { code: 'WORKER_CRASHED' } : {}),
      })),
    );
    expect(summary).toMatchObject({ files: 10, parsed: 8, failed: 2, failures: { WORKER_CRASHED: 2 } });
    expect(summary.failedFiles[0]!.error.message).toMatch(/exited with code 3/);
  }, 60_000);

  test('the output is never an input: a JSONL file named .txt inside the corpus is left out', async () => {
    const { runBatch } = await import('../src/corpus/run-batch.js');
    const root = dir();
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(root, 'in'));
    for (const name of ['a', 'b']) writeFileSync(join(root, `in/${name}.txt`), name);
    const out = join(root, 'in/plans.txt');
    writeFileSync(out, ''); // there from an earlier run, as the sink opens it before discovery
    const sink = await openJsonlSink(out, false);
    const summary = await runBatch({
      patterns: ['in'],
      cwd: root,
      jobs: 1,
      worker: { filename: new URL('./helpers/crashing-worker.mjs', import.meta.url).href, execArgv: [] },
      sink,
    });
    sink.close();
    expect(summary).toMatchObject({ files: 2, parsed: 2, failed: 0 });
    expect(readFileSync(out, 'utf8')).not.toContain('in/plans.txt');
  }, 60_000);

  test.each([
    ['throws', 'unloadable-worker.mjs', /could not start \(Cannot find module "kehoach-missing-part"\)/],
    ['exits', 'exiting-worker.mjs', /could not start \(it exited with code 7\)/],
  ])(
    'a thread that %s while loading rejects the batch, and no file is blamed for it',
    async (_, helper, message) => {
      const { runBatch } = await import('../src/corpus/run-batch.js');
      const root = dir();
      const { mkdirSync } = await import('node:fs');
      mkdirSync(join(root, 'in'));
      for (let i = 0; i < 50; i++) writeFileSync(join(root, `in/${i}.txt`), 'x');
      const written: string[] = [];
      const batch = runBatch({
        patterns: ['in'],
        cwd: root,
        jobs: 2,
        worker: { filename: new URL(`./helpers/${helper}`, import.meta.url).href, execArgv: [] },
        sink: { format: 'jsonl', done: new Set(), write: (r) => written.push(r.path), close: () => {} },
      });
      await expect(batch).rejects.toMatchObject({
        name: 'KehoachError',
        code: 'INTERNAL',
        message: expect.stringMatching(message),
      });
      // Before, each of the 50 files got a WORKER_CRASHED record from a thread started for it.
      expect(written).toEqual([]);
    },
    60_000,
  );
});
