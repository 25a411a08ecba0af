// `npm run bench`: runs every suite in bench/suites/, prints one table, writes bench/results.json.
// A benchmark, not a test: it measures and reports; targets are shown as ok / MISS.
import { readdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import type { BenchRow, BenchSuite } from './types.js';

const only = process.argv.slice(2);
const dir = new URL('./suites/', import.meta.url);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.ts'))
  .sort();
const rows: BenchRow[] = [];
for (const file of files) {
  const { suite } = (await import(new URL(file, dir).href)) as { suite: BenchSuite };
  if (only.length && !only.includes(suite.name)) continue;
  process.stderr.write(`bench: ${suite.name}…\n`);
  try {
    rows.push(...(await suite.run()));
  } catch (error) {
    // One broken suite must not hide the others' figures.
    rows.push({ suite: suite.name, name: 'suite failed', ok: false, note: String((error as Error).message) });
  }
}
const load = loadavg().map((n) => n.toFixed(1));
const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, node ${process.version}, load average ${load.join(' ')}`;

const fmt = (n: number | undefined, digits = 1) => (n === undefined ? '' : n.toFixed(digits));
const table = [
  ['suite', 'name', 'MB/s', 'per s', 'ms/doc', 'peak RSS MB', 'target', '', 'note'],
  ...rows.map((r) => [
    r.suite,
    r.name,
    fmt(r.mbPerSec),
    r.perSec === undefined ? '' : `${fmt(r.perSec)} ${r.unit ?? ''}`.trim(),
    fmt(r.msPerDoc, 2),
    fmt(r.peakRssMb, 0),
    r.target ?? '',
    r.ok === undefined ? '' : r.ok ? 'ok' : 'MISS',
    r.note ?? '',
  ]),
];
const widths = table[0]!.map((_, i) => Math.max(...table.map((row) => row[i]!.length)));
for (const row of table)
  console.log(
    row
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd(),
  );
const judged = rows.filter((r) => r.ok !== undefined);
console.log(`\n${machine}`);
console.log(`targets: ${judged.filter((r) => r.ok).length} ok, ${judged.filter((r) => !r.ok).length} MISS`);
writeFileSync(
  new URL('./results.json', import.meta.url),
  `${JSON.stringify({ node: process.version, machine, date: new Date().toISOString(), rows }, null, 2)}\n`,
);
