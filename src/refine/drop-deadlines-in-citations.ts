import type { Deadline } from '../schema/deadline.js';
import type { Span } from '../schema/span.js';
import type { RefinePass } from './types.js';

/**
 * A citation's date is not a deadline (SPEC §2.4): drop deadlines that overlap a citation
 * mention, and dates that follow one with nothing but a comma between ('số 33/CT-TTg, ngày …').
 * A bound right after a mention ('… Kế hoạch số 12/KH-UBND trước ngày 30/6') stays.
 */
export const dropDeadlinesInCitations: RefinePass = {
  name: 'drop-deadlines-in-citations',
  run(state, { text }) {
    const mentions: Span[] = state.citations.flatMap((c) => c.mentions).sort((a, b) => a.start - b.start);
    if (mentions.length === 0) return state;
    const deadlines = state.deadlines.filter((d) => !mentions.some((m) => cites(text, m, d)));
    return { ...state, deadlines };
  },
};

/** Inside the mention, or a bare date right after it ('… 33/CT-TTg, ngày 26/11/2021'). */
function cites(text: string, mention: Span, d: Deadline): boolean {
  const { start, end } = d.span;
  if (mention.start < end && start < mention.end) return true;
  if (d.kind !== 'date' || start < mention.end || start - mention.end > 4) return false;
  return /^[\s,]*$/u.test(text.slice(mention.end, start));
}
