import { sectionRoleLabels } from '../lexicon/section-roles.js';
import type { Section, SectionRole } from '../schema/section.js';
import { collapseSpaces } from './collapse-spaces.js';

/**
 * Lower case, old tone style ('uỷ' → 'ủy'), spaces collapsed: how headings are compared.
 * Plain toLowerCase: Vietnamese has no locale-specific case mapping (only tr, az, lt do), and
 * the 'vi' variant costs a locale look-up per call.
 */
function key(s: string): string {
  return collapseSpaces(s.toLowerCase())
    .trim()
    .replace(NEW_TONE_PAIR, (pair) => oldTone(pair));
}

// The vowel pairs whose tone moves: a plain 'o' or 'u' and a toned 'a', 'e' or 'y' ('uỷ', 'hoà').
// A pair with a toned or marked first vowel ('òa', 'ơi') or an untoned second keeps its letters,
// and no moving pair can start on the second vowel of one that stays: only these are replaced.
const NEW_TONE_PAIR = /[ou][àáảãạèéẻẽẹỳýỷỹỵ]/gu;

// Few distinct vowel pairs exist, and 'của', 'hoạch' recur in every heading: each is placed once.
const OLD_TONE = new Map<string, string>();

// New-style 'uỷ', 'hoà', 'hoè' carry the tone on the second vowel; the old style on the first.
function oldTone(pair: string): string {
  let placed = OLD_TONE.get(pair);
  if (placed === undefined) {
    placed = placeOldTone(pair);
    OLD_TONE.set(pair, placed);
  }
  return placed;
}

function placeOldTone(pair: string): string {
  const d = pair.normalize('NFD');
  const m = /^(?<a>[ou])(?<b>[aey])(?<tone>[\u0300\u0301\u0303\u0309\u0323])$/u.exec(d);
  return m?.groups ? `${m.groups['a']}${m.groups['tone']}${m.groups['b']}`.normalize('NFC') : pair;
}

const LABELS = sectionRoleLabels.map(([label, role]) => [key(label), role] as const);
const LONGEST = Math.max(...LABELS.map(([label]) => label.length));
const PREFIX = 2 * (LONGEST + 5);
const FIRST_LETTERS = new Set<string>(
  LABELS.flatMap(([label]) => [label.charAt(0), label.normalize('NFD').charAt(0)]),
);

/**
 * The key of a heading's start. roleOf compares a label and the two characters after it, and
 * keying is local (each character, whitespace run or vowel pair on its own), so the key of a
 * prefix matches the whole key but for its last character: a heading that runs on for a
 * paragraph is keyed by its first words only.
 */
function headKey(heading: string): string {
  if (heading.length <= PREFIX) return key(heading);
  const k = key(heading.slice(0, PREFIX));
  return k.length >= LONGEST + 5 ? k : key(heading);
}

const STARTS_WITH_LETTER = /^\p{L}/u;
const LOWER_CASE = /\p{Ll}/u;

/** The role a heading's own words give: loose for a top-level heading, a whole label for a child. */
function roleOf(heading: string, loose: boolean): SectionRole | null {
  // Keying changes a first letter only by moving a tone onto it ('uỷ' → 'ủy'): a heading whose
  // first letter, toneless, starts no label is passed over unkeyed.
  if (!FIRST_LETTERS.has(heading.trimStart().charAt(0).toLowerCase())) return null;
  const h = headKey(heading);
  for (const [label, role] of LABELS) {
    if (!h.startsWith(label)) continue;
    const after = h.slice(label.length);
    if (loose ? !STARTS_WITH_LETTER.test(after) : /^\s*(?:[:.]|$)/u.test(after)) return role;
  }
  return null;
}

/**
 * Section roles (SPEC §2.2): a section whose parent has a role inherits it unless its own
 * heading is a role label; a top-level section (or one under a role-less part, or an
 * all-caps part title) takes the role its heading starts with, else its parent's.
 */
export function assignRoles(sections: readonly Section[], parentRole: SectionRole = 'other'): void {
  for (const s of sections) {
    // An all-caps heading is a part title ('B. NHIỆM VỤ, GIẢI PHÁP'): it reads like a top-level one.
    const loose = parentRole === 'other' || !LOWER_CASE.test(s.heading);
    s.role = roleOf(s.heading, loose) ?? parentRole;
    assignRoles(s.children, s.role);
  }
}
