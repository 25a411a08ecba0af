const SPACES = /\s+/gu;

/** Whether a UTF-16 code is white space as `\s` reads it. */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
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

/**
 * `s.replace(/\s+/gu, ' ')`: each run of white space as one space. Most headings, titles and
 * subjects have nothing to change but their single spaces, which the replace rewrites all the
 * same into a new string; one scan finds out, and then the string itself is returned.
 */
export function collapseSpaces(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!isSpace(c)) continue;
    if (c !== 32 || (i + 1 < s.length && isSpace(s.charCodeAt(i + 1)))) return s.replace(SPACES, ' ');
  }
  return s;
}
