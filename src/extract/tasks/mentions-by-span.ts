import { firstNotBefore } from '../../first-not-before.js';
import type { Span } from '../../schema/span.js';
import type { UnitMention } from '../types.js';

/** The distinct names of some mentions, in their order. */
export const names = (ms: readonly UnitMention[]) => [...new Set(ms.map((m) => m.name))];

/**
 * Mentions looked up by the span they lie in: in start order, found by binary search, so that
 * every section does not filter every mention (sections × mentions on a long plan). Those found
 * come back in the order of the list they were made from.
 */
export class MentionsBySpan {
  readonly #byStart: { mention: UnitMention; order: number }[];

  constructor(mentions: readonly UnitMention[]) {
    this.#byStart = mentions
      .map((mention, order) => ({ mention, order }))
      .sort((a, b) => a.mention.span.start - b.mention.span.start || a.order - b.order);
  }

  within(span: Span): UnitMention[] {
    const all = this.#byStart;
    const found: { mention: UnitMention; order: number }[] = [];
    for (
      let k = firstNotBefore(all.length, (i) => all[i]!.mention.span.start < span.start);
      k < all.length;
      k++
    ) {
      const m = all[k]!;
      if (m.mention.span.start > span.end) break;
      if (m.mention.span.end <= span.end) found.push(m);
    }
    return found.sort((a, b) => a.order - b.order).map((m) => m.mention);
  }
}
