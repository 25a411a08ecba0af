/**
 * Character classes by UTF-16 code unit, for the scanning loops that must run at tens of MB/s:
 * a table lookup instead of a Unicode regex per character. Consumers copy the tables into
 * module-level constants and test `TABLE[c] === 1` inline: a call into another module per
 * character costs more than the test (transpilers turn ESM exports into getters).
 */
const LIMIT = 0x10000;

function table(test: (ch: string) => boolean): Uint8Array {
  const out = new Uint8Array(LIMIT);
  for (let c = 0; c < LIMIT; c++) if (test(String.fromCharCode(c))) out[c] = 1;
  return out;
}

const letterRe = /[\p{L}\p{M}]/u;
const upperRe = /\p{Lu}/u;
const lowerRe = /\p{Ll}/u;

export const CHAR = {
  /** Letters and combining marks; surrogate halves too, so letters beyond the BMP stay in words. */
  letter: table((ch) => letterRe.test(ch) || (ch >= '\ud800' && ch <= '\udfff')),
  upper: table((ch) => upperRe.test(ch)),
  lower: table((ch) => lowerRe.test(ch)),
  /** ASCII digits. */
  digit: table((ch) => ch >= '0' && ch <= '9'),
} as const;
