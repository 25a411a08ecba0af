import { directCues } from '../../lexicon/unit-role-verbs.js';
import type { Extractor, UnitMention } from '../types.js';
import { cueBefore, cues, mentionsOf, verbAfter } from './list-context.js';
import { scanUnits } from './scan-units.js';

const CUES = cues(directCues);

/**
 * A unit another unit is told to direct: 'Chỉ đạo Trung tâm Văn hóa … phối hợp …'. It is given
 * work, so it is a unit, but the item's lead stays the unit that directs (gold notes).
 */
export const directedUnit: Extractor<UnitMention> = {
  ruleId: 'units/directed',
  find(ctx) {
    const { tokens, lists } = scanUnits(ctx);
    return lists
      .filter((l) => l.roleable && cueBefore(tokens, l.first, CUES) && verbAfter(tokens, l))
      .flatMap((l) => mentionsOf(l, 'lead', this.ruleId));
  },
};
