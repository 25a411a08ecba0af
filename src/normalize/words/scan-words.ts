import { type LanguageModel, NUM } from '../model/language-model.js';
import { HASH_START, hashStep } from '../token-table.js';
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

/** Bits of Words.flags. */
export const Flag = {
  /** Glued to '/' or '-' ('QĐ/TW', 'KH-UBND'): part of a code. */
  Glued: 1,
  /** Holds an ASCII digit ('2025', 'covid19'). */
  Digit: 2,
  /** Capitals and digits only, at least one capital ('UBND', 'ƯBND', 'KẾ', 'QĐ2'). */
  UpperCode: 4,
} as const;

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
  shape: Uint8Array;
  /** 1 when the word must not change: codes, numbers, abbreviations, Roman numerals, single letters. */
  fixed: Uint8Array;
  /** 1 when a sentence boundary (or a code, or the text start) comes before the word. */
  breakBefore: Uint8Array;
  flags: Uint8Array;
}

const NO_INTS = new Int32Array(0);
const NO_BYTES = new Uint8Array(0);

/** Words in arrays that grow as needed, so that a list can be filled again for the next text. */
export class WordList implements Words {
  count = 0;
  start = NO_INTS;
  end = NO_INTS;
  id = NO_INTS;
  shape = NO_BYTES;
  fixed = NO_BYTES;
  breakBefore = NO_BYTES;
  flags = NO_BYTES;

  get capacity(): number {
    return this.start.length;
  }

  /** Room for `needed` words (the first `count` are kept), twice what there was at the least. */
  reserve(needed: number): void {
    if (needed <= this.start.length) return;
    const capacity = Math.max(needed, 2 * this.start.length);
    // The seven arrays share one buffer: one allocation rather than seven.
    const buffer = new ArrayBuffer(16 * capacity);
    const n = this.count;
    const start = new Int32Array(buffer, 0, capacity);
    const end = new Int32Array(buffer, 4 * capacity, capacity);
    const id = new Int32Array(buffer, 8 * capacity, capacity);
    const shape = new Uint8Array(buffer, 12 * capacity, capacity);
    const fixed = new Uint8Array(buffer, 13 * capacity, capacity);
    const breakBefore = new Uint8Array(buffer, 14 * capacity, capacity);
    const flags = new Uint8Array(buffer, 15 * capacity, capacity);
    start.set(this.start.subarray(0, n));
    end.set(this.end.subarray(0, n));
    id.set(this.id.subarray(0, n));
    shape.set(this.shape.subarray(0, n));
    fixed.set(this.fixed.subarray(0, n));
    breakBefore.set(this.breakBefore.subarray(0, n));
    flags.set(this.flags.subarray(0, n));
    Object.assign(this, { start, end, id, shape, fixed, breakBefore, flags });
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
    this.shape.set(other.shape.subarray(from, to), n);
    this.fixed.set(other.fixed.subarray(from, to), n);
    this.breakBefore.set(other.breakBefore.subarray(from, to), n);
    this.flags.set(other.flags.subarray(from, to), n);
    this.count = n + to - from;
  }
}

/**
 * Room to reserve for the words of a text of this length: Vietnamese words are two to seven
 * letters long, one word in five characters or so; a list that fills up grows.
 */
export const expectedWords = (length: number): number => (length >> 2) + 64;

// Punctuation that ends the context of a word: 'năm 2023. Tổ chức', '“Dân vận khéo”', 'dân
// biết, dân bàn'. Line ends do not: hard-wrapped lines break sentences anywhere.
const BREAK_CHARS = '.,;:!?()[]{}“”"‘’…';
// One table for the scan: what a word is made of (letters, marks, ASCII digits), what breaks.
const WORD = 1;
const BREAK = 2;
const KIND = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) if (CHAR.letter[c] || CHAR.digit[c]) KIND[c] = WORD;
for (const ch of BREAK_CHARS) KIND[ch.charCodeAt(0)] = BREAK;
const ROMAN = /^[IVXLCDM]+$/;
const UPPER = CHAR.upper;
const DIGIT = CHAR.digit;

function shapeOf(w: string, lower: string): Shape {
  if (w === lower) return Shape.Lower;
  const upper = w.toUpperCase();
  if (w === upper) return w.length === 1 ? Shape.Capitalised : Shape.Caps;
  const first = w.slice(0, 1);
  return first === upper.slice(0, 1) && w.slice(1) === lower.slice(1) ? Shape.Capitalised : Shape.Mixed;
}

/**
 * What a word is, whatever stands around it — decided once per distinct word and kept as one
 * small integer: model id + 1 (0: no syllable) above the low byte; in it whether the word is
 * fixed (bit 0), whether the word as written is a model syllable (lower case, old style: the
 * common case; bit 1), its shape (bits 2–3) and its Digit and UpperCode flags (bits 4–5).
 */
type Token = number;
const TOKEN_FIXED = 1;
const TOKEN_SYLLABLE = 2;
const TOKEN_FLAGS_SHIFT = 4;
const token = (id: number, shape: Shape, syllable: boolean, fixed: boolean, flags: number): Token =>
  ((id + 1) << 8) |
  (flags << TOKEN_FLAGS_SHIFT) |
  (shape << 2) |
  (syllable ? TOKEN_SYLLABLE : 0) |
  (fixed ? TOKEN_FIXED : 0);
const tokenMemo = new WeakMap<LanguageModel, WordMemo>();
const MEMO_LIMIT = 50_000;

/** Flag.Digit and Flag.UpperCode of a word. */
function letterFlags(w: string): number {
  let digit = false;
  let upper = 0;
  let other = false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (DIGIT[c] === 1) digit = true;
    else if (UPPER[c] === 1) upper++;
    else other = true;
  }
  return (digit ? Flag.Digit : 0) | (upper > 0 && !other ? Flag.UpperCode : 0);
}

function classify(w: string, model: LanguageModel, numId: number): Token {
  const flags = letterFlags(w);
  const wid = model.ids.get(w);
  if (wid !== undefined) return token(wid, Shape.Lower, true, w.length === 1, flags);
  if (/\d/.test(w)) return token(numId, Shape.Lower, false, true, flags);
  const lower = w.toLowerCase();
  const shape = shapeOf(w, lower);
  const id = model.ids.get(lower) ?? model.ids.get(placeTone(lower, 'old')) ?? -1;
  // Abbreviations the corpus uses are in the model ('ubnd'), so they are context too.
  const abbreviation = shape === Shape.Caps && (id < 0 || model.abbreviations.has(w));
  const fixed =
    w.length === 1 || shape === Shape.Mixed || abbreviation || (shape === Shape.Caps && ROMAN.test(w));
  return token(id, shape, false, fixed, flags);
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
  let { start, end, id, shape, fixed, breakBefore, flags } = out;
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
      ({ start, end, id, shape, fixed, breakBefore, flags } = out);
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
    breakBefore[n] = gapBreak || glued || gluedBefore ? 1 : 0;
    id[n] = (t >> 8) - 1;
    shape[n] = (t >> 2) & 3;
    fixed[n] = glued || (t & TOKEN_FIXED) !== 0 ? 1 : 0;
    flags[n] = ((t >> TOKEN_FLAGS_SHIFT) & (Flag.Digit | Flag.UpperCode)) | (glued ? Flag.Glued : 0);
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
