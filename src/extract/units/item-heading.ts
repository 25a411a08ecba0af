import type { Extractor, UnitMention } from '../types.js';
import { mentionsOf, opensItem, verbAfter } from './list-context.js';
import { scanUnits } from './scan-units.js';
import type { Tokens } from './tokens.js';

// A note in brackets is read past to the ':' after it, on the same line.
const NOTE_REACH = 30;

/** Past '(cơ quan thường trực …)' at tokens[k], when a ':' or the line's end follows it; else k. */
function pastNote(tokens: Tokens, k: number): number {
  if (tokens.text(k) !== '(' || tokens.nl(k)) return k;
  for (let m = k + 1; m < tokens.length && m <= k + NOTE_REACH && !tokens.nl(m); m++) {
    if (tokens.text(m) === '(') return k;
    if (tokens.text(m) === ')') {
      const after = m + 1;
      return after >= tokens.length || tokens.nl(after) || tokens.text(after) === ':' ? after : k;
    }
  }
  return k;
}

/**
 * A unit as an item's heading: '1. Phòng Nội vụ: Theo dõi …', '2.1. Phòng Tư pháp ⏎ …', '3. Sở
 * Y tế (cơ quan thường trực): Chủ trì …',
 * '- Văn phòng - Thống kê xã chủ trì tham mưu:' and, with the ':' lost, 'Công chức Văn phòng -
 * Thống kê xã Theo dõi, đôn đốc …'.
 */
export const itemHeading: Extractor<UnitMention> = {
  ruleId: 'units/item-heading',
  find(ctx) {
    const { tokens, lists } = scanUnits(ctx);
    return lists.flatMap((l) => {
      if (!l.roleable || l.closing || !opensItem(tokens, l)) return [];
      const next = pastNote(tokens, l.end);
      const heads =
        next >= tokens.length ||
        tokens.nl(next) ||
        tokens.text(next) === ':' ||
        (tokens.cap(next) && verbAfter(tokens, l) > 0);
      return heads ? mentionsOf(l, 'lead', this.ruleId) : [];
    });
  },
};
