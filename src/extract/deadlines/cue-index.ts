import { grown } from '../../grown.js';
import { memoOn } from '../memo-on.js';
import { textTokens } from '../units/tokens.js';
import type { CueHit, WordFacts } from '../units/word-table.js';
import { matchAt } from './pattern-parts.js';

/**
 * Where the deadline rules' cue words stand in a text, found once for all rules.
 *
 * Why: each rule scanning the whole text with its own case-insensitive pattern cost a try of
 * every alternative at every position, a dozen times over — slower than chrono-node. All cue
 * words ('trước', 'quý', 'định', 'thường' …) are looked for once, and then each rule's pattern
 * is tried once, sticky, where its cues stand. The look-up goes through the text's tokens
 * (shared with the unit rules): a word is searched for cues the first time it is seen, and
 * its other occurrences read the answer kept on the word (a plan has some 600 distinct words
 * in 3 000 tokens), where one pattern tried at every position of the text cost more.
 */

/** Every rule's cue words (lower case), numbered in the order the rules register them. */
const cueWords = new Map<string, number>();
// A cue counts where it starts a word: not after a letter or digit (one UTF-16 unit tested).
const letterOrDigit = /[\p{L}\p{N}]/u;
let scan: RegExp | null = null;
let scanWords = 0;
/** Kept on the extraction context, so a text is scanned once for all rules (see memoOn). */
const POSITIONS = Symbol('deadline cue positions');
const NO_HITS: readonly CueHit[] = [];

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * '[tT](?:rước|rong|RƯỚC|RONG)|…', sticky: each word lower case, capitalised and upper case,
 * grouped by first letter.
 */
function buildScan(): RegExp {
  const byFirst = new Map<string, string[]>();
  for (const w of cueWords.keys()) {
    const rests = byFirst.get(w[0]!) ?? [];
    rests.push(escapeRegExp(w.slice(1)), escapeRegExp(w.slice(1).toUpperCase()));
    byFirst.set(w[0]!, rests);
  }
  const alternatives = [...byFirst].map(
    ([first, rests]) => `[${first}${first.toUpperCase()}](?:${rests.join('|')})`,
  );
  return new RegExp(alternatives.join('|'), 'uy');
}

/** Where cue words start words, in text order: `cue[k]` (a cue word's number) stands at `at[k]`. */
interface CuePositions {
  /** How many cue words were known when the text was scanned. */
  words: number;
  length: number;
  at: Int32Array;
  cue: Int32Array;
}

/** Positions of every cue word that starts a word. */
function positionsIn(ctx: { text: string; seg?: object }): CuePositions {
  return memoOn(
    ctx,
    POSITIONS,
    () => scanCues(ctx),
    (hit) => hit.words === cueWords.size,
  );
}

function scanCues(ctx: { text: string; seg?: object }): CuePositions {
  if (!scan || scanWords !== cueWords.size) {
    scan = buildScan();
    scanWords = cueWords.size;
  }
  // Typed columns grown by doubling, not arrays pushed to: a long text has hundreds of
  // thousands of cues, and arrays of that size were copied and marked by the collector.
  let at: Int32Array = new Int32Array(64);
  let cue: Int32Array = new Int32Array(64);
  let n = 0;
  const tokens = textTokens(ctx);
  // Indexed loops: an iterator per token was most of what this scan allocated.
  for (let i = 0; i < tokens.length; i++) {
    const hits = cuesIn(tokens.facts(i)!, scan);
    for (let h = 0; h < hits.length; h++) {
      if (n === at.length) {
        at = doubled(at);
        cue = doubled(cue);
      }
      at[n] = tokens.start(i) + hits[h]!.offset;
      cue[n++] = hits[h]!.cue;
    }
  }
  return { words: cueWords.size, length: n, at, cue };
}

const doubled = (column: Int32Array): Int32Array => grown(column, 2 * column.length);

/**
 * The cues that start a word inside a token's word: at its start, or after a mark or a half
 * of a surrogate pair within it ('x\u0301trong'). A cue is letters only, so it never runs
 * past the token, and a match is the one a scan of the whole text finds there.
 */
function cuesIn(facts: WordFacts, sticky: RegExp): readonly CueHit[] {
  if (facts.cueWords === cueWords.size) return facts.cueHits;
  const word = facts.text;
  let hits = NO_HITS;
  for (let k = 0; k < word.length; k++) {
    if (k > 0 && letterOrDigit.test(word[k - 1]!)) continue;
    sticky.lastIndex = k;
    const m = sticky.exec(word);
    if (m) hits = [...hits, { offset: k, cue: cueWords.get(m[0].toLowerCase()) ?? -1 }];
  }
  facts.cueHits = hits;
  facts.cueWords = cueWords.size;
  return hits;
}

/**
 * A finder for one rule: its sticky `pattern` tried where one of its cue words (the first word
 * of each cue phrase) starts a word. Matches do not overlap: a cue inside the last match is skipped.
 */
export function cueScanner(
  cues: readonly string[],
  pattern: RegExp,
): (ctx: { text: string; seg?: object }) => Generator<RegExpExecArray> {
  // mine[n]: whether cue word number n is one of this rule's.
  const mine: boolean[] = [];
  for (const c of cues) {
    const w = c.split(/\s+/)[0]!.toLowerCase();
    if (!cueWords.has(w)) cueWords.set(w, cueWords.size);
    mine[cueWords.get(w)!] = true;
  }
  return function* find(ctx: { text: string; seg?: object }) {
    const { text } = ctx;
    // All rules' cues in text order, this rule's picked out: no list of its own to sort.
    const { length, at, cue } = positionsIn(ctx);
    let consumed = 0;
    for (let k = 0; k < length; k++) {
      const pos = at[k]!;
      if (mine[cue[k]!] !== true || pos < consumed) continue;
      const m = matchAt(pattern, text, pos);
      if (!m) continue;
      consumed = pos + m[0].length;
      yield m;
    }
  };
}
