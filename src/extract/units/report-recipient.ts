import { receiveCues, reportVerbs } from '../../lexicon/unit-role-verbs.js';
import type { Extractor, UnitMention } from '../types.js';
import { cueBefore, cues, mentionsOf } from './list-context.js';
import { scanUnits } from './scan-units.js';
import type { Tokens } from './tokens.js';
import { matchAny } from './vocabulary.js';

const CUES = cues(receiveCues);
const REPORT = cues(reportVerbs);
const SENTENCE_END = new Set(['.', ';', '!', '?']);

// A report verb earlier in the same sentence: 'báo cáo kết quả … về Ủy ban nhân dân Huyện'.
function reportedBefore(tokens: Tokens, i: number): boolean {
  for (let k = i - 1; k >= 0 && i - k < 60 && !SENTENCE_END.has(tokens.text(k)!); k--) {
    if (matchAny(tokens, k, REPORT)) return true;
  }
  return false;
}

/** Units that receive reports: '… báo cáo … về UBND huyện (qua Phòng Nội vụ)', 'phản ánh về Văn phòng …'. */
export const reportRecipient: Extractor<UnitMention> = {
  ruleId: 'units/report-recipient',
  find(ctx) {
    const { tokens, lists } = scanUnits(ctx);
    return lists
      .filter((l) => {
        if (!l.roleable) return false;
        const cue = cueBefore(tokens, l.first, CUES);
        return cue !== null && (cue.join(' ') === 'báo cáo' || reportedBefore(tokens, l.first - cue.length));
      })
      .flatMap((l) => mentionsOf(l, 'receive', this.ruleId));
  },
};
