import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { firstLineStartMatch, lineStartMatches } from '../src/extract/line-start-matches.js';

// A sticky pattern stands for `^pattern` with the `m` flag: the same matches, at the same places,
// whatever the line ends ('\n' as the normalizer leaves them, or '\r', '\u2028' left in).
const STICKY = /[ \t-]*Sản phẩm:[ \t]*(?<output>[^\n\r\u2028]{1,40})/iuy;
const MULTILINE = /^[ \t-]*Sản phẩm:[ \t]*(?<output>[^\n\r\u2028]{1,40})/gimu;

const lines = fc.array(
  fc.constantFrom('Sản phẩm: báo cáo', ' - sản phẩm: kế hoạch', 'Nội dung', 'x Sản phẩm: y', ''),
  {
    maxLength: 8,
  },
);
const text = fc.tuple(lines, fc.constantFrom('\n', '\r\n', '\r', '\u2028')).map(([ls, end]) => ls.join(end));
const found = (ms: Iterable<RegExpExecArray>) => [...ms].map((m) => [m.index, m[0]]);

describe('line-start matches', () => {
  test('all of them: what matchAll of the ^ pattern finds', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(found(lineStartMatches(t, STICKY))).toEqual(found(t.matchAll(MULTILINE)));
      }),
    );
  });

  test('the first: what exec of the ^ pattern finds', () => {
    fc.assert(
      fc.property(text, (t) => {
        const first = t.matchAll(MULTILINE).next().value;
        expect(found([firstLineStartMatch(t, STICKY)].filter((m) => m !== null))).toEqual(
          found(first ? [first] : []),
        );
      }),
    );
  });

  test('the first of the lines that start at or after an offset', () => {
    fc.assert(
      fc.property(text, fc.nat(), (t, n) => {
        const from = n % (t.length + 1);
        const first = [...t.matchAll(MULTILINE)].find((m) => m.index >= from);
        expect(found([firstLineStartMatch(t, STICKY, from)].filter((m) => m !== null))).toEqual(
          found(first ? [first] : []),
        );
      }),
    );
  });
});
