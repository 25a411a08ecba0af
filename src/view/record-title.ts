import type { ShownRecord } from './highlight-kinds.js';

const show = (value: unknown): string =>
  Array.isArray(value) ? value.join('; ') : typeof value === 'object' ? JSON.stringify(value) : String(value);

/** A record as the tooltip of its span: what it is, then one 'field: value' line per stated field. */
export function recordTitle(record: ShownRecord): string {
  const lines = Object.entries(record)
    .filter(
      ([k, v]) => k !== 'highlight' && v !== null && v !== undefined && !(Array.isArray(v) && !v.length),
    )
    .map(([k, v]) => `${k}: ${show(v)}`);
  return [record.highlight, ...lines].join('\n');
}
