const SPACES = /\s+/gu;

/** Whether a UTF-16 code unit is white space as `\s` reads it. */
export function isSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** White space other than a space, or a space with more white space after it: a run the replace would change. */
function changes(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x20) {
      if (i + 1 < s.length && isSpaceCode(s.charCodeAt(i + 1))) return true;
    } else if (isSpaceCode(c)) return true;
  }
  return false;
}

/**
 * `s.replace(/\s+/gu, ' ')`: each run of white space as one space. Most headings, titles and
 * subjects have nothing to change but their single spaces, which the replace rewrites all the
 * same into a new string; a test finds out first, and then the string itself is returned. The
 * test is a loop over the characters: the pattern `[^\S ]| \s` it replaces was tried with both
 * alternatives at every position, several times slower.
 */
export function collapseSpaces(s: string): string {
  return changes(s) ? s.replace(SPACES, ' ') : s;
}
