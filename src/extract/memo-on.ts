/**
 * A value worked out once per text and shared by the rules that read it (the tokens, the task
 * tables, the deadline cues), kept on the object it belongs to — the segmented text or the
 * extraction context — under a symbol of its own, so it lives and dies with that object.
 *
 * Why not a WeakMap keyed by the object: V8 keeps a WeakMap's values alive through minor
 * collections (they are ephemerons), so every plan's tokens were copied and promoted by each
 * scavenge that ran while later plans were read — it cost as much as tokenizing. A frozen
 * owner cannot hold the memo: the value is then worked out on each call. `fresh` tells a
 * value kept from before that no longer holds (the deadline cues grow as rules register).
 */
export function memoOn<T>(owner: object, key: symbol, compute: () => T, fresh = (_: T) => true): T {
  const slots = owner as Record<symbol, T | undefined>;
  const hit = slots[key];
  if (hit !== undefined && fresh(hit)) return hit;
  const value = compute();
  // Not enumerable: a copy of the owner ({ ...seg, text }) must not carry the memo along.
  if (Object.isExtensible(owner))
    Object.defineProperty(owner, key, { value, writable: true, configurable: true });
  return value;
}
