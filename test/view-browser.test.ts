import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Plan } from '../src/schema/plan.js';
import { highlightCounts } from '../src/view/highlight-kinds.js';
import { renderPlanHtml } from '../src/view/render-plan-html.js';
import { hasChromium, launchChromium } from './helpers/browser.js';
import { corpusFiles, parseCorpus } from './helpers/corpus.js';
import { samplePlan } from './helpers/sample-plan.js';

const artifacts = new URL('../test-artifacts/', import.meta.url).pathname;
// CI installs chromium and sets KEHOACH_REQUIRE_TOOLS: there a missing browser is a failure.
const required = process.env['KEHOACH_REQUIRE_TOOLS'] === '1';
if (!hasChromium && !required) console.warn('view-browser: no chromium found, browser tests skipped');

describe.skipIf(!hasChromium && !required)('the HTML view in headless Chromium', () => {
  let context: BrowserContext;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ context, close } = await launchChromium());
  }, 60_000);
  afterAll(async () => close?.());

  async function open(plan: Plan, name: string) {
    mkdirSync(artifacts, { recursive: true });
    const file = join(artifacts, `${name}.html`);
    writeFileSync(file, renderPlanHtml(plan, { name }));
    const page = await context.newPage();
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('request', (r) => requests.push(r.url()));
    const url = pathToFileURL(file).href;
    await page.goto(url, { waitUntil: 'load' });
    const counts = await page.$$eval('[data-kind]', (els) => {
      const out: Record<string, number> = {};
      for (const el of els)
        out[el.getAttribute('data-kind')!] = (out[el.getAttribute('data-kind')!] ?? 0) + 1;
      return out;
    });
    return { page, errors, requests: requests.filter((r) => r !== url), counts };
  }

  const expected = (plan: Plan) =>
    Object.fromEntries(Object.entries(highlightCounts(plan)).filter(([, n]) => n > 0));

  test('a plan with every kind of span: no errors, no requests, counts per kind, record on hover and focus', async () => {
    const plan = await samplePlan();
    const { page, errors, requests, counts } = await open(plan, 'view-sample');
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    expect(counts).toEqual(expected(plan));
    expect(counts).toEqual({ task: 2, citation: 2, deadline: 3, unit: 5, correction: 3 });

    await page.hover('[data-kind="unit"][title*="Phòng Nội vụ huyện"]');
    expect(await page.textContent('#inspector')).toContain('"name": "Phòng Nội vụ huyện"');
    await page.focus('[data-kind="deadline"][title*="2024-07-01"]');
    const shown = await page.textContent('#inspector');
    expect(shown).toContain('"kind": "period"');
    // The record of the task around the deadline is shown with it.
    expect(shown).toContain('"title": "Thực hiện Quy chế dân chủ ở cơ sở"');

    const rows = await page.$$eval('table.tasks tbody tr', (trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)),
    );
    expect(rows).toEqual([
      [
        'II.1',
        'Tuyên truyền, phổ biến pháp luật',
        'Văn phòng - Thống kê',
        'Ủy ban Mặt trận Tổ quốc xã',
        'trước ngày 30/6/2024',
      ],
      [
        'II.2',
        'Thực hiện Quy chế dân chủ ở cơ sở',
        'Công chức Tư pháp - Hộ tịch',
        '',
        'trong quý III năm 2024',
      ],
    ]);
    expect(await page.$$eval('.timeline li', (li) => li.length)).toBe(2);
    expect(await page.$$eval('nav a', (a) => a.map((x) => x.getAttribute('href')))).toContain('#sec-II.2');
    // The text shown is the plan's text, character for character.
    expect(await page.$eval('.text', (el) => el.textContent)).toBe(plan.text);
    await page.screenshot({ path: join(artifacts, 'view-sample.png'), fullPage: true });
    await page.close();
  }, 60_000);

  test.each(corpusFiles())(
    'corpus %s parsed by parsePlan: no errors, no requests, counts per kind',
    async (file) => {
      const plan = (await parseCorpus()).get(file)!;
      const { page, errors, requests, counts } = await open(plan, `view-${file}`);
      expect(errors).toEqual([]);
      expect(requests).toEqual([]);
      expect(counts).toEqual(expected(plan));
      expect(await page.$eval('.text', (el) => el.textContent)).toBe(plan.text);
      await page.screenshot({ path: join(artifacts, `view-${file}.png`) });
      await page.close();
    },
    60_000,
  );
});
