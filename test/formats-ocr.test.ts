import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parsePlanFile } from '../src/index.js';

// The scanned copy of corpus document 003 (fixtures/docs/scan.pdf: pages rendered at 200 dpi, no text
// layer), OCR'd offline, against the plain text: citations and sections at least 0.90 of the text's
// figures. About 10 CPU seconds: run with KEHOACH_OCR_TESTS=1.
const root = new URL('..', import.meta.url).pathname;
const file = readdirSync(join(root, 'corpus')).find((f) => f.startsWith('003_'))!;
const work = mkdtempSync(join(tmpdir(), 'kehoach-ocr-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

type Figure = { f: number };
async function score(kind: string, path: string): Promise<Record<string, Figure>> {
  const dir = join(work, kind);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${file}.json`), JSON.stringify(await parsePlanFile(path)));
  const args = ['--gold', join(root, 'fixtures/gold'), '--plans', dir, '--only', '003', '--json'];
  return JSON.parse(
    execFileSync(process.execPath, [join(root, 'scripts/score.mjs'), ...args], { encoding: 'utf8' }),
  ).summary;
}

describe.runIf(process.env.KEHOACH_OCR_TESTS === '1')('OCR of the scanned plan', () => {
  test('citations and sections ≥ 0.90 of the text version', { timeout: 180_000 }, async () => {
    const text = await score('txt', join(root, 'corpus', file));
    const ocr = await score('ocr', join(root, 'fixtures/docs/scan.pdf'));
    for (const field of ['citations', 'sections']) {
      expect(ocr[field]!.f, field).toBeGreaterThanOrEqual(0.9 * text[field]!.f);
    }
  });
});
