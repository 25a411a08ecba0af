import { type LanguageModel, NUM } from '../model/language-model.js';
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

// A word: letters and digits ('ỉập', 'QĐ', '2023', 'Covid').
const WORD = /[\p{L}\p{M}\d]+/gu;
// Punctuation that ends the context of a word: 'năm 2023. Tổ chức', '“Dân vận khéo”', 'dân
// biết, dân bàn'. Line ends do not: hard-wrapped lines break sentences anywhere.
const BREAK = /[.,;:!?()[\]{}“”"‘’…]/;
const HAS_DIGIT = /\d/;
const ROMAN = /^[IVXLCDM]+$/;

function shapeOf(w: string, lower: string): Shape {
  if (w === lower) return Shape.Lower;
  const upper = w.toUpperCase();
  if (w === upper) return w.length === 1 ? Shape.Capitalised : Shape.Caps;
  const first = w.slice(0, 1);
  return first === upper.slice(0, 1) && w.slice(1) === lower.slice(1) ? Shape.Capitalised : Shape.Mixed;
}

export function scanWords(text: string, model: LanguageModel): Words {
  const cap = Math.ceil(text.length / 2) + 8;
  const start = new Int32Array(cap);
  const end = new Int32Array(cap);
  const id = new Int32Array(cap);
  const shape = new Uint8Array(cap);
  const fixed = new Uint8Array(cap);
  const breakBefore = new Uint8Array(cap);
  const numId = model.ids.get(NUM) ?? -1;
  let n = 0;
  let lastEnd = 0;
  let gluedBefore = false;
  const re = new RegExp(WORD);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const w = m[0];
    const s = m.index;
    const e = s + w.length;
    start[n] = s;
    end[n] = e;
    const before = text.charCodeAt(s - 1);
    const after = text.charCodeAt(e);
    // Glued to '/' or '-' ('QĐ/TW', 'KH-UBND', 'Covid-19'): part of a code.
    const glued = before === 47 || after === 47 || ((before === 45 || after === 45) && w !== w.toLowerCase());
    breakBefore[n] = n === 0 || glued || gluedBefore || BREAK.test(text.slice(lastEnd, s)) ? 1 : 0;
    let wid = model.ids.get(w);
    if (wid !== undefined) {
      id[n] = wid;
      shape[n] = Shape.Lower;
      fixed[n] = glued || w.length === 1 ? 1 : 0;
    } else if (HAS_DIGIT.test(w)) {
      id[n] = numId;
      fixed[n] = 1;
    } else {
      const lower = w.toLowerCase();
      const sh = shapeOf(w, lower);
      shape[n] = sh;
      wid = model.ids.get(lower) ?? model.ids.get(placeTone(lower, 'old'));
      id[n] = wid ?? -1;
      // Abbreviations the corpus uses are in the model ('ubnd'), so they are context too.
      const abbreviation = sh === Shape.Caps && (wid === undefined || model.abbreviations.has(w));
      fixed[n] =
        glued || w.length === 1 || sh === Shape.Mixed || abbreviation || (sh === Shape.Caps && ROMAN.test(w))
          ? 1
          : 0;
    }
    gluedBefore = glued;
    lastEnd = e;
    n++;
  }
  return { count: n, start, end, id, shape, fixed, breakBefore };
}
