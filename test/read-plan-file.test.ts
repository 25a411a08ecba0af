import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readPlanFile, readPlanFileSync } from '../src/read-plan-file.js';

// The library and the CLI read with readPlanFile, the batch threads with readPlanFileSync: both
// must refuse and read alike.
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

  test('a file above maxBytes → TOO_LARGE, naming the file', async () => {
    await expect(read(plan, 10)).rejects.toMatchObject({
      code: 'TOO_LARGE',
      message: expect.stringContaining(plan),
    });
  });
});
