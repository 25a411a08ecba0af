import type { Span } from '../schema/span.js';
import type { RefinePass } from './types.js';

/**
 * A citation's date is not a deadline (SPEC §2.4): drop deadlines that overlap a citation
 * mention, or that follow one with nothing but a comma between ('số 33/CT-TTg, ngày …').
 */
export const dropDeadlinesInCitations: RefinePass = {
  name: 'drop-deadlines-in-citations',
  run(state, { text }) {
    const mentions: Span[] = state.citations.flatMap((c) => c.mentions).sort((a, b) => a.start - b.start);
    if (mentions.length === 0) return state;
    const deadlines = state.deadlines.filter((d) => !mentions.some((m) => cites(text, m, d.span)));
    return { ...state, deadlines };
  },
};

function cites(text: string, mention: Span, d: Span): boolean {
  if (mention.start < d.end && d.start < mention.end) return true;
  return (
    d.start >= mention.end && d.start - mention.end <= 4 && /^[\s,]*$/u.test(text.slice(mention.end, d.start))
  );
}
