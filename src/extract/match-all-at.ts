import { memoOn } from './memo-on.js';

const POSITIONS = Symbol('word positions');

/**
 * Where `word` stands in the text, in order, found once per text with indexOf and shared by
 * the rules that look for it ('Nghị' opens three party patterns and a type name; 'Pháp', 'Quy',
 * 'Chương', 'Đề' open patterns of two rules each). Kept on the segmented text (see memoOn).
 */
function positionsOf(ctx: { text: string; seg?: object }, word: string): number[] {
  const byWord = memoOn(ctx.seg ?? ctx, POSITIONS, () => new Map<string, number[]>());
  let found = byWord.get(word);
  if (found === undefined) {
    found = [];
    for (let at = ctx.text.indexOf(word); at >= 0; at = ctx.text.indexOf(word, at + 1)) found.push(at);
    byWord.set(word, found);
  }
  return found;
}

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
  ctx: { text: string; seg?: object },
  sticky: RegExp,
  prefixes: readonly string[],
): Generator<RegExpExecArray> {
  const { text } = ctx;
  const lists = prefixes.map((p) => positionsOf(ctx, p));
  // next[j]: the index in lists[j] of the first position not yet tried.
  const next = prefixes.map(() => 0);
  let from = 0;
  let tried = -1;
  for (;;) {
    let k = -1;
    let at = text.length;
    for (let j = 0; j < lists.length; j++) {
      const p = lists[j]![next[j]!];
      if (p !== undefined && p < at) {
        at = p;
        k = j;
      }
    }
    if (k < 0) return;
    next[k]!++;
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
