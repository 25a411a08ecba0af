import { canonicalUnitName } from '../../lexicon/canonical-unit-name.js';
import { capitalised } from '../../lexicon/capitalised.js';
import { issuerCasing, issuerLevelWords } from '../../lexicon/issuers.js';
import { collapseSpaces } from '../../segment/collapse-spaces.js';
import { wordsPattern } from './token-patterns.js';

// 'Ban bí thư' → 'Ban Bí thư': each official name matched ignoring case, written back as listed.
const CASING = issuerCasing.map((name) => ({
  name,
  re: new RegExp(`(?<![\\p{L}])${wordsPattern(name)}(?![\\p{L}])`, 'giu'),
}));

// 'Ủy ban nhân dân Tỉnh' → '… tỉnh': a level word after the body's name is not a proper name
// ('Ban Thường vụ Tỉnh ủy' keeps its capital: there the word is part of the body's name).
const LEVEL = new RegExp(
  `(?<=\\p{L}\\s)(?<level>${issuerLevelWords.map(wordsPattern).join('|')})(?![\\p{L}])(?!\\s+(?:ủy|uỷ))`,
  'giu',
);

/**
 * The issuer as SPEC §2.3 reports it: abbreviations expanded (canonicalUnitName), official
 * casing of named bodies, level words in lower case, whitespace collapsed.
 * 'UBND Tỉnh' → 'Ủy ban nhân dân tỉnh'; 'ủy ban Thường vụ Quốc hội' → 'Ủy ban Thường vụ Quốc hội'.
 */
export function canonicalIssuer(raw: string): string {
  const key = collapseSpaces(raw);
  let name = CACHE.get(key);
  if (name === undefined) {
    name = spell(key);
    if (CACHE.size < CACHE_LIMIT) CACHE.set(key, name);
  }
  return name;
}

// A plan cites the same few bodies again and again; spelling one out is the costly part.
const CACHE = new Map<string, string>();
const CACHE_LIMIT = 4096;

function spell(raw: string): string {
  let name = canonicalUnitName(raw);
  for (const { name: official, re } of CASING) name = name.replace(re, official);
  name = name.replace(LEVEL, (m) => m.toLowerCase());
  return capitalised(name);
}
