const isPlainRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  typeof (value as { toJSON?: unknown }).toJSON !== 'function';

/**
 * JSON.stringify(value), cut after each top-level member: the pieces joined are the same text.
 *
 * Why: V8 returns a long JSON.stringify result as a rope, and encoding it to UTF-8 first
 * flattens it into one fresh string. A Plan's JSON is ≈ 70 K UTF-16 units (two-byte, for the
 * Vietnamese), so that string is ≈ 140 KB: past V8's 128 KB limit for ordinary heap objects,
 * each plan got its own large-object page, mapped, zeroed and faulted in, then unmapped
 * (≈ 3 % of a batch's CPU). A corpus-sized Plan's members are each well under the limit, so
 * they flatten cheaply in the young generation (a plan of ≈ 60 K characters or more has a text
 * member past it, and pays for that one member).
 *
 * Only a plain object whose members have no toJSON is cut (toJSON is passed the member's key,
 * which a separate JSON.stringify would not give); anything else is stringified whole.
 */
export function jsonMembers(value: unknown): string[] {
  if (!isPlainRecord(value)) return [JSON.stringify(value)];
  const pieces: string[] = [];
  for (const key of Object.keys(value)) {
    const member = value[key];
    if (
      typeof member === 'object' &&
      member !== null &&
      typeof (member as { toJSON?: unknown }).toJSON === 'function'
    )
      return [JSON.stringify(value)];
    // undefined, functions and symbols: JSON.stringify leaves the member out.
    const json = JSON.stringify(member) as string | undefined;
    if (json !== undefined) pieces.push(`${pieces.length ? ',' : '{'}${JSON.stringify(key)}:${json}`);
  }
  if (!pieces.length) return ['{}'];
  pieces.push('}');
  return pieces;
}
