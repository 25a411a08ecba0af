import { canonicalDocumentType } from '../../lexicon/document-types.js';
import { GAP, TYPE_WORDS } from './token-patterns.js';

// 'Chỉ thị số ', 'Quyết định ', 'các Quyết định số: ', 'CHỈ THỊ SỐ ' right before a number.
const TYPE_BEFORE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?<type>${TYPE_WORDS})(?<so>${GAP}(?:số|Số|SỐ))?(?:\s{0,4}:)?\s{0,8}$`,
  'u',
);
const LOOKBACK = 48;

export interface TypeBefore {
  /** The type name ('Chỉ thị'), or null for a word that is no type. */
  type: string | null;
  /** Where the type word starts in the text. */
  start: number;
  /** Whether 'số' stands between the type word and the number. */
  so: boolean;
}

/** The type word printed right before `at` ('Chỉ thị số ⏎'), if any. */
export function typeBefore(text: string, at: number): TypeBefore | null {
  const before = text.slice(Math.max(0, at - LOOKBACK), at);
  const t = TYPE_BEFORE.exec(before);
  if (!t) return null;
  return {
    type: canonicalDocumentType(t.groups!['type']!),
    start: at - before.length + t.index,
    so: t.groups!['so'] !== undefined,
  };
}
