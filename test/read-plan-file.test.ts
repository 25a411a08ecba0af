import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { readError, readPlanFile, readPlanFileSync } from '../src/read-plan-file.js';

// The library and the CLI read with readPlanFile, the batch threads with readPlanFileSync: both
// must refuse and read alike.
// An absolute loader URL, as test/helpers/run-cli.ts resolves it.
const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const dir = mkdtempSync(join(tmpdir(), 'kehoach-read-'));
const plan = join(dir, 'plan.txt');
writeFileSync(plan, 'KẾ HOẠCH thực hiện công tác dân vận');

const readers = [
  ['readPlanFile', (path: string, max?: number) => readPlanFile(path, max)],
  ['readPlanFileSync', async (path: string, max?: number) => readPlanFileSync(path, max)],
] as const;

describe.each(readers)('%s', (_, read) => {
  test('gives the file’s bytes', async () => {
    expect(new TextDecoder().decode(await read(plan))).toBe('KẾ HOẠCH thực hiện công tác dân vận');
  });

  test('a missing file or a folder → FILE_NOT_FOUND', async () => {
    await expect(read(join(dir, 'no-such-plan.txt'))).rejects.toMatchObject({ code: 'FILE_NOT_FOUND' });
    await expect(read(dir)).rejects.toMatchObject({ code: 'FILE_NOT_FOUND' });
  });

  test.skipIf(process.platform === 'win32')(
    'a symbolic link loop → FILE_UNREADABLE, naming the file',
    async () => {
      const { symlinkSync } = await import('node:fs');
      const loop = join(dir, `loop-${Math.random().toString(36).slice(2)}.txt`);
      symlinkSync(loop, loop);
      await expect(read(loop)).rejects.toMatchObject({
        code: 'FILE_UNREADABLE',
        message: expect.stringContaining(loop),
      });
    },
  );

  test('a file above maxBytes → TOO_LARGE, naming the file', async () => {
    await expect(read(plan, 10)).rejects.toMatchObject({
      code: 'TOO_LARGE',
      message: expect.stringContaining(plan),
    });
  });
});

// In a child process: without the fix the open blocks its thread, and no test timeout can fire.
test.skipIf(process.platform === 'win32')(
  'a named pipe with no writer → FILE_NOT_FOUND at once, from both readers (opening it used to wait for a writer forever)',
  () => {
    const fifo = join(dir, 'fifo.txt');
    execFileSync('mkfifo', [fifo]);
    const reader = new URL('../src/read-plan-file.ts', import.meta.url).href;
    const script = `
      const { readPlanFile, readPlanFileSync } = await import(${JSON.stringify(reader)});
      const codeOf = async (read) => { try { await read(${JSON.stringify(fifo)}); return 'read'; } catch (e) { return e.code + ': ' + e.message; } };
      console.log(await codeOf(readPlanFileSync));
      console.log(await codeOf(readPlanFile));`;
    const run = spawnSync(process.execPath, ['--import', tsx, '--input-type=module', '-e', script], {
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(run.signal).toBeNull(); // not killed by the timeout
    expect(run.stdout.trim().split('\n')).toEqual([
      expect.stringMatching(/^FILE_NOT_FOUND: .*fifo\.txt is not a regular file/),
      expect.stringMatching(/^FILE_NOT_FOUND: .*fifo\.txt is not a regular file/),
    ]);
  },
  30_000,
);

// What the system says, as the user can act on it (as root, a permission error cannot be made).
test.each([
  ['ENOENT', 'FILE_NOT_FOUND'],
  ['ENOTDIR', 'FILE_NOT_FOUND'],
  ['EACCES', 'FILE_UNREADABLE'],
  ['EPERM', 'FILE_UNREADABLE'],
  ['EIO', 'FILE_UNREADABLE'],
  ['EMFILE', 'INTERNAL'],
])('%s → %s', (errno, code) => {
  const error = Object.assign(new Error(`${errno}: the system said no`), { code: errno });
  expect(readError('/plans/a.txt', error)).toMatchObject({
    code,
    message: expect.stringContaining('/plans/a.txt'),
  });
});
