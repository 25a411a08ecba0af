import type { NumberingMatch } from '../lexicon/numbering.js';
import type { Section } from '../schema/section.js';

/**
 * A section's id (SPEC §2.2): the parent's id, a dot, and the printed number without the
 * part it shares with the parent's number — '2.1.' under '2.' of III is 'III.2.1', '1.1.'
 * directly under 'I.' is 'I.1.1'. A 'Phần' is 'P1', 'P2' …; letters keep their letter.
 */
export function sectionId(parent: Section | null, match: NumberingMatch, value: number | null): string {
  let own: string;
  if (match.scheme === 'part') own = `P${value ?? match.number}`;
  else {
    const parts = match.number.split('.');
    const parentParts = parent?.number.split('.') ?? [];
    let shared = 0;
    while (shared < parentParts.length && shared < parts.length - 1 && parts[shared] === parentParts[shared])
      shared++;
    own = parts.slice(shared).join('.');
  }
  return parent ? `${parent.id}.${own}` : own;
}
