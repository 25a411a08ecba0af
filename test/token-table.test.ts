import { describe, expect, test } from 'vitest';
import { TokenTable } from '../src/normalize/token-table.js';

describe('TokenTable', () => {
  const text = 'của các cơ quan, đơn vị của huyện; Ủy ban nhân dân huyện và các xã';
  const words = [...text.matchAll(/\p{L}+/gu)].map((m) => [m.index, m.index + m[0].length] as const);

  test('finds a word wherever it stands, by its place in the text', () => {
    const table = new TokenTable<string>(100);
    for (const [s, e] of words) {
      const hash = TokenTable.hash(text, s, e);
      if (table.get(text, s, e, hash) === undefined)
        table.add(text, s, e, hash, text.slice(s, e).toUpperCase());
    }
    for (const [s, e] of words) {
      expect(table.get(text, s, e, TokenTable.hash(text, s, e))).toBe(text.slice(s, e).toUpperCase());
    }
    const other = 'Các xã và thị trấn';
    expect(table.get(other, 4, 6, TokenTable.hash(other, 4, 6))).toBe('XÃ');
    expect(table.get(other, 0, 3, TokenTable.hash(other, 0, 3))).toBeUndefined();
  });

  test('grows past its first size and starts over at its limit', () => {
    const table = new TokenTable<number>(1000);
    const many = Array.from({ length: 2500 }, (_, i) => `w${i}`).join(' ');
    let at = 0;
    for (let i = 0; i < 2500; i++) {
      const end = many.indexOf(' ', at) < 0 ? many.length : many.indexOf(' ', at);
      const hash = TokenTable.hash(many, at, end);
      expect(table.get(many, at, end, hash)).toBeUndefined();
      table.add(many, at, end, hash, i);
      expect(table.get(many, at, end, hash)).toBe(i);
      at = end + 1;
    }
    // The last 500 words are still there, the first 1000 were dropped when it was full.
    const last = many.lastIndexOf(' ') + 1;
    expect(table.get(many, last, many.length, TokenTable.hash(many, last, many.length))).toBe(2499);
    expect(table.get(many, 0, 2, TokenTable.hash(many, 0, 2))).toBeUndefined();
  });

  test('an endless word is looked up but not kept', () => {
    const table = new TokenTable<number>(10);
    const long = 'a'.repeat(10_000);
    const hash = TokenTable.hash(long, 0, long.length);
    table.add(long, 0, long.length, hash, 1);
    expect(table.get(long, 0, long.length, hash)).toBeUndefined();
  });
});
