import type { Deadline } from '../../schema/deadline.js';
import type { ExtractContext, Extractor } from '../types.js';

/** Deadline rules, in order. Finding may over-generate; refine/ drops overlaps and non-deadlines. */
export const deadlineExtractors: readonly Extractor<Deadline>[] = [];

export function extractDeadlines(ctx: ExtractContext): Deadline[] {
  return deadlineExtractors.flatMap((x) => x.find(ctx));
}
