import { canonicalId } from '../extract/citations/canonical-id.js';
import { NUMBER } from '../extract/citations/token-patterns.js';
import type { ExtractContext } from '../extract/types.js';
import { standardPrefixes } from '../lexicon/citation-words.js';
import type { Citation } from '../schema/citation.js';
import type { RefinePass } from './types.js';

// 'Số: 21/KH-UBND' on a line of its own: the plan's own number.
const OWN_NUMBER_LINE = new RegExp(String.raw`^[ \t]{0,8}Số[ \t]{0,4}:?[ \t]{0,8}${NUMBER}`, 'mu');
const STANDARD = new RegExp(`^(?:${standardPrefixes.join('|')})`, 'u');
// How far down an unsegmented text the header's 'Số:' line may stand.
const HEADER_REACH = 3000;

/**
 * The plan's own numbers as canonical ids: meta.number, the header's 'Số:' line (or, before
 * segmentation finds it, an early 'Số:' line), and the decision that issued the plan.
 */
function ownIds(ctx: ExtractContext): Set<string> {
  const ids = new Set<string>();
  for (const n of [ctx.meta.number, ctx.meta.issuedWith?.number]) if (n) ids.add(key(n));
  const lines = [ctx.seg.header.numberLine, ctx.seg.decision?.numberLine].filter((l) => l != null);
  const heads = lines.length ? lines.map((l) => `Số: ${l.text}`) : [ctx.text.slice(0, HEADER_REACH)];
  for (const head of heads) {
    const m = OWN_NUMBER_LINE.exec(head);
    if (m)
      ids.add(
        key(canonicalId(m.groups!['num']!, m.groups!['year'], m.groups!['sep']!, m.groups!['code']!).id),
      );
  }
  return ids;
}

const key = (id: string) => id.replace(/\s+/gu, '').toLowerCase();

/**
 * Not citations (SPEC §2.3): the plan's own number, the lists of related documents that
 * websites print above the header, and standards ('TCVN ISO 9001:2015').
 */
export const dropNonCitations: RefinePass = {
  name: 'drop-non-citations',
  run(state, ctx) {
    const own = ownIds(ctx);
    const headerStart = ctx.seg.header.span?.start ?? 0;
    const keep = (c: Citation) =>
      !(c.id && (own.has(key(c.id)) || STANDARD.test(c.id))) &&
      c.mentions.some((m) => m.start >= headerStart);
    return { ...state, citations: state.citations.filter(keep) };
  },
};
