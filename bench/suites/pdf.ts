// Real inputs end to end: PDF pages/s (text pages, and pages with a ruled table), DOCX plans/s,
// OCR seconds per page (an image, and an image-only PDF rendered for OCR). Rates are per CPU second
// of this process (user + system, all its threads): 'per core', and steady on a busy machine.
import { readFileSync } from 'node:fs';
import { parsePlan } from '../../src/index.js';
import { load } from '../../src/load/index.js';
import { resolveOptions } from '../../src/options.js';
import type { BenchRow, BenchSuite } from '../types.js';

const docs = new URL('../../fixtures/docs/', import.meta.url);
const read = (name: string) => new Uint8Array(readFileSync(new URL(name, docs)));
const TEXT_PDFS = ['000.pdf', '001.pdf', '002.pdf', '003.pdf', '004.pdf'];
const ROUND_MS = 3000;

const cpuSeconds = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
};

/** Parses the inputs over and over for about `ms` (after one warm-up pass); units per CPU second. */
async function rate(
  inputs: Uint8Array[],
  units: (plan: Awaited<ReturnType<typeof parsePlan>>) => number,
  ms: number,
) {
  for (const input of inputs) await parsePlan(input);
  let done = 0;
  let runs = 0;
  const start = performance.now();
  const cpu = process.cpuUsage();
  while (performance.now() - start < ms) {
    for (const input of inputs) {
      done += units(await parsePlan(input));
      runs++;
    }
  }
  const seconds = cpuSeconds(cpu);
  return { perSec: done / seconds, msPerDoc: (seconds * 1000) / runs };
}

const rss = () => process.memoryUsage().rss / 1e6;

export const suite: BenchSuite = {
  name: 'pdf',
  async run(): Promise<BenchRow[]> {
    const rows: BenchRow[] = [];
    const pages = (plan: { source: { pages: number | null } }) => plan.source.pages ?? 1;

    const text = await rate(TEXT_PDFS.map(read), pages, ROUND_MS);
    rows.push({
      suite: 'pdf',
      name: 'PDF end to end, text pages',
      perSec: text.perSec,
      unit: 'pages',
      msPerDoc: text.msPerDoc,
      peakRssMb: rss(),
      target: '≥ 50 pages/s',
      ok: text.perSec >= 50,
      note: 'corpus PDFs (LibreOffice export), parsePlan, per CPU second',
    });

    // The loader alone (bytes → text and tables): what the PDF path adds to any plan's pipeline.
    const inputs = TEXT_PDFS.map(read);
    const options = resolveOptions({});
    for (const input of inputs) await load(input, options);
    const cpu = process.cpuUsage();
    const start = performance.now();
    let loadedPages = 0;
    while (performance.now() - start < ROUND_MS)
      for (const input of inputs) loadedPages += (await load(input, options)).pages ?? 0;
    rows.push({
      suite: 'pdf',
      name: 'PDF loader only, text pages',
      perSec: loadedPages / cpuSeconds(cpu),
      unit: 'pages',
      peakRssMb: rss(),
      note: 'pdf-parse text, running lines, table check',
    });

    const table = await rate([read('task-table.pdf')], pages, ROUND_MS);
    rows.push({
      suite: 'pdf',
      name: 'PDF end to end, ruled task table',
      perSec: table.perSec,
      unit: 'pages',
      msPerDoc: table.msPerDoc,
      peakRssMb: rss(),
      note: '3 pages, table across a page break',
    });

    const docx = await rate(
      ['000.docx', '001.docx', '002.docx', '003.docx', '004.docx'].map(read),
      () => 1,
      ROUND_MS,
    );
    rows.push({
      suite: 'pdf',
      name: 'DOCX end to end',
      perSec: docx.perSec,
      unit: 'plans',
      msPerDoc: docx.msPerDoc,
      peakRssMb: rss(),
    });

    for (const [name, file] of [
      ['OCR, page image (PNG, 200 dpi)', 'page.png'],
      ['OCR, image-only PDF (render + OCR)', 'scan.pdf'],
    ] as const) {
      const start = performance.now();
      const cpu = process.cpuUsage();
      const plan = await parsePlan(read(file));
      const seconds = cpuSeconds(cpu);
      const wall = (performance.now() - start) / 1000;
      rows.push({
        suite: 'pdf',
        name,
        perSec: pages(plan) / seconds,
        unit: 'pages',
        msPerDoc: seconds * 1000,
        peakRssMb: rss(),
        note: `${(seconds / pages(plan)).toFixed(1)} CPU s/page (${(wall / pages(plan)).toFixed(1)} s wall) incl. worker start, offline`,
      });
    }
    return rows;
  },
};
