import { firstNotBefore } from '../../first-not-before.js';
import type { LanguageModel } from '../model/language-model.js';
import { type OffsetMap, S0, S1, T1 } from '../offset-map.js';
import { Bit, type ScanState, scanRange, type WordList, type Words } from './scan-words.js';

/**
 * The words of a text made from another by a step's edits (`map`: new text → old, as
 * applyEdits records it), into `out`, from the old text's words: only the words near an edit
 * are scanned again, the others are moved. The result is what scanWords(text) gives.
 *
 * What a scan decides of word k depends only on the old text from the character before word
 * k - 1 to the character after word k — its letters and neighbours, the gap before it, and the
 * glue of word k - 1 — so a word whose stretch [start[k-1] - 1, end[k] + 1] no edit region
 * overlaps or borders is decided as before. Word count stands for whatever follows the last
 * word, where an edit may add words. The untouched runs between regions are found by binary
 * search, so the cost is in the moving, not in looking at each word.
 */
export function carryWords(
  old: Words,
  text: string,
  map: OffsetMap,
  model: LanguageModel,
  out: WordList,
): void {
  const n = old.count;
  const { start, end } = old;
  const regions = map.length / 4;
  out.count = 0;
  out.reserve(n + 64);
  const state: ScanState = { gapBreak: true, gluedBefore: false };
  let k = 0; // the first old word not yet in `out`
  let shift = 0; // new offset − old offset after the regions passed
  let r = 0;
  while (r < regions) {
    // The first word the region touches: the first whose stretch ends at or after it.
    const c = firstAtLeast(end, k, n, map[4 * r + S0]! - 1);
    out.copyFrom(old, k, c, shift);
    // Words c..d - 1 are touched by this region or the next ones, up to an untouched word d
    // (or the text end): the words whose stretch starts at or before the region's end.
    let d = c;
    for (;;) {
      d = Math.max(d, firstAtLeast(start, d, n, map[4 * r + S1]! + 2) + 1);
      shift = map[4 * r + T1]! - map[4 * r + S1]!;
      r++;
      if (d >= n || r === regions || map[4 * r + S0]! > end[d]! + 1) break;
    }
    // Scanned again from just after word c - 1 (untouched and just moved, so its glue is as
    // before) up to word d, which starts where it did, moved.
    const from = c === 0 ? 0 : out.end[out.count - 1]!;
    state.gapBreak = c === 0;
    state.gluedBefore = c > 0 && (old.bits[c - 1]! & Bit.Glued) !== 0;
    const to = d >= n ? text.length : start[d]! + shift;
    scanRange(text, from, to, state, out, model);
    k = d;
    if (d >= n) return;
  }
  out.copyFrom(old, k, n, shift);
}

/** The first index i in [from, to) with values[i] >= value, or `to`. */
const firstAtLeast = (values: Int32Array, from: number, to: number, value: number): number =>
  from + firstNotBefore(to - from, (i) => values[from + i]! < value);
