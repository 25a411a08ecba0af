import { describe, expect, test } from 'vitest';
import { codeUnits } from '../src/normalize/words/code-units.js';
import { WordMemo } from '../src/normalize/words/word-memo.js';

describe('codeUnits', () => {
  test('gives the code units of the text, lone surrogates included', () => {
    for (const text of ['', 'Ủy ban nhân dân', 'a\ud800b\udc00c😀', 'x'.repeat(5000)]) {
      const units = codeUnits(text);
      expect(units.length).toBe(text.length);
      expect(Array.from(units)).toEqual(Array.from({ length: text.length }, (_, i) => text.charCodeAt(i)));
      expect(String.fromCharCode(...units.subarray(0, 100))).toBe(text.slice(0, 100));
    }
  });
});

describe('WordMemo', () => {
  const text = 'của các cơ quan, đơn vị của huyện; Ủy ban nhân dân huyện và các xã';
  const words = [...text.matchAll(/\p{L}+/gu)].map((m) => [m.index, m.index + m[0].length] as const);

  test('finds a word wherever it stands, by its place in the text', () => {
    const memo = new WordMemo(100);
    const units = Uint16Array.from(text, (ch) => ch.charCodeAt(0));
    for (const [s, e] of words) {
      const hash = WordMemo.hash(units, s, e);
      if (memo.get(units, s, e, hash) < 0) memo.add(units, s, e, hash, e - s + 1000 * s);
    }
    for (const [s, e] of words) {
      const first = words.find(([a, b]) => text.slice(a, b) === text.slice(s, e))!;
      expect(memo.get(units, s, e, WordMemo.hash(units, s, e))).toBe(first[1] - first[0] + 1000 * first[0]);
    }
    const other = Uint16Array.from('Các xã và thị trấn', (ch) => ch.charCodeAt(0));
    expect(memo.get(other, 4, 6, WordMemo.hash(other, 4, 6))).toBe(
      words.at(-1)![1] - words.at(-1)![0] + 1000 * words.at(-1)![0],
    );
    expect(memo.get(other, 0, 3, WordMemo.hash(other, 0, 3))).toBe(-1);
  });

  test('grows past its first size and starts over at its limit', () => {
    const memo = new WordMemo(1000);
    const many = Array.from({ length: 2500 }, (_, i) => `w${i}`).join(' ');
    const units = Uint16Array.from(many, (ch) => ch.charCodeAt(0));
    const spans: [number, number][] = [];
    let at = 0;
    for (let i = 0; i < 2500; i++) {
      const end = many.indexOf(' ', at) < 0 ? many.length : many.indexOf(' ', at);
      const hash = WordMemo.hash(units, at, end);
      expect(memo.get(units, at, end, hash)).toBe(-1);
      memo.add(units, at, end, hash, i);
      expect(memo.get(units, at, end, hash)).toBe(i);
      spans.push([at, end]);
      at = end + 1;
    }
    const lookUp = (i: number) => memo.get(units, ...spans[i]!, WordMemo.hash(units, ...spans[i]!));
    // Full at 1000 words and again at 2000, it started over each time: only the last 500 remain.
    expect([0, 999, 1000, 1999].map(lookUp)).toEqual([-1, -1, -1, -1]);
    expect([2000, 2499].map(lookUp)).toEqual([2000, 2499]);
  });

  test('an endless word is looked up but not kept', () => {
    const memo = new WordMemo(10);
    const units = new Uint16Array(10_000).fill(97);
    const hash = WordMemo.hash(units, 0, units.length);
    memo.add(units, 0, units.length, hash, 1);
    expect(memo.get(units, 0, units.length, hash)).toBe(-1);
  });
});
