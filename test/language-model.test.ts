import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { findDataFile } from '../src/normalize/model/find-data-file.js';
import { FILE, languageModel, readModel } from '../src/normalize/model/language-model.js';
import { decodeModel, encodeModel } from '../src/normalize/model/model-binary.js';
import { PAIR_ID_LIMIT, PairTable } from '../src/normalize/model/pair-table.js';

describe('language model file', () => {
  const parts = {
    syllables: ['của', 'và', 'hòa', '<num>', 'xyz'],
    counts: [151177, 148132, 20, 390777, 0],
    bigrams: [
      [0, 1, 3],
      [0, 2, 5],
      [2, 0, 1],
    ] as Array<[number, number, number]>,
    abbreviations: ['HĐND', 'UBND'],
  };

  test('what is written is read back', () => {
    const model = readModel(encodeModel(parts));
    expect(model.syllables).toEqual(parts.syllables);
    expect(model.ids.get('hòa')).toBe(2);
    expect([...model.counts]).toEqual(parts.counts);
    expect(model.total).toBe(parts.counts.reduce((a, b) => a + b));
    expect(model.bigrams.get(0, 2)).toBe(5);
    expect(model.bigrams.has(1, 0)).toBe(false);
    expect([...model.leftTotals]).toEqual([8, 0, 1, 0, 0]);
    expect([...model.abbreviations]).toEqual(parts.abbreviations);
  });

  test('an empty list and a damaged file', () => {
    const empty = decodeModel(encodeModel({ ...parts, bigrams: [], abbreviations: [] }));
    expect(empty.abbreviations).toEqual([]);
    expect(empty.bigramCount).toBe(0);
    const bytes = encodeModel(parts);
    expect(() => decodeModel(bytes.subarray(0, bytes.length - 8))).toThrow(/corrupt/);
    expect(() => decodeModel(new TextEncoder().encode('kehoach-lm 1\nU 3'))).toThrow(/corrupt/);
    expect(() => encodeModel({ ...parts, bigrams: [...parts.bigrams].reverse() })).toThrow(/order/);
  });

  test('the shipped model reads back to the bytes it was written from', () => {
    const bytes = gunzipSync(readFileSync(findDataFile(FILE)!));
    const model = languageModel();
    expect(model.syllables).toHaveLength(18_029);
    expect(model.bigrams.size).toBe(211_250);
    expect(model.abbreviations.has('UBND')).toBe(true);
    const bigrams: Array<[number, number, number]> = [];
    decodeModel(bytes).forEachBigram((a, b, c) => bigrams.push([a, b, c]));
    const again = encodeModel({
      syllables: model.syllables,
      counts: model.counts,
      bigrams,
      abbreviations: [...model.abbreviations],
    });
    expect(Buffer.from(again).equals(bytes)).toBe(true);
  });
});

describe('PairTable', () => {
  test('the bitset of small ids answers as the table does', () => {
    const table = new PairTable(500, 40);
    const present = new Set<number>();
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let i = 0; i < 500; i++) {
      const a = next(60);
      const b = next(60);
      table.set(a, b, i % 3);
      present.add(a * 100 + b);
    }
    for (let a = 0; a < 60; a++) {
      for (let b = 0; b < 60; b++) expect(table.has(a, b), `${a} ${b}`).toBe(present.has(a * 100 + b));
    }
    expect(table.has(-1, 3)).toBe(false);
    expect(table.size).toBe(present.size);
  });

  test('a pair is its own: (a, b) and (b, a) hold their counts apart, up to the largest ids and a u32', () => {
    const table = new PairTable(8);
    const top = PAIR_ID_LIMIT - 1;
    table.set(1, 2, 5);
    table.set(2, 1, 0xffffffff);
    table.set(top, top, 7);
    table.set(0, top, 9);
    expect([table.get(1, 2), table.get(2, 1), table.get(top, top), table.get(0, top)]).toEqual([
      5, 0xffffffff, 7, 9,
    ]);
    expect([table.get(top, 0), table.get(1, 1), table.get(-1, 2), table.get(1, -1)]).toEqual([0, 0, 0, 0]);
    expect([table.get(PAIR_ID_LIMIT, 2), table.has(top + 2, top), table.has(2, -1)]).toEqual([
      0,
      false,
      false,
    ]);
    expect(table.size).toBe(4);
    expect(() => table.set(PAIR_ID_LIMIT, 0, 1)).toThrow(RangeError);
  });
});
