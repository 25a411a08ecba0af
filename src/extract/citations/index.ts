import type { Citation } from '../../schema/citation.js';
import type { ExtractContext, Extractor } from '../types.js';
import { numberedCitation } from './numbered-citation.js';

/** Citation rules, in order. Each finds candidate mentions; refine/ merges them per document. */
export const citationExtractors: readonly Extractor<Citation>[] = [numberedCitation];

export function extractCitations(ctx: ExtractContext): Citation[] {
  return citationExtractors.flatMap((x) => x.find(ctx));
}
