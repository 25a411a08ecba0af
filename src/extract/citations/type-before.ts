import { canonicalDocumentType, documentTypes } from '../../lexicon/document-types.js';
import { isSpaceCode } from '../../segment/white-space.js';
import { GAP, TYPE_WORDS } from './token-patterns.js';

// 'Chỉ thị số ', 'Quyết định ', 'các Quyết định số: ', 'CHỈ THỊ SỐ ' right before a number.
const TYPE_BEFORE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?<type>${TYPE_WORDS})(?<so>${GAP}(?:số|Số|SỐ))?(?:\s{0,4}:)?\s{0,8}$`,
  'uy',
);
const LOOKBACK = 48;
// The letters a type word can start with, in the cases TYPE_WORDS spells ('c', 'C' of 'chỉ thị'),
// by UTF-16 code: a look-up of a character string would make one for each letter read.
const FIRST_LETTERS = new Set<number>(
  documentTypes
    .flatMap((t) => [t.name, ...(t.variants ?? [])])
    .flatMap((name) => {
      const lower = name.toLowerCase();
      return [lower.charAt(0), lower.charAt(0).toUpperCase(), name.toUpperCase().charAt(0)];
    })
    .map((c) => c.charCodeAt(0)),
);

// `\s` one code unit at a time, without a regex call for each (see isSpaceCode).
const isSpace = (s: string, i: number): boolean => isSpaceCode(s.charCodeAt(i));
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
// A type name has at most four words, and 'số' may follow it: five words.
const MAX_WORDS = 5;

/**
 * No match starts before this: a match is a type name, maybe 'số', then only white space and a
 * ':' — so it lies within the last five white-space separated words left when those are dropped.
 */
function earliestStart(before: string): number {
  let i = before.length;
  while (i > 0 && (before[i - 1] === ':' || isSpace(before, i - 1))) i--;
  for (let words = 0; i > 0; ) {
    while (i > 0 && !isSpace(before, i - 1)) i--;
    if (++words === MAX_WORDS) break;
    while (i > 0 && isSpace(before, i - 1)) i--;
  }
  return i;
}

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
  // The match an unanchored search finds (the leftmost), tried only where it can start: a big
  // alternation tried at each of the 48 positions cost more than the rest of citation reading.
  let t: RegExpExecArray | null = null;
  for (let p = earliestStart(before); p < before.length && !t; p++) {
    if (!FIRST_LETTERS.has(before.charCodeAt(p)) || (p > 0 && LETTER_OR_DIGIT.test(before[p - 1]!))) continue;
    TYPE_BEFORE.lastIndex = p;
    t = TYPE_BEFORE.exec(before);
  }
  if (!t) return null;
  return {
    type: canonicalDocumentType(t.groups!['type']!),
    start: at - before.length + t.index,
    so: t.groups!['so'] !== undefined,
  };
}
