import { canonicalId } from '../extract/citations/canonical-id.js';
import { NUMBER } from '../extract/citations/token-patterns.js';
import { firstLineStartMatch } from '../extract/line-start-matches.js';
import { OUTPUT_LABELS } from '../extract/tasks/item-outputs.js';
import type { ExtractContext } from '../extract/types.js';
import { standardPrefixes } from '../lexicon/citation-words.js';
import { HEADER_NAMES } from '../lexicon/header-mottos.js';
import type { Citation } from '../schema/citation.js';
import type { RefinePass } from './types.js';

// 'Số: 21/KH-UBND' on a line of its own: the plan's own number (tried where a line starts, see
// firstLineStartMatch).
const OWN_NUMBER_AT = new RegExp(String.raw`[ \t]{0,8}Số[ \t]{0,4}:?[ \t]{0,8}${NUMBER}`, 'uy');
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
    const m = firstLineStartMatch(head, OWN_NUMBER_AT);
    if (m)
      ids.add(
        key(canonicalId(m.groups!['num']!, m.groups!['year'], m.groups!['sep']!, m.groups!['code']!).id),
      );
  }
  return ids;
}

// Lines that only a header has: the motto, the party's name, the plan's own 'Số:' line.
const HEADER_MARK_AT = new RegExp(String.raw`[ \t]{0,8}(?:${HEADER_NAMES}|Số[ \t]{0,4}:)`, 'uy');

const LOWER_CASE = /\p{Ll}/u;

/**
 * Where the header starts: segmentation's header, or, before segmentation finds one, the
 * upper-case issuer lines above the first header mark ('ỦY BAN NHÂN DÂN ⏎ XÃ NAM CHÍNH ⏎ Số: …').
 * Anything above it is a website's list of related documents.
 */
function headerStart(ctx: ExtractContext): number {
  if (ctx.seg.header.span) return ctx.seg.header.span.start;
  const m = firstLineStartMatch(ctx.text.slice(0, HEADER_REACH), HEADER_MARK_AT);
  if (!m) return 0;
  const lines = ctx.seg.lines;
  let i = lines.findIndex((l) => l.end >= m.index);
  while (i > 0 && !LOWER_CASE.test(lines[i - 1]!.text)) i--;
  return i <= 0 ? 0 : lines[i]!.start;
}

const key = (id: string) => id.replace(/\s+/gu, '').toLowerCase();

// '- Sản phẩm: Quyết định của UBND tỉnh phê duyệt …' — what a task is to produce, at a line start.
const OUTPUT_FIELD_AT = new RegExp(`[ \\t\\-+•]{0,8}${OUTPUT_LABELS}[ \\t]{0,4}:`, 'iuy');
// How far into its line a mention may stand and still be read against the line's label.
const FIELD_REACH = 200;

/** Whether `pos` stands in a 'Sản phẩm:' field: a document to be drafted, not cited. */
function inOutputField(text: string, pos: number): boolean {
  const lineStart = text.lastIndexOf('\n', pos - 1) + 1;
  if (pos - lineStart > FIELD_REACH) return false;
  OUTPUT_FIELD_AT.lastIndex = lineStart;
  const m = OUTPUT_FIELD_AT.exec(text);
  return m !== null && OUTPUT_FIELD_AT.lastIndex <= pos;
}

/**
 * Not citations (SPEC §2.3): the plan's own number, the lists of related documents that
 * websites print above the header, standards ('TCVN ISO 9001:2015'), and the documents a task
 * is to produce ('Sản phẩm: Quyết định … phê duyệt …', unnumbered: not issued yet).
 */
export const dropNonCitations: RefinePass = {
  name: 'drop-non-citations',
  run(state, ctx) {
    const own = ownIds(ctx);
    // A decision issuing the plan, printed before it, cites what it rests on ('Căn cứ …'):
    // those are the plan's citations too, though the plan repeats a header below them.
    const headerAt = Math.min(headerStart(ctx), ctx.seg.decision?.span.start ?? Number.POSITIVE_INFINITY);
    const keep = (c: Citation) =>
      !(c.id && (own.has(key(c.id)) || STANDARD.test(c.id))) &&
      c.mentions.some((m) => m.start >= headerAt) &&
      !(c.id === null && c.mentions.every((m) => inOutputField(ctx.text, m.start)));
    return { ...state, citations: state.citations.filter(keep) };
  },
};
