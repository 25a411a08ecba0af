import { issuerCodes, partyIssuerCodes } from '../../lexicon/document-codes.js';
import { documentTypes } from '../../lexicon/document-types.js';

const PARTY = new Set<string>(partyIssuerCodes);
const BY_ISSUER = [...issuerCodes].sort((a, b) => b[0].length - a[0].length);

/**
 * The id of a number printed without its code, built from the type's code and the issuer's
 * ('Kết luận số 01 của Bộ Chính trị' → '01-KL/TW'); null when either is unknown.
 */
export function inferredId(num: string, type: string, issuer: string | null): string | null {
  if (!issuer) return null;
  const typeCode = documentTypes.find((t) => t.name === type)?.codes[0];
  const body = BY_ISSUER.find(([name]) => issuer === name || issuer.startsWith(`${name} `))?.[1];
  if (!typeCode || !body) return null;
  return PARTY.has(body) ? `${num}-${typeCode}/${body}` : `${num}/${typeCode}-${body}`;
}
