/**
 * A text's UTF-16 code units as a typed array, for the loops that read every character of a
 * text: an array element is read faster than String#charCodeAt (no check at each read of how
 * the string is stored), and the copy is one memory copy (lone surrogates stay as they are).
 * The units go into one array kept for the next call, so the result is valid until then.
 */
let units = new Uint16Array(0);
let bytes = Buffer.alloc(0);
/** Arrays up to this many code units are kept for the next call; a longer stretch gets its own. */
const KEPT_UNITS = 1 << 20;

/**
 * Stretches up to this long are copied by hand: a copy by Buffer#write needs the stretch as a
 * string of its own (a slice), and carryWords asks for hundreds of stretches a few words long.
 */
const SHORT = 32;

/** The code units of text[from, to) (all of it by default). */
export function codeUnits(text: string, from = 0, to = text.length): Uint16Array {
  const length = to - from;
  let target = units;
  let view = bytes;
  if (length > target.length) {
    target = new Uint16Array(Math.max(length, 2 * target.length));
    view = Buffer.from(target.buffer, target.byteOffset, target.byteLength);
    if (target.length <= KEPT_UNITS) {
      units = target;
      bytes = view;
    }
  }
  if (length <= SHORT) {
    for (let i = 0; i < length; i++) target[i] = text.charCodeAt(from + i);
  } else view.write(from === 0 && to === text.length ? text : text.slice(from, to), 0, 'utf16le');
  return target.subarray(0, length);
}
