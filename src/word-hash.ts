// One hash for the word tables of normalize and of extraction, fed a UTF-16 code unit at a time
// by the scanning loops themselves, so a word is hashed as it is found, with no string made.

/** The hash of no characters, to start `hashStep` from. */
export const HASH_START = 0x811c9dc5 | 0;

/** FNV-1a over UTF-16 code units. */
export const hashStep = (hash: number, code: number): number => Math.imul(hash ^ code, 0x01000193);
