import { KehoachError } from '../../errors.js';

/**
 * The syllable model as it is stored (data/language-model.bin.gz): numbers as little-endian
 * 32-bit arrays that are copied straight into typed arrays, so a process (or a batch worker)
 * reads the model in a few milliseconds rather than parsing 230,000 lines of text.
 *
 *   'KHLM', version            4 bytes, u32
 *   nU, nB, nA                 u32 each: syllables, bigrams, abbreviations
 *   counts[nU]                 u32: count of syllable id (id = order in the list)
 *   rowStart[nU + 1]           u32: the bigrams starting with id a are [rowStart[a], rowStart[a+1])
 *   second[nB], pairCount[nB]  u32: the bigrams, sorted by first then second id
 *   syllables, abbreviations   u32 byte length + UTF-8, one per line, each padded to 4 bytes
 */
export interface ModelParts {
  /** Syllables by id (lower case, old tone style), with their counts. */
  syllables: readonly string[];
  counts: ArrayLike<number>;
  /** [first id, second id, count], sorted by first then second id. */
  bigrams: ReadonlyArray<readonly [number, number, number]>;
  abbreviations: readonly string[];
}

const MAGIC = 'KHLM';
const VERSION = 2;

export function encodeModel(parts: ModelParts): Uint8Array {
  const nU = parts.syllables.length;
  const nB = parts.bigrams.length;
  const rowStart = new Uint32Array(nU + 1);
  const second = new Uint32Array(nB);
  const pairCount = new Uint32Array(nB);
  parts.bigrams.forEach(([a, b, count], i) => {
    const prev = parts.bigrams[i - 1];
    if (prev && (prev[0] > a || (prev[0] === a && prev[1] >= b))) throw new Error('bigrams out of order');
    rowStart[a + 1]!++;
    second[i] = b;
    pairCount[i] = u32(count);
  });
  for (let a = 0; a < nU; a++) rowStart[a + 1]! += rowStart[a]!;
  const chunks: Uint8Array[] = [
    Buffer.from(MAGIC, 'latin1'),
    words([VERSION, nU, nB, parts.abbreviations.length]),
    words(Array.from(parts.counts, u32)),
    words(rowStart),
    words(second),
    words(pairCount),
    lines(parts.syllables),
    lines(parts.abbreviations),
  ];
  return Buffer.concat(chunks);
}

export interface DecodedModel {
  syllables: string[];
  counts: Float64Array;
  /** Calls `add` for every bigram, in the stored order. */
  forEachBigram(add: (a: number, b: number, count: number) => void): void;
  bigramCount: number;
  abbreviations: string[];
}

export function decodeModel(bytes: Uint8Array): DecodedModel {
  let at = 0;
  const take = (length: number): Uint8Array => {
    if (at + length > bytes.length) corrupt('it ends early');
    const out = bytes.subarray(at, at + length);
    at += length;
    return out;
  };
  const u32s = (n: number): Uint32Array => {
    const raw = take(4 * n);
    const out = new Uint32Array(n);
    const view = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
    for (let i = 0; i < n; i++) out[i] = view.getUint32(4 * i, true);
    return out;
  };
  const text = (n: number): string[] => {
    const [length] = u32s(1);
    const decoded = Buffer.from(take(length!)).toString('utf8');
    at += (4 - (length! % 4)) % 4;
    return n === 0 ? [] : decoded.split('\n');
  };
  if (Buffer.from(take(4)).toString('latin1') !== MAGIC) corrupt('not a model file');
  const [version, nU, nB, nA] = u32s(4) as unknown as [number, number, number, number];
  if (version !== VERSION) corrupt(`version ${version}, expected ${VERSION}`);
  const counts = Float64Array.from(u32s(nU));
  const rowStart = u32s(nU + 1);
  const second = u32s(nB);
  const pairCount = u32s(nB);
  const syllables = text(nU);
  const abbreviations = text(nA);
  if (syllables.length !== nU || abbreviations.length !== nA || rowStart[nU] !== nB) corrupt('counts differ');
  return {
    syllables,
    counts,
    bigramCount: nB,
    forEachBigram(add) {
      for (let a = 0; a < nU; a++) {
        for (let i = rowStart[a]!; i < rowStart[a + 1]!; i++) add(a, second[i]!, pairCount[i]!);
      }
    },
    abbreviations,
  };
}

function u32(n: number): number {
  if (!Number.isInteger(n) || n < 0 || n > 0xffffffff) throw new Error(`not a count: ${n}`);
  return n;
}

function words(values: ArrayLike<number>): Uint8Array {
  const out = Buffer.alloc(4 * values.length);
  for (let i = 0; i < values.length; i++) out.writeUInt32LE(values[i]!, 4 * i);
  return out;
}

function lines(list: readonly string[]): Uint8Array {
  const body = Buffer.from(list.join('\n'), 'utf8');
  const padding = Buffer.alloc((4 - (body.length % 4)) % 4);
  return Buffer.concat([words([body.length]), body, padding]);
}

function corrupt(why: string): never {
  throw new KehoachError('INTERNAL', `the kehoach language model is corrupt (${why}); reinstall the package`);
}
