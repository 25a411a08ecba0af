import type { Extractor, UnitMention } from '../types.js';
import { mentionsOf, opensItem, verbAfter } from './list-context.js';
import { scanUnits } from './scan-units.js';

/**
 * A unit as an item's heading: '1. Phòng Nội vụ: Theo dõi …', '2.1. Phòng Tư pháp ⏎ …',
 * '- Văn phòng - Thống kê xã chủ trì tham mưu:' and, with the ':' lost, 'Công chức Văn phòng -
 * Thống kê xã Theo dõi, đôn đốc …'.
 */
export const itemHeading: Extractor<UnitMention> = {
  ruleId: 'units/item-heading',
  find(ctx) {
    const { tokens, lists } = scanUnits(ctx);
    return lists.flatMap((l) => {
      if (!l.roleable || l.closing || !opensItem(tokens, l)) return [];
      const next = l.end;
      const heads =
        next >= tokens.length ||
        tokens.nl(next) ||
        tokens.text(next) === ':' ||
        (tokens.cap(next) && verbAfter(tokens, l) > 0);
      return heads ? mentionsOf(l, 'lead', this.ruleId) : [];
    });
  },
};
