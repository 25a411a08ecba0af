import type { CorpusSummary } from '../corpus/corpus-summary.js';

type Cell = string | number;

/** A plain text table: numbers right-aligned, long cells cut so a terminal line stays readable. */
function table(
  title: string,
  header: readonly string[],
  rows: readonly Cell[][],
  total = rows.length,
): string {
  if (!rows.length) return `${title}: none\n\n`;
  const cut = (c: Cell) => (typeof c === 'string' && c.length > 70 ? `${c.slice(0, 69)}…` : String(c));
  const cells = [header.map(String), ...rows.map((r) => r.map(cut))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => r[i]!.length)));
  const numeric = header.map((_, i) => rows.every((r) => typeof r[i] === 'number'));
  const line = (r: string[]) =>
    r
      .map((c, i) => (numeric[i] ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  const more = total > rows.length ? `… ${total - rows.length} more\n` : '';
  return `${title}\n${line(cells[0]!)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n${cells
    .slice(1)
    .map(line)
    .join('\n')}\n${more}\n`;
}

/** The tables `kehoach stats` prints: the top rows of each, the full ones go to --out. */
export function formatStatsTables(s: CorpusSummary, top: number): string {
  const failures = Object.entries(s.failures)
    .map(([code, n]) => `${code} ${n}`)
    .join(', ');
  let out = `${s.plans} plans${s.failed ? `, ${s.failed} failed files (${failures})` : ''}\n\n`;
  out += table(
    'Most cited documents',
    ['document', 'type', 'issuer', 'plans', 'mentions'],
    s.citations.slice(0, top).map((c) => [c.key, c.type, c.issuer ?? '', c.plans, c.mentions]),
    s.citations.length,
  );
  out += table(
    'Units by role (number of plans)',
    ['unit', 'plans', 'lead', 'cooperate', 'advise', 'report', 'receive'],
    s.units.slice(0, top).map((u) => [u.name, u.plans, u.lead, u.cooperate, u.advise, u.report, u.receive]),
    s.units.length,
  );
  out += table(
    'Deadlines by month',
    ['month', 'deadlines', 'plans', 'kinds'],
    s.deadlinesByMonth.map((m) => [
      m.month,
      m.deadlines,
      m.plans,
      Object.entries(m.byKind)
        .map(([k, n]) => `${k} ${n}`)
        .join(', '),
    ]),
  );
  const recurring = Object.entries(s.recurring);
  if (recurring.length)
    out += `Recurring deadlines: ${recurring.map(([p, n]) => `${p} ×${n}`).join(', ')}\n\n`;
  if (s.undated) out += `Deadlines without a date: ${s.undated}\n\n`;
  out += table(
    'Similar plans (estimated Jaccard of the bodies; copy issued after source when ordered)',
    ['source', 'copy', 'similarity', 'ordered'],
    s.similar.slice(0, top).map((p) => [p.source, p.copy, p.similarity.toFixed(2), p.ordered ? 'yes' : '']),
    s.similar.length,
  );
  if (s.identical.length) {
    const sizes = s.identical.map((g) => g.length);
    out += `Identical plans: ${s.identical.length} groups (${sizes.slice(0, top).join(', ')}${sizes.length > top ? ', …' : ''} files)\n`;
  }
  return out;
}
