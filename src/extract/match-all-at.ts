/**
 * What `text.matchAll(pattern)` finds, for a pattern whose every match begins with one of
 * `prefixes`: the sticky twin of the pattern is tried only where they stand, in text order,
 * a match resuming the search after its end as matchAll does.
 *
 * Why: a capitalised type word ('Luật', 'Nghị quyết', 'Chương trình') opens each citation
 * pattern, and such words are rare; found by indexOf, they spare the engine a try of the
 * pattern's lookbehinds and alternatives at every position of the text, rule after rule.
 */
export function* matchAllAt(
  text: string,
  sticky: RegExp,
  prefixes: readonly string[],
): Generator<RegExpExecArray> {
  const next = prefixes.map((c) => text.indexOf(c));
  let from = 0;
  let tried = -1;
  for (;;) {
    let k = -1;
    let at = text.length;
    for (let j = 0; j < next.length; j++) {
      const p = next[j]!;
      if (p >= 0 && p < at) {
        at = p;
        k = j;
      }
    }
    if (k < 0) return;
    next[k] = text.indexOf(prefixes[k]!, at + 1);
    // 'Kế' and 'Kết' both stand where 'Kết' does: one try there.
    if (at < from || at === tried) continue;
    tried = at;
    sticky.lastIndex = at;
    const m = sticky.exec(text);
    if (!m) continue;
    from = at + Math.max(1, m[0].length);
    yield m;
  }
}

/** The distinct first words of some names, for matchAllAt ('Nghị quyết' → 'Nghị'). */
export const firstWords = (names: readonly string[]): string[] => [
  ...new Set(names.map((n) => n.split(' ')[0]!)),
];
