/**
 * White space as `\s` reads it, tested one UTF-16 code unit at a time. The loops that step
 * over a few spaces or punctuation marks at the end of a span test each character: a regex
 * call for each ('/\s/u.test(text[i])', which also makes a string of the character) cost
 * several times the loop around it.
 */
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

/** Whether text[i] is white space or one of `marks` ('.,;:'). */
const isSpaceOr = (text: string, i: number, marks: string): boolean =>
  isSpaceCode(text.charCodeAt(i)) || marks.includes(text.charAt(i));

/** `end` moved back over white space and `marks`, not below `floor`. */
export function backOver(text: string, end: number, floor = 0, marks = ''): number {
  let e = end;
  while (e > floor && isSpaceOr(text, e - 1, marks)) e--;
  return e;
}

/** `start` moved forward over white space, not past `limit`. */
export function forwardOverSpace(text: string, start: number, limit: number): number {
  let s = start;
  while (s < limit && isSpaceCode(text.charCodeAt(s))) s++;
  return s;
}
