import type { ExtractContext, Extractor, UnitMention } from '../types.js';

/** Unit rules, in order: each finds unit mentions and the role the sentence gives them. */
export const unitExtractors: readonly Extractor<UnitMention>[] = [];

export function extractUnits(ctx: ExtractContext): UnitMention[] {
  return unitExtractors.flatMap((x) => x.find(ctx));
}
