import { leadCues } from '../../lexicon/unit-role-verbs.js';
import type { Extractor, UnitMention } from '../types.js';
import { cueBefore, cues, mentionsOf } from './list-context.js';
import { scanUnits } from './scan-units.js';

const CUES = cues(leadCues);

/** 'Giao Phòng Nội vụ chủ trì …', 'Đề nghị Ban Dân vận Huyện ủy, …', '(Giao Phòng Tư pháp chuẩn bị …)'. */
export const leadCue: Extractor<UnitMention> = {
  ruleId: 'units/lead-cue',
  find(ctx) {
    const { tokens, lists } = scanUnits(ctx);
    return lists
      .filter((l) => l.roleable && !l.closing && cueBefore(tokens, l.first, CUES))
      .flatMap((l) => mentionsOf(l, 'lead', this.ruleId));
  },
};
