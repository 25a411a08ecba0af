import { reportSubjectVerbs } from '../../lexicon/unit-role-verbs.js';
import type { Extractor, UnitMention } from '../types.js';
import { cues, mentionsOf, opensClause, verbAfter } from './list-context.js';
import { scanUnits } from './scan-units.js';
import { matchAny } from './vocabulary.js';

const REPORTS = cues(reportSubjectVerbs);

/**
 * The subject of a clause: 'UBND phường triển khai …', 'Công chức … có trách nhiệm …',
 * '…; Chủ tịch UBND các phường, xã trực tiếp phụ trách …'. A subject that only reports sends reports.
 */
export const clauseSubject: Extractor<UnitMention> = {
  ruleId: 'units/clause-subject',
  find(ctx) {
    const { tokens, lists } = scanUnits(ctx);
    return lists.flatMap((l) => {
      if (
        !l.roleable ||
        l.closing ||
        l.end >= tokens.length ||
        tokens.cap(l.end) ||
        !opensClause(tokens, l) ||
        !verbAfter(tokens, l)
      )
        return [];
      return mentionsOf(l, matchAny(tokens, l.end, REPORTS) ? 'report' : 'lead', this.ruleId);
    });
  },
};
