import { isTrimmed } from '../normalize/layout/layout-lines.js';

/**
 * White space as `\s` reads it (the same set String#trim removes), tested one UTF-16 code unit
 * at a time: a regex call per character ('/\s/u.test(text[i])') cost several times the loop.
 */
export const isSpaceCode = isTrimmed;

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
