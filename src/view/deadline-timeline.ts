import escapeHtml from 'escape-html';
import type { Deadline } from '../schema/deadline.js';

const DAY = 86_400_000;

// Partial ISO dates widen to their whole year or month: '2023' starts in January, ends in December.
function toTime(iso: string, atEnd: boolean): number | null {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y) return null;
  if (m === undefined) return Date.UTC(atEnd ? y + 1 : y, 0, 1) - (atEnd ? DAY : 0);
  if (d === undefined) return Date.UTC(y, atEnd ? m : m - 1, 1) - (atEnd ? DAY : 0);
  return Date.UTC(y, m - 1, d);
}

function bounds(d: Deadline): [number, number] | null {
  const from = d.start ?? d.date;
  const to = d.end ?? d.date;
  const a = from ? toTime(from, false) : null;
  const b = to ? toTime(to, true) : null;
  if (a === null && b === null) return null;
  return [a ?? b!, b ?? a!];
}

const label = (d: Deadline) =>
  [d.kind, d.date, d.start && `${d.start} → ${d.end ?? ''}`, d.yearInferred && '(year inferred)']
    .filter(Boolean)
    .join(' ');

/**
 * Dated deadlines on one time axis (a bar for periods and ranges, a tick for a date), month
 * marks above; recurring ones, which have no place on a calendar, listed under it.
 */
export function deadlineTimeline(deadlines: readonly Deadline[]): string {
  const dated = deadlines
    .map((d, i) => ({ d, i, at: bounds(d) }))
    .filter((x): x is { d: Deadline; i: number; at: [number, number] } => x.at !== null)
    .sort((x, y) => x.at[0] - y.at[0] || x.at[1] - y.at[1]);
  const recurring = deadlines.map((d, i) => ({ d, i })).filter((x) => x.d.kind === 'recurring');
  if (!dated.length && !recurring.length) return '<p class="none">No deadlines were found.</p>';
  let html = '';
  if (dated.length) {
    const min = Math.min(...dated.map((x) => x.at[0]));
    const max = Math.max(...dated.map((x) => x.at[1])) + DAY;
    const pct = (t: number) => (((t - min) / (max - min)) * 100).toFixed(2);
    // About a dozen marks whatever the range: monthly over a year, yearly over a decade.
    const step = Math.max(1, Math.ceil((max - min) / (DAY * 30.4) / 12));
    const marks: string[] = [];
    const first = new Date(min);
    for (let m = Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), 1); m < max; ) {
      const date = new Date(m);
      if (m >= min)
        marks.push(`<span class="mark" style="left:${pct(m)}%">${date.toISOString().slice(0, 7)}</span>`);
      m = Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + step, 1);
    }
    const rows = dated.map(({ d, i, at }) => {
      const width = Math.max(0.6, Number(pct(at[1] + DAY)) - Number(pct(at[0])));
      return `<li><a href="#ref-d${i}" class="what" title="${escapeHtml(label(d))}">${escapeHtml(d.text)}</a><span class="track"><span class="bar bar-${d.kind}" style="left:${pct(at[0])}%;width:${width.toFixed(2)}%" title="${escapeHtml(label(d))}"></span></span></li>`;
    });
    html += `<div class="timeline"><div class="axis">${marks.join('')}</div><ol>${rows.join('')}</ol></div>`;
  }
  if (recurring.length) {
    const items = recurring.map(
      ({ d, i }) =>
        `<li><a href="#ref-d${i}">${escapeHtml(d.text)}</a> <span class="every">every ${escapeHtml(d.every ?? '?')}${d.due ? `, due ${escapeHtml(d.due)}` : ''}</span></li>`,
    );
    html += `<h3>Recurring</h3><ul class="recurring">${items.join('')}</ul>`;
  }
  return html;
}
