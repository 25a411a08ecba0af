import { describe, expect, test } from 'vitest';
import { tokenize } from '../src/extract/units/tokens.js';

const spelled = (text: string) => {
  const tokens = tokenize(text);
  return Array.from({ length: tokens.length }, (_, k) => [
    tokens.text(k),
    text.slice(tokens.start(k), tokens.end(k)),
  ]);
};

describe('tokenize', () => {
  test('every token reads its own word, past the point where the word table starts over', () => {
    // More distinct words than the word table holds, in one text and then in the next.
    const many = Array.from({ length: 150_000 }, (_, i) => `w${i.toString(36)}`).join(' ');
    for (const [word, printed] of spelled(many)) expect(word).toBe(printed);
    const plan = 'Ủy ban nhân dân huyện, các xã; w1 w2 và Phòng Nội vụ.';
    for (const [word, printed] of spelled(plan)) expect(word).toBe(printed);
    // A token read before the table started over keeps its word.
    const first = tokenize(plan);
    tokenize(many);
    expect(first.fold(0)).toBe('ủy');
    expect(first.text(first.length - 2)).toBe('vụ');
    expect(first.facts(first.length)).toBeUndefined();
    expect(first.facts(-1)).toBeUndefined();
  });

  // The second text has a letter beyond the BMP, which tokenize reads by a regex.
  test.each([
    'Kế hoạch số 12/KH-UBND\n\n1. Ủy ban nhân dân  huyện:\r\n- Phòng Nội vụ, các xã.',
    'Kế hoạch số 12/KH-UBND\n\n1. Ủy ban nhân dân  huyện:\r\n- Phòng 𝐍ội vụ, các xã.',
  ])('starts, ends and line breaks as a plain reading of %j gives them', (text) => {
    const tokens = tokenize(text, 3);
    const expected = [...text.slice(3).matchAll(/[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu)];
    expect(tokens.length).toBe(expected.length);
    let previousEnd = 3;
    expected.forEach((m, k) => {
      const start = 3 + m.index;
      expect([tokens.start(k), tokens.end(k), tokens.text(k)]).toEqual([start, start + m[0].length, m[0]]);
      expect(tokens.nl(k)).toBe(text.slice(previousEnd, start).includes('\n'));
      previousEnd = start + m[0].length;
    });
    expect([tokens.start(-1), tokens.end(tokens.length), tokens.nl(tokens.length)]).toEqual([
      undefined,
      undefined,
      false,
    ]);
  });
});
