import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { KehoachError, normalizeText, parsePlan, parsePlanFile, planSchema } from '../src/index.js';

describe('parsePlan on input that is not a plan', () => {
  test('a news paragraph gives a valid Plan with a NOT_A_PLAN warning', async () => {
    const plan = await parsePlan(
      'Hôm nay trời nắng đẹp. Người dân Hà Nội đổ ra đường đón Tết, phố phường đông vui.',
    );
    expect(planSchema.safeParse(plan).success).toBe(true);
    expect(plan.warnings.map((w) => w.code)).toContain('NOT_A_PLAN');
  });

  test('an empty string gives a Plan with an EMPTY_TEXT warning', async () => {
    const plan = await parsePlan('');
    expect(planSchema.safeParse(plan).success).toBe(true);
    expect(plan.warnings.map((w) => w.code)).toContain('EMPTY_TEXT');
  });

  test.each([
    ['zero bytes', new Uint8Array(0), 'EMPTY_DOCUMENT'],
    [
      '1 MB of random bytes',
      new Uint8Array(1 << 20).map((_, i) => (i * 2654435761) >>> 24),
      'UNSUPPORTED_FORMAT',
    ],
  ])('%s', async (_name, input, code) => {
    await expect(parsePlan(input)).rejects.toMatchObject({ name: 'KehoachError', code });
  });

  test('input above maxBytes → TOO_LARGE', async () => {
    await expect(parsePlan('x'.repeat(2000), { maxBytes: 1000 })).rejects.toMatchObject({
      code: 'TOO_LARGE',
    });
  });

  test('bad options → INVALID_OPTIONS', async () => {
    // @ts-expect-error: a caller outside TypeScript may pass anything
    await expect(parsePlan('x', { toneStyle: 'fancy' })).rejects.toBeInstanceOf(KehoachError);
  });

  // What JavaScript callers, whom the types do not reach, pass: each an INVALID_OPTIONS that
  // names the mistake, never a TypeError or an INTERNAL error from deep inside.
  test.each([
    ['options not an object', () => parsePlan('x', 'fast' as never), /options must be an object/],
    [
      'referenceYear as a string',
      () => parsePlan('x', { referenceYear: '2024' as never }),
      /referenceYear must be a four-digit year/,
    ],
    [
      'referenceYear not a year',
      () => parsePlan('x', { referenceYear: 24 }),
      /referenceYear must be a four-digit year/,
    ],
    [
      'steps as a string',
      () => parsePlan('x', { steps: 'nfc' as never }),
      /steps must be a list of step names/,
    ],
    ['skipSteps unknown', () => parsePlan('x', { skipSteps: ['nope'] }), /unknown normalization step 'nope'/],
    [
      'parsePlanFile given bytes',
      () => parsePlanFile(new Uint8Array(3) as never),
      /parsePlanFile takes a path/,
    ],
    [
      'parsePlanFile with a bad maxBytes',
      () => parsePlanFile('/no/such/plan.txt', { maxBytes: -1 }),
      /maxBytes/,
    ],
    [
      'normalizeText given bytes',
      async () => normalizeText(new Uint8Array(3) as never),
      /normalizeText takes the text/,
    ],
  ])('%s → INVALID_OPTIONS', async (_, call, message) => {
    await expect(call()).rejects.toMatchObject({
      name: 'KehoachError',
      code: 'INVALID_OPTIONS',
      message: expect.stringMatching(message),
    });
  });

  test('null options are no options', async () => {
    const plan = await parsePlan('KẾ HOẠCH\nThực hiện công tác dân vận năm 2023\n', null as never);
    expect(plan.meta.year).toBe(2023);
    expect(normalizeText('Tỉnh uỷ', null as never).text).toBe('Tỉnh ủy');
  });
});

describe('parsePlanFile', () => {
  test('a missing file → FILE_NOT_FOUND', async () => {
    await expect(parsePlanFile('/no/such/plan.txt')).rejects.toMatchObject({ code: 'FILE_NOT_FOUND' });
  });

  test('reads a UTF-16 file with BOM', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-'));
    const path = join(dir, 'plan.txt');
    writeFileSync(
      path,
      Buffer.concat([
        Buffer.from([0xff, 0xfe]),
        Buffer.from('KẾ HOẠCH\nThực hiện công tác dân vận năm 2023\n', 'utf16le'),
      ]),
    );
    const plan = await parsePlanFile(path);
    expect(plan.source.encoding).toBe('utf-16le');
    expect(plan.text).toContain('KẾ HOẠCH');
  });
});
