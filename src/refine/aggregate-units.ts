import type { Span } from '../schema/span.js';
import type { Unit, UnitRole } from '../schema/unit.js';
import type { RefinePass } from './types.js';

/** SPEC §2.5: `units` lists every unit given a role anywhere, once, with all its mentions. */
export const aggregateUnits: RefinePass = {
  name: 'aggregate-units',
  run(state) {
    const byName = new Map<string, Unit>();
    for (const m of state.unitMentions) {
      // toLowerCase is toLocaleLowerCase('vi') (no Vietnamese-specific mapping) without the locale look-up.
      const key = m.name.toLowerCase();
      let unit = byName.get(key);
      if (!unit) {
        unit = { name: m.name, mentions: [], roles: [] };
        byName.set(key, unit);
      }
      unit.mentions.push(m.span);
      if (m.role && !unit.roles.includes(m.role as UnitRole)) unit.roles.push(m.role as UnitRole);
    }
    const units = [...byName.values()].filter((u) => u.roles.length > 0);
    for (const u of units) u.mentions = inTextOrderOnce(u.mentions);
    return { ...state, units };
  },
};

/**
 * The spans in text order (a stable sort on the start), each place once: two rules may name
 * the same words (a heading that is also a clause's subject). A span equal to one before it
 * has the same start, so only the run of spans at one start is searched — looking through all
 * of a unit's mentions for each new one grew with the square of a long text's mentions.
 */
function inTextOrderOnce(spans: Span[]): Span[] {
  spans.sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  let runStart = 0;
  for (const s of spans) {
    if (out.length > 0 && out[out.length - 1]!.start !== s.start) runStart = out.length;
    let seen = false;
    for (let k = runStart; k < out.length && !seen; k++) seen = out[k]!.end === s.end;
    if (!seen) out.push(s);
  }
  return out;
}
