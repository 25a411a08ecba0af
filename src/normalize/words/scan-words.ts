import { HASH_START, hashStep } from '../../word-hash.js';
import { type LanguageModel, NUM } from '../model/language-model.js';
import { CHAR } from '../vietnamese/char-class.js';
import { placeTone } from '../vietnamese/place-tone.js';
import { codeUnits } from './code-units.js';
import { WordMemo } from './word-memo.js';

/** How a word is written: its case decides both protection and how a correction is cased. */
export enum Shape {
  Lower = 0,
  Capitalised = 1,
  Caps = 2,
  Mixed = 3,
}

/**
 * What a word is, in the bits of Words.bits: how it is written (Shape, the two low bits), and
 * the rest. One byte per word rather than an array for each: the scan writes it once, and the
 * steps that read the words read one array.
 */
export const Bit = {
  Shape: 3,
  /** The word must not change: codes, numbers, abbreviations, Roman numerals, single letters. */
  Fixed: 4,
  /** A sentence boundary (or a code, or the text start) comes before the word. */
  BreakBefore: 8,
  /** Glued to '/' or '-' ('QĐ/TW', 'KH-UBND'): part of a code. */
  Glued: 16,
  /** Holds an ASCII digit ('2025', 'covid19'). */
  Digit: 32,
  /** Capitals and digits only, at least one capital ('UBND', 'ƯBND', 'KẾ', 'QĐ2'). */
  UpperCode: 64,
} as const;

export const shapeOf = (bits: number): Shape => (bits & Bit.Shape) as Shape;

/**
 * The words of a text — maximal runs of letters, marks and ASCII digits — as parallel arrays
 * (a text of 20 KB has ~4000 words; no objects per word).
 */
export interface Words {
  count: number;
  start: Int32Array;
  end: Int32Array;
  /** Model id of the lower-case, old-style word; -1 when it is no syllable; NUM's id for numbers. */
  id: Int32Array;
  /** Bit.* of each word. */
  bits: Uint8Array;
}

const NO_INTS = new Int32Array(0);
const NO_BYTES = new Uint8Array(0);

/** Words in arrays that grow as needed, so that a list can be filled again for the next text. */
export class WordList implements Words {
  count = 0;
  start = NO_INTS;
  end = NO_INTS;
  id = NO_INTS;
  bits = NO_BYTES;

  get capacity(): number {
    return this.start.length;
  }

  /** Room for `needed` words (the first `count` are kept), twice what there was at the least. */
  reserve(needed: number): void {
    if (needed <= this.start.length) return;
    const capacity = Math.max(needed, 2 * this.start.length);
    // The four arrays share one buffer: one allocation rather than four.
    const buffer = new ArrayBuffer(13 * capacity);
    const n = this.count;
    const start = new Int32Array(buffer, 0, capacity);
    const end = new Int32Array(buffer, 4 * capacity, capacity);
    const id = new Int32Array(buffer, 8 * capacity, capacity);
    const bits = new Uint8Array(buffer, 12 * capacity, capacity);
    start.set(this.start.subarray(0, n));
    end.set(this.end.subarray(0, n));
    id.set(this.id.subarray(0, n));
    bits.set(this.bits.subarray(0, n));
    this.start = start;
    this.end = end;
    this.id = id;
    this.bits = bits;
  }

  /** Copies words from..to-1 of `other`, their offsets moved by `shift`. */
  copyFrom(other: Words, from: number, to: number, shift: number): void {
    if (to <= from) return;
    const n = this.count;
    this.reserve(n + to - from);
    const { start, end } = this;
    start.set(other.start.subarray(from, to), n);
    end.set(other.end.subarray(from, to), n);
    if (shift !== 0) {
      for (let o = n; o < n + to - from; o++) {
        start[o]! += shift;
        end[o]! += shift;
      }
    }
    this.id.set(other.id.subarray(from, to), n);
    this.bits.set(other.bits.subarray(from, to), n);
    this.count = n + to - from;
  }
}

/**
 * Room to reserve for the words of a text of this length: Vietnamese words are two to seven
 * letters long, one word in five characters or so (room for one in four); a list that fills up
 * grows.
 */
const expectedWords = (length: number): number => (length >> 2) + 64;

// Punctuation that ends the context of a word: 'năm 2023. Tổ chức', '“Dân vận khéo”', 'dân
// biết, dân bàn'; and a line end. The steps that read words run after the layout steps, which
// join hard-wrapped lines: a line end left is a heading's, an item's or a paragraph's, and the
// capital after it starts a sentence rather than a name ('5. Bảo vệ dữ liệu ⏎ Triên khai …').
const BREAK_CHARS = '.,;:!?()[]{}“”"‘’…\n';
// One table for the scan: what a word is made of (letters, marks, ASCII digits), what breaks.
const WORD = 1;
const BREAK = 2;
const KIND = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) if (CHAR.letter[c] || CHAR.digit[c]) KIND[c] = WORD;
for (const ch of BREAK_CHARS) KIND[ch.charCodeAt(0)] = BREAK;
const ROMAN = /^[IVXLCDM]+$/;
const ONE_FOR_L = /^1(?=\p{Ll}*[^\x00-\x7f])\p{Ll}+$/u;
const UPPER = CHAR.upper;
const DIGIT = CHAR.digit;

function writtenShape(w: string, lower: string): Shape {
  if (w === lower) return Shape.Lower;
  const upper = w.toUpperCase();
  if (w === upper) return w.length === 1 ? Shape.Capitalised : Shape.Caps;
  const first = w.slice(0, 1);
  return first === upper.slice(0, 1) && w.slice(1) === lower.slice(1) ? Shape.Capitalised : Shape.Mixed;
}

/**
 * What a word is, whatever stands around it — decided once per distinct word and kept as one
 * small integer: model id + 1 (0: no syllable) above the low byte; in it the word's Shape,
 * Digit and UpperCode bits where Words.bits has them, whether the word alone is fixed
 * (TOKEN_FIXED) and whether it is written as a model syllable (lower case, old style: the
 * common case; TOKEN_SYLLABLE).
 */
type Token = number;
const TOKEN_FIXED = Bit.Fixed;
const TOKEN_SYLLABLE = 128;
/** The bits of a token that a word's bits take as they are. */
const TOKEN_WORD_BITS = Bit.Shape | Bit.Digit | Bit.UpperCode;
const token = (id: number, shape: Shape, syllable: boolean, fixed: boolean, letters: number): Token =>
  ((id + 1) << 8) | letters | shape | (syllable ? TOKEN_SYLLABLE : 0) | (fixed ? TOKEN_FIXED : 0);
const tokenMemo = new WeakMap<LanguageModel, WordMemo>();
const MEMO_LIMIT = 50_000;

/** Bit.Digit and Bit.UpperCode of a word. */
function letterBits(w: string): number {
  let digit = false;
  let upper = 0;
  let other = false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (DIGIT[c] === 1) digit = true;
    else if (UPPER[c] === 1) upper++;
    else other = true;
  }
  return (digit ? Bit.Digit : 0) | (upper > 0 && !other ? Bit.UpperCode : 0);
}

function classify(w: string, model: LanguageModel, numId: number): Token {
  const letters = letterBits(w);
  const wid = model.ids.get(w);
  if (wid !== undefined) return token(wid, Shape.Lower, true, w.length === 1, letters);
  // 'quản 1ý', '1ấn chiếm': an 'l' read as '1' before a syllable's toned letters is a word to
  // repair, not a number ('1a', '1m' stay numbers: no Vietnamese letter after the digit).
  if (ONE_FOR_L.test(w) && model.ids.has(`l${w.slice(1)}`)) return token(-1, Shape.Lower, false, false, 0);
  if ((letters & Bit.Digit) !== 0) return token(numId, Shape.Lower, false, true, letters);
  const lower = w.toLowerCase();
  const shape = writtenShape(w, lower);
  const id = model.ids.get(lower) ?? model.ids.get(placeTone(lower, 'old')) ?? -1;
  // Abbreviations the corpus uses are in the model ('ubnd'), so they are context too.
  const abbreviation = shape === Shape.Caps && (id < 0 || model.abbreviations.has(w));
  const fixed =
    w.length === 1 || shape === Shape.Mixed || abbreviation || (shape === Shape.Caps && ROMAN.test(w));
  return token(id, shape, false, fixed, letters);
}

/** Where a scan of part of a text starts: just after a word, or at the text start. */
export interface ScanState {
  /** A sentence boundary lies between the last word and here (true at the text start). */
  gapBreak: boolean;
  /** The last word was glued to '/' or '-'. */
  gluedBefore: boolean;
}

/**
 * Appends to `out` the words that start in text[from, to), from a position just after a word
 * (or the text start) described by `state`. `to` must be the text end or follow a character
 * that is no part of a word, so that no word is cut. The whole text scanned from 0 gives
 * scanWords.
 */
export function scanRange(
  text: string,
  from: number,
  to: number,
  state: ScanState,
  out: WordList,
  model: LanguageModel,
): void {
  // The code units read, from the left neighbour of a word at `from` to `to`; positions below
  // are in them (`base` is the text offset of the first).
  const base = from > 0 ? from - 1 : 0;
  const units = codeUnits(text, base, to);
  const stop = to - base;
  let memo = tokenMemo.get(model);
  if (!memo) {
    memo = new WordMemo(MEMO_LIMIT);
    tokenMemo.set(model, memo);
  }
  const numId = model.ids.get(NUM) ?? -1;
  let { start, end, id, bits } = out;
  const len = text.length - base;
  let n = out.count;
  let { gapBreak, gluedBefore } = state;
  let i = from - base;
  while (i < stop) {
    const kind = KIND[units[i]!]!;
    if (kind !== WORD) {
      if (kind === BREAK) gapBreak = true;
      i++;
      continue;
    }
    // The word, hashed as it is found (WordMemo.hash), then looked up where it stands.
    if (n === start.length) {
      out.count = n;
      out.reserve(n + 64);
      ({ start, end, id, bits } = out);
    }
    const s = i;
    let hash = HASH_START;
    for (let c = units[i]!; ; ) {
      hash = hashStep(hash, c);
      if (++i === len) break;
      c = units[i]!;
      if (KIND[c] !== WORD) break;
    }
    start[n] = base + s;
    end[n] = base + i;
    let t = memo.get(units, s, i, hash);
    if (t < 0) {
      t = classify(text.slice(base + s, base + i), model, numId);
      memo.add(units, s, i, hash, t);
    }
    const syllable = (t & TOKEN_SYLLABLE) !== 0;
    const before = base + s === 0 ? -1 : units[s - 1]!;
    const after = i === len ? -1 : units[i]!;
    // Glued to '/' or '-' ('QĐ/TW', 'KH-UBND', 'Covid-19'): part of a code.
    const glued =
      before === 47 || after === 47 || ((before === 45 || after === 45) && (!syllable || i - s < 2));
    id[n] = (t >> 8) - 1;
    bits[n] =
      (t & (TOKEN_WORD_BITS | TOKEN_FIXED)) |
      (glued ? Bit.Glued | Bit.Fixed : 0) |
      (gapBreak || glued || gluedBefore ? Bit.BreakBefore : 0);
    gluedBefore = glued;
    gapBreak = false;
    n++;
  }
  out.count = n;
  state.gapBreak = gapBreak;
  state.gluedBefore = gluedBefore;
}

/** Longest stretch of text scanned at once, so that its code units are copied into a small array. */
const CHUNK = 1 << 15;

/** The words of a text, into `out` (a new list by default). */
export function scanWords(text: string, model: LanguageModel, out = new WordList()): WordList {
  out.count = 0;
  out.reserve(expectedWords(text.length));
  const state: ScanState = { gapBreak: true, gluedBefore: false };
  for (let from = 0; from < text.length; ) {
    // A stretch ends after a character that is no part of a word.
    let to = Math.min(text.length, from + CHUNK);
    while (to < text.length && KIND[text.charCodeAt(to - 1)] === WORD) to++;
    scanRange(text, from, to, state, out, model);
    from = to;
  }
  return out;
}
