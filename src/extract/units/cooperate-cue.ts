import { cooperateCues } from '../../lexicon/unit-role-verbs.js';
import type { Extractor, UnitMention } from '../types.js';
import { cueBefore, cues, mentionsOf } from './list-context.js';
import { scanUnits } from './scan-units.js';

const CUES = cues(cooperateCues);

/** 'phối hợp với Phòng Tư pháp', 'Phối hợp Ban Dân vận Thị ủy …', 'Phối hợp, tạo điều kiện để MTTQ …'. */
export const cooperateCue: Extractor<UnitMention> = {
  ruleId: 'units/cooperate-cue',
  find(ctx) {
    const { tokens, lists } = scanUnits(ctx);
    return lists
      .filter((l) => l.roleable && cueBefore(tokens, l.first, CUES))
      .flatMap((l) => mentionsOf(l, 'cooperate', this.ruleId));
  },
};
