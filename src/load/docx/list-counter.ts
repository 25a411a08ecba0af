import { formatNumber } from './format-number.js';
import type { ListLevel, NumberingDefinitions } from './read-numbering.js';

/** Private-use bullets from symbol fonts ('' in Symbol, '' in Wingdings) read as a plain bullet. */
const PRIVATE_USE = /[\uE000-\uF8FF]/u;

/**
 * Word's list counters, rebuilt: what number a numbered paragraph shows ('II.', '2.1.', 'a)', '-').
 * Counters are kept per abstractNumId, because LibreOffice writes a new w:num for every list
 * segment of the same list; a w:num's lvlOverride/startOverride restarts its level the first time
 * that w:num is used.
 */
export class ListCounter {
  private readonly counts = new Map<string, (number | null)[]>();
  private readonly starts = new Map<string, Map<number, number>>();
  private readonly seenNums = new Set<string>();

  constructor(private readonly defs: NumberingDefinitions) {}

  /** The label of a paragraph in list numId at level ilvl, with the text that follows it; null if unknown. */
  label(numId: string, ilvl: number): string | null {
    const num = this.defs.nums.get(numId);
    const levels = num && this.defs.abstract.get(num.abstractId);
    if (!num || !levels) return null;
    const level = (l: number): ListLevel | undefined => num.levels.get(l) ?? levels.get(l);
    const lvl = level(ilvl);
    if (!lvl) return null;
    const key = num.abstractId;
    let counts = this.counts.get(key);
    if (!counts) {
      counts = Array(9).fill(null);
      this.counts.set(key, counts);
    }
    let starts = this.starts.get(key);
    if (!starts) {
      starts = new Map();
      this.starts.set(key, starts);
    }
    if (!this.seenNums.has(numId)) {
      this.seenNums.add(numId);
      for (const [l, start] of num.startOverrides) {
        counts[l] = null;
        starts.set(l, start);
      }
    }
    const startOf = (l: number) => starts.get(l) ?? level(l)?.start ?? 1;
    if (lvl.numFmt !== 'bullet') {
      const current = counts[ilvl];
      counts[ilvl] = current === null || current === undefined ? startOf(ilvl) : current + 1;
      // A higher level moving on restarts the levels below it.
      for (let l = ilvl + 1; l < counts.length; l++) {
        counts[l] = null;
        starts.delete(l);
      }
    }
    const text = lvl.lvlText.replace(/%(?<n>[1-9])/g, (_all, n: string) => {
      const l = Number(n) - 1;
      const value = counts[l] ?? startOf(l);
      return formatNumber(value, lvl.legal && l !== ilvl ? 'decimal' : (level(l)?.numFmt ?? 'decimal'));
    });
    const shown = PRIVATE_USE.test(text) || (lvl.numFmt === 'bullet' && text.trim() === '') ? '•' : text;
    if (!shown) return '';
    return lvl.suffix === 'nothing' ? shown : `${shown} `;
  }
}
