import type { RefinePass } from './types.js';

// What may extend a name into its fuller form: a level or the country ('… Việt Nam', '… Huyện').
const QUALIFIER = /^(?:việt nam|tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)(?:\s|$)/u;

// toLowerCase is toLocaleLowerCase('vi') (no Vietnamese-specific mapping) without the locale look-up.
const key = (name: string) => name.toLowerCase();

/** The index of the first string of `sorted` not below `s`. */
function lowerBound(sorted: readonly string[], s: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < s) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

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
    // In sorted order the names that extend k ('k …') stand together, from the first not below 'k '.
    const sorted = [...keys].sort();
    const rename = new Map<string, string>();
    for (const k of keys) {
      const prefix = `${k} `;
      let fuller: string | null = null;
      let count = 0;
      for (let j = lowerBound(sorted, prefix); j < sorted.length && sorted[j]!.startsWith(prefix); j++) {
        if (QUALIFIER.test(sorted[j]!.slice(prefix.length))) {
          fuller = sorted[j]!;
          count++;
        }
      }
      rename.set(k, first.get(count === 1 ? fuller! : k)!);
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
