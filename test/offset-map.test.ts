import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { applyEdits } from '../src/normalize/apply-edits.js';
import type { Edit } from '../src/normalize/edit.js';
import { composeMaps, toSource, toTarget } from '../src/normalize/offset-map.js';

const edit = (start: number, end: number, to: string): Edit => ({ start, end, to, kind: 'layout' });

describe('applyEdits', () => {
  test.each([
    ['Chủ trƣơng', [edit(6, 7, 'ư')], 'Chủ trương'],
    ['a\r\nb', [edit(1, 3, '\n')], 'a\nb'],
    ['23- \nQĐ/TW', [edit(3, 5, '')], '23-QĐ/TW'],
    ['ab', [edit(1, 1, 'x')], 'axb'],
  ])('%j', (input, edits, expected) => {
    expect(applyEdits(input, edits).text).toBe(expected);
  });

  test('overlapping edits: the first wins, the map stays valid', () => {
    const r = applyEdits('abcdef', [edit(1, 4, 'X'), edit(2, 3, 'Y')]);
    expect(r.text).toBe('aXef');
    expect(r.applied).toHaveLength(1);
  });
});

describe('offset maps', () => {
  test('unchanged text maps to itself', () => {
    const { map } = applyEdits('Ủy ban', [edit(0, 2, 'Ủy')]);
    expect(map).toEqual([]);
  });

  test('a deletion: offsets after it shift back, spans around it widen', () => {
    const { text, map } = applyEdits('đơn 4 thư', [edit(3, 5, '')]);
    expect(text).toBe('đơn thư');
    expect(toSource(map, 4)).toBe(6); // 't' of 'thư'
    expect(toSource(map, 3, 'end')).toBe(3);
    expect(toTarget(map, 6)).toBe(4);
  });

  // Random texts and random edit rounds: the composed map must agree with mapping round by round.
  const round = (len: number) =>
    fc.array(fc.record({ at: fc.nat(len), del: fc.nat(3), ins: fc.string({ maxLength: 3 }) }), {
      maxLength: 6,
    });
  test('composition agrees with step-by-step mapping at every unchanged character', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 0, maxLength: 30 }),
        fc.array(round(30), { maxLength: 4 }),
        (text, rounds) => {
          let current = text;
          let map: number[] = [];
          const steps: number[][] = [];
          for (const r of rounds) {
            const edits = r.map((e) =>
              edit(Math.min(e.at, current.length), Math.min(e.at + e.del, current.length), e.ins),
            );
            const applied = applyEdits(current, edits);
            steps.push(applied.map);
            map = composeMaps(applied.map, map);
            current = applied.text;
          }
          for (let i = 0; i <= current.length; i++) {
            let startViaSteps = i;
            let endViaSteps = i;
            for (let k = steps.length - 1; k >= 0; k--) {
              startViaSteps = toSource(steps[k]!, startViaSteps, 'start');
              endViaSteps = toSource(steps[k]!, endViaSteps, 'end');
            }
            // Composition may widen a changed region, never narrow it or move an offset across a change.
            expect(toSource(map, i, 'start')).toBeLessThanOrEqual(startViaSteps);
            expect(toSource(map, i, 'end')).toBeGreaterThanOrEqual(endViaSteps);
          }
          // Monotonic: a later offset never maps before an earlier one.
          let last = 0;
          for (let i = 0; i <= current.length; i++) {
            const s = toSource(map, i, 'start');
            expect(s).toBeGreaterThanOrEqual(last);
            last = s;
          }
          expect(toSource(map, current.length, 'start')).toBe(text.length);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
