import { officialCodeCase, partyIssuerCodes, stateIssuerCodes } from '../../lexicon/document-codes.js';
import { typeOfCode } from '../../lexicon/document-types.js';

const OFFICIAL = new Map<string, string>(officialCodeCase.map((c) => [c.toUpperCase(), c]));
const STATE = new Set<string>(stateIssuerCodes.map((c) => c.toUpperCase()));
const PARTY = new Set<string>(partyIssuerCodes.map((c) => c.toUpperCase()));

export interface CanonicalNumber {
  id: string;
  number: string;
  year: number | null;
  /** The type the code names ('CT' → 'Chỉ thị'), for numbers printed without a type word. */
  codeType: string | null;
}

/** A part in its official case: 'TTG' → 'TTg'; an unknown part stays as printed. */
function officialCase(part: string): string {
  return OFFICIAL.get(part.toUpperCase()) ?? part;
}

/** 'UBND-HC' → 'UBND' with the state suffixes: the body is the first part that names one. */
function isState(part: string): boolean {
  const p = part.toUpperCase();
  return STATE.has(p) || /^(?:UBTVQH|QH)\d{0,2}$/u.test(p);
}

// The few code parts a plan prints ('QĐ', 'UBND', 'TW') recur: each is read once.
const CODE_TYPES = new Map<string, string | null>();
const CODE_TYPE_CACHE_LIMIT = 4096;

/** The type a number's first code part names ('CT' → 'Chỉ thị', a state body → 'Công văn'). */
function codeTypeOf(part: string): string | null {
  let type = CODE_TYPES.get(part);
  if (type === undefined) {
    type = typeOfCode(part) ?? (isState(part) ? 'Công văn' : null);
    if (CODE_TYPES.size >= CODE_TYPE_CACHE_LIMIT) CODE_TYPES.clear();
    CODE_TYPES.set(part, type);
  }
  return type;
}

/**
 * The canonical id of a printed number (SPEC §2.3): spaces and line breaks dropped, a lost
 * hyphen restored ('11QĐ/TW' → '11-QĐ/TW'), code letters in official case, and the form the
 * issuer calls for: party 'N-XX/YY', state 'N/XX-YY' ('18-CT/TTg' → '18/CT-TTg'), normative
 * 'N/YYYY/XX-YY'.
 */
export function canonicalId(
  num: string,
  year: string | undefined,
  sep: string,
  code: string,
): CanonicalNumber {
  const parts = code.split(/\s*[-/–]\s*/u).map((p) => officialCase(p.trim()));
  const first = sep.includes('/') ? '/' : '-';
  const codeType = codeTypeOf(parts[0]!);
  if (year) return { id: `${num}/${year}/${parts.join('-')}`, number: num, year: Number(year), codeType };
  const last = parts[parts.length - 1]!;
  const anyState = parts.slice(1).some(isState);
  // The issuer decides the form; a number whose issuer is unknown keeps the form it was printed in.
  const printedParty = first === '-' && code.includes('/');
  const party = anyState ? false : PARTY.has(last.toUpperCase()) || printedParty;
  if (party && printedParty) {
    // Printed in the party's form: the issuer is what follows '/', a department of it included
    // ('512-KH/TWĐTN-BTG', '77-CV/HU-BTG').
    const slash = code.indexOf('/');
    const side = (s: string) =>
      s
        .split(/\s*[-–]\s*/u)
        .map((p) => officialCase(p.trim()))
        .join('-');
    return {
      id: `${num}-${side(code.slice(0, slash))}/${side(code.slice(slash + 1))}`,
      number: num,
      year: null,
      codeType,
    };
  }
  const id = party ? `${num}-${parts.slice(0, -1).join('-')}/${last}` : `${num}/${parts.join('-')}`;
  return { id, number: num, year: null, codeType };
}
