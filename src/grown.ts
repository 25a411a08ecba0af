type Column = Int32Array | Uint16Array | Uint8Array;

/**
 * A longer typed array of the same kind holding `array`'s first `keep` elements (all of them by
 * default). The columns, tables and buffers that stages keep between calls and grow as texts
 * need all grow through it; growth is rare, so one shared function for every kind costs nothing.
 */
export function grown<T extends Column>(array: T, length: number, keep: number = array.length): T {
  const out = new (array.constructor as new (n: number) => T)(length);
  out.set(keep === array.length ? array : array.subarray(0, keep));
  return out;
}
