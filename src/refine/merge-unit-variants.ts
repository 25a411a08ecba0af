import type { RefinePass } from './types.js';

// What may extend a name into its fuller form: a level or the country ('… Việt Nam', '… Huyện').
const QUALIFIER = /^(?:việt nam|tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)(?:\s|$)/u;

// toLowerCase is toLocaleLowerCase('vi') (no Vietnamese-specific mapping) without the locale look-up.
const key = (name: string) => name.toLowerCase();

/**
 * One unit per body (gold notes): case variants are one name ('Các Ban, ngành' = 'Các ban,
 * ngành'), and a name that another role-given name only extends by a level or 'Việt Nam' is that
 * name ('Ủy ban Mặt trận Tổ quốc' → 'Ủy ban Mặt trận Tổ quốc Việt Nam' when that is the only
 * fuller form). Task lead and cooperating lists are renamed alike.
 */
export const mergeUnitVariants: RefinePass = {
  name: 'merge-unit-variants',
  run(state) {
    const first = new Map<string, string>();
    for (const m of state.unitMentions) if (m.role && !first.has(key(m.name))) first.set(key(m.name), m.name);
    const keys = [...first.keys()];
    const rename = new Map<string, string>();
    for (const k of keys) {
      const fuller = keys.filter((o) => o.startsWith(`${k} `) && QUALIFIER.test(o.slice(k.length + 1)));
      rename.set(k, first.get(fuller.length === 1 ? fuller[0]! : k)!);
    }
    const to = (name: string) => rename.get(key(name)) ?? name;
    return {
      ...state,
      unitMentions: state.unitMentions.map((m) => ({ ...m, name: to(m.name) })),
      tasks: state.tasks.map((t) => ({
        ...t,
        lead: [...new Set(t.lead.map(to))],
        cooperating: [...new Set(t.cooperating.map(to))],
      })),
    };
  },
};
