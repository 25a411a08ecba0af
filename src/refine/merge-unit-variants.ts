import type { RefinePass } from './types.js';

// What may extend a name into its fuller form: a level or the country ('… Việt Nam', '… Huyện'),
// tried right after a space of the fuller name (sticky), up to the name's end.
const QUALIFIER_AT = /(?:việt nam|tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)(?:\s|$)/uy;

// toLowerCase is toLocaleLowerCase('vi') (no Vietnamese-specific mapping) without the locale look-up.
const key = (name: string) => name.toLowerCase();

/**
 * For each name that others extend by a qualifier ('k việt nam', 'k xã …'), those fuller names.
 * Each name is cut at each of its spaces, and the part before is looked up: a few look-ups a
 * name, where searching the sorted names for each name's extensions compared long strings.
 */
function qualifiedExtensions(names: ReadonlySet<string>): Map<string, string[]> {
  const fuller = new Map<string, string[]>();
  for (const name of names) {
    for (let space = name.indexOf(' '); space >= 0; space = name.indexOf(' ', space + 1)) {
      QUALIFIER_AT.lastIndex = space + 1;
      if (!QUALIFIER_AT.test(name)) continue;
      const base = name.slice(0, space);
      if (!names.has(base)) continue;
      const list = fuller.get(base);
      if (list) list.push(name);
      else fuller.set(base, [name]);
    }
  }
  return fuller;
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
    for (const m of state.unitMentions) {
      if (!m.role) continue;
      const k = key(m.name);
      if (!first.has(k)) first.set(k, m.name);
    }
    const fuller = qualifiedExtensions(new Set(first.keys()));
    const rename = new Map<string, string>();
    for (const k of first.keys()) {
      const extensions = fuller.get(k);
      rename.set(k, first.get(extensions?.length === 1 ? extensions[0]! : k)!);
    }
    // Names recur over the mentions and the task lists: each is lower-cased and looked up once.
    const renamed = new Map<string, string>();
    const to = (name: string): string => {
      let r = renamed.get(name);
      if (r === undefined) {
        r = rename.get(key(name)) ?? name;
        renamed.set(name, r);
      }
      return r;
    };
    return {
      ...state,
      // A mention keeps its object when its name stays (most do): no copy of each.
      unitMentions: state.unitMentions.map((m) => {
        const name = to(m.name);
        return name === m.name ? m : { ...m, name };
      }),
      tasks: state.tasks.map((t) => ({
        ...t,
        lead: [...new Set(t.lead.map(to))],
        cooperating: [...new Set(t.cooperating.map(to))],
      })),
    };
  },
};
