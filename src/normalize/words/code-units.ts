/**
 * A text's UTF-16 code units as a typed array, for the loops that read every character of a
 * text: an array element is read faster than String#charCodeAt (no check at each read of how
 * the string is stored), and the copy is one memory copy (lone surrogates stay as they are).
 * The units go into one array kept for the next call, so the result is valid until then.
 */
let units = new Uint16Array(0);
let bytes = Buffer.alloc(0);
/** Arrays up to this many code units are kept for the next text; a longer text gets its own. */
const KEPT_UNITS = 1 << 21;

export function codeUnits(text: string): Uint16Array {
  let target = units;
  let view = bytes;
  if (text.length > target.length) {
    target = new Uint16Array(Math.max(text.length, 2 * target.length));
    view = Buffer.from(target.buffer, target.byteOffset, target.byteLength);
    if (target.length <= KEPT_UNITS) {
      units = target;
      bytes = view;
    }
  }
  view.write(text, 0, 'utf16le');
  return target.subarray(0, text.length);
}
