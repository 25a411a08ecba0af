import type { ExtractContext, Extractor, UnitMention } from '../types.js';
import { clauseSubject } from './clause-subject.js';
import { cooperateCue } from './cooperate-cue.js';
import { directedUnit } from './directed-unit.js';
import { fieldLabel } from './field-label.js';
import { itemHeading } from './item-heading.js';
import { leadCue } from './lead-cue.js';
import { reportRecipient } from './report-recipient.js';
import { tableColumns } from './table-columns.js';

/** Unit rules, in order: each finds unit mentions and the role the sentence gives them. */
export const unitExtractors: readonly Extractor<UnitMention>[] = [
  leadCue,
  itemHeading,
  clauseSubject,
  fieldLabel,
  cooperateCue,
  directedUnit,
  reportRecipient,
  tableColumns,
];

export function extractUnits(ctx: ExtractContext): UnitMention[] {
  return unitExtractors.flatMap((x) => x.find(ctx));
}
