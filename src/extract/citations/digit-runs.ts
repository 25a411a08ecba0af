import { memoOn } from '../memo-on.js';

/** The runs of ASCII digits ('2021', '33') of a text, in order: run k is [starts[k], ends[k]). */
export interface DigitRuns {
  starts: number[];
  ends: number[];
}

const RUNS = Symbol('digit runs');

/**
 * Every citation number, short form and 'số 01' starts in a run of digits, and a plan has a
 * few hundred of them in tens of thousands of characters. Found once per text by one loop
 * over its characters, they are where the citation rules try their patterns: each of those
 * patterns, run over the whole text, was tried at every position. Kept on the segmented text
 * (see memoOn).
 */
export const digitRuns = (ctx: { text: string; seg?: object }): DigitRuns =>
  memoOn(ctx.seg ?? ctx, RUNS, () => findDigitRuns(ctx.text));

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

function findDigitRuns(text: string): DigitRuns {
  const starts: number[] = [];
  const ends: number[] = [];
  const n = text.length;
  for (let i = 0; i < n; i++) {
    if (!isDigit(text.charCodeAt(i))) continue;
    starts.push(i);
    while (i + 1 < n && isDigit(text.charCodeAt(i + 1))) i++;
    ends.push(i + 1);
  }
  return { starts, ends };
}
