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
      // two rules may name the same words (a heading that is also a clause's subject)
      if (!unit.mentions.some((s) => s.start === m.span.start && s.end === m.span.end))
        unit.mentions.push(m.span);
      if (m.role && !unit.roles.includes(m.role as UnitRole)) unit.roles.push(m.role as UnitRole);
    }
    const units = [...byName.values()].filter((u) => u.roles.length > 0);
    for (const u of units) u.mentions.sort((a, b) => a.start - b.start);
    return { ...state, units };
  },
};
