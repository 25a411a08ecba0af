import { cooperateLabels, leadLabels } from '../../lexicon/unit-role-verbs.js';
import type { Extractor, UnitMention } from '../types.js';
import { cueBefore, cues, mentionsOf } from './list-context.js';
import { scanUnits } from './scan-units.js';

const LEAD = cues(leadLabels.map((l) => `${l}:`));
const COOPERATE = cues(cooperateLabels.map((l) => `${l}:`));

/** Inline field labels: 'Cơ quan chủ trì: Phòng Nội vụ', 'Cơ quan phối hợp: …', 'Đơn vị thực hiện: …'. */
export const fieldLabel: Extractor<UnitMention> = {
  ruleId: 'units/field-label',
  find(ctx) {
    const { tokens, lists } = scanUnits(ctx);
    return lists.flatMap((l) => {
      if (!l.roleable) return [];
      if (cueBefore(tokens, l.first, COOPERATE)) return mentionsOf(l, 'cooperate', this.ruleId);
      if (cueBefore(tokens, l.first, LEAD)) return mentionsOf(l, 'lead', this.ruleId);
      return [];
    });
  },
};
