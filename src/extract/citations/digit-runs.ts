import { memoOn } from '../memo-on.js';

/** The runs of ASCII digits ('2021', '33') of a text, in order: run k is [starts[k], ends[k]). */
export interface DigitRuns {
  starts: number[];
  ends: number[];
}

const RUNS = Symbol('digit runs');

/**
 * Every citation number, short form and 'số 01' starts in a run of digits, and a plan has a
 * few hundred of them in tens of thousands of characters. Found once per text by one scan,
 * they are where the citation rules try their patterns: each of those
 * patterns, run over the whole text, was tried at every position. Kept on the segmented text
 * (see memoOn).
 */
export const digitRuns = (ctx: { text: string; seg?: object }): DigitRuns =>
  memoOn(ctx.seg ?? ctx, RUNS, () => findDigitRuns(ctx.text));

// A run of ASCII digits. The regex engine scans for it about three times faster than a loop
// over charCodeAt does.
const DIGITS = /\d+/g;

function findDigitRuns(text: string): DigitRuns {
  const starts: number[] = [];
  const ends: number[] = [];
  DIGITS.lastIndex = 0;
  for (let m = DIGITS.exec(text); m; m = DIGITS.exec(text)) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
  }
  return { starts, ends };
}
