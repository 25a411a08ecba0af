import { type LanguageModel, NUM } from '../model/language-model.js';
import { HASH_START, hashStep, TokenTable } from '../token-table.js';
import { CHAR } from '../vietnamese/char-class.js';
import { placeTone } from '../vietnamese/place-tone.js';

/** How a word is written: its case decides both protection and how a correction is cased. */
export enum Shape {
  Lower = 0,
  Capitalised = 1,
  Caps = 2,
  Mixed = 3,
}

/** The words of a text as parallel arrays (a text of 20 KB has ~4000 words; no objects per word). */
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
}

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

function shapeOf(w: string, lower: string): Shape {
  if (w === lower) return Shape.Lower;
  const upper = w.toUpperCase();
  if (w === upper) return w.length === 1 ? Shape.Capitalised : Shape.Caps;
  const first = w.slice(0, 1);
  return first === upper.slice(0, 1) && w.slice(1) === lower.slice(1) ? Shape.Capitalised : Shape.Mixed;
}

/**
 * What a word is, whatever stands around it — decided once per distinct word and kept as one
 * small integer: model id + 1 (0: no syllable), shape, whether the word as written is a model
 * syllable (lower case, old style: the common case), whether it is fixed.
 */
type Token = number;
const token = (id: number, shape: Shape, syllable: boolean, fixed: boolean): Token =>
  ((id + 1) << 4) | (shape << 2) | (syllable ? 2 : 0) | (fixed ? 1 : 0);
const tokenMemo = new WeakMap<LanguageModel, TokenTable<Token>>();
const MEMO_LIMIT = 50_000;

function classify(w: string, model: LanguageModel, numId: number): Token {
  const wid = model.ids.get(w);
  if (wid !== undefined) return token(wid, Shape.Lower, true, w.length === 1);
  if (/\d/.test(w)) return token(numId, Shape.Lower, false, true);
  const lower = w.toLowerCase();
  const shape = shapeOf(w, lower);
  const id = model.ids.get(lower) ?? model.ids.get(placeTone(lower, 'old')) ?? -1;
  // Abbreviations the corpus uses are in the model ('ubnd'), so they are context too.
  const abbreviation = shape === Shape.Caps && (id < 0 || model.abbreviations.has(w));
  const fixed =
    w.length === 1 || shape === Shape.Mixed || abbreviation || (shape === Shape.Caps && ROMAN.test(w));
  return token(id, shape, false, fixed);
}

export function scanWords(text: string, model: LanguageModel): Words {
  const cap = Math.ceil(text.length / 2) + 8;
  // The six arrays share one buffer: one allocation per text rather than six.
  const buffer = new ArrayBuffer(15 * cap);
  const start = new Int32Array(buffer, 0, cap);
  const end = new Int32Array(buffer, 4 * cap, cap);
  const id = new Int32Array(buffer, 8 * cap, cap);
  const shape = new Uint8Array(buffer, 12 * cap, cap);
  const fixed = new Uint8Array(buffer, 13 * cap, cap);
  const breakBefore = new Uint8Array(buffer, 14 * cap, cap);
  const numId = model.ids.get(NUM) ?? -1;
  let memo = tokenMemo.get(model);
  if (!memo) {
    memo = new TokenTable<Token>(MEMO_LIMIT);
    tokenMemo.set(model, memo);
  }
  const len = text.length;
  let n = 0;
  let gapBreak = true;
  let gluedBefore = false;
  let i = 0;
  while (i < len) {
    const kind = KIND[text.charCodeAt(i)]!;
    if (kind !== WORD) {
      if (kind === BREAK) gapBreak = true;
      i++;
      continue;
    }
    // The word, hashed as it is found (TokenTable.hash), then looked up where it stands.
    const s = i;
    let hash = HASH_START;
    for (let c = text.charCodeAt(i); ; ) {
      hash = hashStep(hash, c);
      if (++i === len) break;
      c = text.charCodeAt(i);
      if (KIND[c] !== WORD) break;
    }
    start[n] = s;
    end[n] = i;
    let t = memo.get(text, s, i, hash);
    if (t === undefined) {
      t = classify(text.slice(s, i), model, numId);
      memo.add(text, s, i, hash, t);
    }
    const syllable = (t & 2) !== 0;
    const before = text.charCodeAt(s - 1);
    const after = text.charCodeAt(i);
    // Glued to '/' or '-' ('QĐ/TW', 'KH-UBND', 'Covid-19'): part of a code.
    const glued =
      before === 47 || after === 47 || ((before === 45 || after === 45) && (!syllable || i - s < 2));
    breakBefore[n] = gapBreak || glued || gluedBefore ? 1 : 0;
    id[n] = (t >> 4) - 1;
    shape[n] = (t >> 2) & 3;
    fixed[n] = glued || (t & 1) !== 0 ? 1 : 0;
    gluedBefore = glued;
    gapBreak = false;
    n++;
  }
  return { count: n, start, end, id, shape, fixed, breakBefore };
}
