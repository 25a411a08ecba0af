import type { Citation } from '../../schema/citation.js';
import type { ExtractContext, Extractor } from '../types.js';
import { issuerSubjectReference } from './issuer-subject-reference.js';
import { namedDocument } from './named-document.js';
import { namedLaw } from './named-law.js';
import { numberedCitation } from './numbered-citation.js';
import { partyResolution } from './party-resolution.js';
import { shortForm } from './short-form.js';

/** Citation rules, in order. Each finds candidate mentions; refine/ merges them per document. */
export const citationExtractors: readonly Extractor<Citation>[] = [
  numberedCitation,
  namedLaw,
  partyResolution,
  issuerSubjectReference,
  namedDocument,
  shortForm,
];

export function extractCitations(ctx: ExtractContext): Citation[] {
  return citationExtractors.flatMap((x) => x.find(ctx));
}
