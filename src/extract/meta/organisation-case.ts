import { capitalised } from '../../lexicon/capitalised.js';
import {
  keptAbbreviations,
  levelCommittees,
  levelWords,
  organisationPhrases,
  unitHeads,
} from '../../lexicon/organisation-casing.js';

// The 'vi' locale has no case mapping of its own: plain toLowerCase gives the same string
// without a locale look-up per call.
const lower = (s: string): string => s.toLowerCase();
// New-style 'uỷ' and old-style 'ủy' compare equal.
const fold = (s: string): string =>
  lower(s).replace(/uỷ/gu, 'ủy').replace(/oà/gu, 'òa').replace(/oá/gu, 'óa');

type Vocabulary = ReadonlyArray<{
  words: string[];
  written: string[];
  kind: 'phrase' | 'committee' | 'level' | 'head';
}>;

const VOCABULARY: Vocabulary = [
  ...organisationPhrases.map((p) => ({ written: p.split(' '), kind: 'phrase' as const })),
  ...levelCommittees.map((p) => ({ written: p.split(' '), kind: 'committee' as const })),
  ...levelWords.map((p) => ({ written: p.split(' '), kind: 'level' as const })),
  ...unitHeads.map((p) => ({ written: p.split(' '), kind: 'head' as const })),
]
  .map((v) => ({ ...v, words: v.written.map(fold) }))
  .sort((a, b) => b.words.length - a.words.length);

// The entries by first word, each list in VOCABULARY's order (longest first): a word that
// opens none costs one look-up, not a try of every entry.
const BY_FIRST = new Map<string, Vocabulary[number][]>();
for (const v of VOCABULARY) {
  const list = BY_FIRST.get(v.words[0]!) ?? [];
  list.push(v);
  BY_FIRST.set(v.words[0]!, list);
}

const KEPT = new Set<string>(keptAbbreviations);

/**
 * Writes an all-caps organisation or position line the way a sentence writes it:
 * 'ỦY BAN NHÂN DÂN XÃ NAM CHÍNH' → 'Ủy ban nhân dân xã Nam Chính', 'PHÒNG VĂN HÓA VÀ THÔNG
 * TIN' → 'Phòng Văn hóa và Thông tin', 'QUYỀN CHỦ TỊCH' → 'Quyền Chủ tịch'. Text that is
 * not all caps is returned as it is.
 */
export function organisationCase(text: string): string {
  const trimmed = text.replace(/\s+/gu, ' ').trim();
  if (/\p{Ll}/u.test(trimmed)) return trimmed;
  const tokens = trimmed.split(' ');
  // Each word folded once, not once per vocabulary entry tried at it.
  const folded = tokens.map(fold);
  const out: string[] = [];
  let mode: 'place' | 'name' | 'plain' = 'plain';
  let nameStart = false;
  for (let i = 0; i < tokens.length; ) {
    const hit = BY_FIRST.get(folded[i]!)?.find((v) => v.words.every((w, k) => (folded[i + k] ?? '') === w));
    if (hit) {
      out.push(...(hit.kind === 'level' ? hit.written.map(lower) : hit.written));
      mode =
        hit.kind === 'level' || hit.kind === 'committee' ? 'place' : hit.kind === 'head' ? 'name' : 'plain';
      nameStart = true;
      i += hit.words.length;
      continue;
    }
    const token = tokens[i]!;
    if (KEPT.has(token) || /\d/u.test(token)) out.push(token);
    else if (mode === 'place') out.push(capitalised(lower(token)));
    else if (mode === 'name')
      out.push(
        nameStart || /^[-–]$|^và$/iu.test(tokens[i - 1] ?? '') ? capitalised(lower(token)) : lower(token),
      );
    else out.push(out.length === 0 ? capitalised(lower(token)) : lower(token));
    nameStart = false;
    i++;
  }
  return out.join(' ');
}
