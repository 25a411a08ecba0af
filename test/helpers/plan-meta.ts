import type { PlanMeta } from '../../src/schema/meta.js';

/** A plan header with nothing known but its type and year: the meta of a text snippet. */
export const snippetMeta = (year: number | null = null): PlanMeta => ({
  docType: 'Kế hoạch',
  title: null,
  number: null,
  code: null,
  issuer: null,
  place: null,
  issuedDate: null,
  year,
  signer: null,
  recipients: [],
});
