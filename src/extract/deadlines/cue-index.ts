import { memoOn } from '../memo-on.js';
import { matchAt } from './pattern-parts.js';

/**
 * Where the deadline rules' cue words stand in a text, found in one scan shared by all rules.
 *
 * Why: each rule scanning the whole text with its own case-insensitive pattern cost a try of
 * every alternative at every position, a dozen times over — slower than chrono-node. One
 * scan for all cue words ('trước', 'quý', 'định', 'thường' …), its alternatives grouped by
 * first letter so the engine dispatches on one character, and then each rule's pattern tried
 * once, sticky, where its cues stand, makes the stage several times faster than chrono.
 */

const cueWords = new Set<string>();
const letterOrDigit = /[\p{L}\p{N}]/u;
let scan: RegExp | null = null;
let scanWords = 0;
/** Kept on the extraction context, so a text is scanned once for all rules (see memoOn). */
const POSITIONS = Symbol('deadline cue positions');

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** '[tT](?:rước|rong|RƯỚC|RONG)|…': each word lower case, capitalised and upper case, grouped by first letter. */
function buildScan(): RegExp {
  const byFirst = new Map<string, string[]>();
  for (const w of cueWords) {
    const rests = byFirst.get(w[0]!) ?? [];
    rests.push(escapeRegExp(w.slice(1)), escapeRegExp(w.slice(1).toUpperCase()));
    byFirst.set(w[0]!, rests);
  }
  const alternatives = [...byFirst].map(
    ([first, rests]) => `[${first}${first.toUpperCase()}](?:${rests.join('|')})`,
  );
  return new RegExp(alternatives.join('|'), 'gu');
}

/** Positions of every cue word that starts a word, by word (lower case). */
function positionsIn(ctx: { text: string }): Map<string, number[]> {
  return memoOn(
    ctx,
    POSITIONS,
    () => scanCues(ctx.text),
    (hit) => hit.words === cueWords.size,
  ).positions;
}

function scanCues(text: string): { words: number; positions: Map<string, number[]> } {
  if (!scan || scanWords !== cueWords.size) {
    scan = buildScan();
    scanWords = cueWords.size;
  }
  const positions = new Map<string, number[]>();
  scan.lastIndex = 0;
  for (let m = scan.exec(text); m; m = scan.exec(text)) {
    if (m.index > 0 && letterOrDigit.test(text[m.index - 1]!)) continue;
    const word = m[0].toLowerCase();
    const list = positions.get(word);
    if (list) list.push(m.index);
    else positions.set(word, [m.index]);
  }
  return { words: cueWords.size, positions };
}

/**
 * A finder for one rule: its sticky `pattern` tried where one of its cue words (the first word
 * of each cue phrase) starts a word. Matches do not overlap: a cue inside the last match is skipped.
 */
export function cueScanner(
  cues: readonly string[],
  pattern: RegExp,
): (ctx: { text: string }) => Generator<RegExpExecArray> {
  const words = [...new Set(cues.map((c) => c.split(/\s+/)[0]!.toLowerCase()))];
  for (const w of words) cueWords.add(w);
  return function* find(ctx: { text: string }) {
    const { text } = ctx;
    const positions = positionsIn(ctx);
    const at = words.flatMap((w) => positions.get(w) ?? []).sort((a, b) => a - b);
    let consumed = 0;
    for (const pos of at) {
      if (pos < consumed) continue;
      const m = matchAt(pattern, text, pos);
      if (!m) continue;
      consumed = pos + m[0].length;
      yield m;
    }
  };
}
