import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { type Plan, parsePlanFile, planSchema } from '../src/index.js';

// The scanned copy of corpus document 003 (fixtures/docs/scan.pdf: pages rendered at 200 dpi, no text
// layer), OCR'd offline, against the plain text: citations and sections at least 0.90 of the text's
// figures. About 10 CPU seconds; the OCR packages are dev dependencies, so it runs by default
// (KEHOACH_OCR_TESTS=0 skips it on a machine in a hurry).
const root = new URL('..', import.meta.url).pathname;
const file = readdirSync(join(root, 'corpus')).find((f) => f.startsWith('003_'))!;
const work = mkdtempSync(join(tmpdir(), 'kehoach-ocr-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

type Figure = { f: number };
async function score(kind: string, path: string): Promise<{ plan: Plan; summary: Record<string, Figure> }> {
  const dir = join(work, kind);
  mkdirSync(dir, { recursive: true });
  const plan = await parsePlanFile(path);
  writeFileSync(join(dir, `${file}.json`), JSON.stringify(plan));
  const args = ['--gold', join(root, 'fixtures/gold'), '--plans', dir, '--only', '003', '--json'];
  const { summary } = JSON.parse(
    execFileSync(process.execPath, [join(root, 'scripts/score.mjs'), ...args], { encoding: 'utf8' }),
  );
  return { plan, summary };
}

describe.skipIf(process.env.KEHOACH_OCR_TESTS === '0')('OCR of the scanned plan', () => {
  test('citations and sections ≥ 0.90 of the text version', { timeout: 180_000 }, async () => {
    const { summary: text } = await score('txt', join(root, 'corpus', file));
    const { plan, summary: ocr } = await score('ocr', join(root, 'fixtures/docs/scan.pdf'));
    expect(plan.source).toMatchObject({ format: 'pdf', ocr: true, pages: 3 });
    expect(plan.text).toMatch(/Chỉ thị số 33\/CT-TTg/u);
    for (const field of ['citations', 'sections']) {
      expect(ocr[field]!.f, field).toBeGreaterThanOrEqual(0.9 * text[field]!.f);
    }
    expect(plan.text).toMatch(/Nơi nhận/u); // on page 3
  });

  test('timeBudgetMs stops OCR between pages: page 1 is read, the pages left are named', {
    timeout: 120_000,
  }, async () => {
    const plan = await parsePlanFile(join(root, 'fixtures/docs/scan.pdf'), { timeBudgetMs: 1 });
    expect(planSchema.safeParse(plan).success).toBe(true);
    expect(plan.source).toMatchObject({ format: 'pdf', ocr: true, pages: 3 });
    expect(plan.text).toMatch(/KẾ HOẠCH/u);
    expect(plan.text).not.toMatch(/Nơi nhận/u);
    const warning = plan.warnings.find((w) => w.code === 'TIME_BUDGET_EXCEEDED');
    expect(warning?.message).toContain('skipped: OCR of pages 2, 3, citations');
  });
});
