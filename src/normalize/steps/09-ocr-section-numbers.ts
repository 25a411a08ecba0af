import { matchNumbering, numberValue, romanValue, toRoman } from '../../lexicon/numbering.js';
import type { Edit } from '../edit.js';
import { layoutLines } from '../layout/layout-lines.js';
import { asOcrResult } from '../ocr/as-ocr-result.js';
import { compatibleNumeral, damagedNumber, isRomanNumeral } from '../ocr/damaged-numeral.js';
import type { NormalizeStep } from '../step.js';

/** A numbered line: printed clean (`confirmed`), or damaged and repaired only if the sequence says so. */
interface Item {
  scheme: 'roman' | 'arabic' | 'reset';
  value: number;
  confirmed: boolean;
  /** The damaged number and its mark, as offsets in the text. */
  start: number;
  end: number;
  token: string;
  /** Whether a punctuation mark follows the token (not just a space). */
  marked: boolean;
}

/**
 * Section numbers OCR damaged, in OCR'd text only (`fromOcr`): 'HE. NỘI DUNG' → 'II. NỘI DUNG',
 * 'I  MỤC ĐÍCH' → 'I. MỤC ĐÍCH', '2 Xác định' → '2. Xác định'. A number is repaired only at a
 * line start, into the value the numbers around it establish (the one after the previous, before
 * the next printed one), and only when the glyphs could be that number: a Roman numeral must be
 * followed by an all-caps heading, an item number must be one more than the item before it or
 * one less than the item after it. Nothing else in a line is read, so 'HE' or 'Ill' inside
 * running text never becomes a numeral.
 */
export const ocrSectionNumbers: NormalizeStep = {
  name: 'ocr-section-numbers',
  run(text, options) {
    if (!options.fromOcr || options.ocrCorrection === 'off') return [];
    const items = numberedLines(text);
    const edits: Edit[] = [];
    repairRoman(items, edits);
    repairArabic(items, edits);
    edits.sort((a, b) => a.start - b.start);
    return asOcrResult(edits, options);
  },
};

function numberedLines(text: string): Item[] {
  const items: Item[] = [];
  let lastUpper = 0;
  let lastLower = 0;
  const lines = layoutLines(text);
  for (let i = 0; i < lines.count; i++) {
    if (lines.blank(i)) continue;
    const line = lines.text(i);
    const printed = matchNumbering(line);
    const scheme = printed?.scheme;
    const value = printed ? (numberValue(printed.scheme, printed.number) ?? 0) : 0;
    const start = lines.contentStart(i);
    if (scheme === 'part' || scheme === 'roman' || scheme === 'arabic') {
      const kind = scheme === 'part' ? 'reset' : scheme;
      items.push({
        scheme: kind,
        value,
        confirmed: true,
        start,
        end: start,
        token: printed!.number,
        marked: true,
      });
      lastLower = 0;
      continue;
    }
    // 'H.', 'E.', 'l.' that follow the letter before them are letters of their scheme.
    if (scheme === 'upper') {
      const follows = value === lastUpper + 1;
      lastUpper = value;
      if (follows) continue;
    }
    if (scheme === 'lower') {
      const follows = value === lastLower + 1;
      lastLower = value;
      if (follows) continue;
    }
    if (printed && scheme !== 'upper' && scheme !== 'lower') continue;
    const found = damagedNumber(line);
    if (found) items.push({ ...found, confirmed: false, start, end: start + found.length });
  }
  return items;
}

/** Roman numerals in sequence: each damaged one becomes the one after the previous numeral. */
function repairRoman(items: Item[], edits: Edit[]): void {
  // For each item: the next printed numeral, and whether any numeral follows, before a 'Phần'.
  const nextPrinted: number[] = new Array(items.length);
  const later: boolean[] = new Array(items.length);
  let printed = Number.POSITIVE_INFINITY;
  let any = false;
  for (let k = items.length - 1; k >= 0; k--) {
    nextPrinted[k] = printed;
    later[k] = any;
    const item = items[k]!;
    if (item.scheme === 'reset') {
      printed = Number.POSITIVE_INFINITY;
      any = false;
    } else if (item.scheme === 'roman') {
      if (item.confirmed) printed = item.value;
      any = true;
    }
  }
  let last = 0;
  items.forEach((item, k) => {
    if (item.scheme === 'reset') last = 0;
    if (item.scheme !== 'roman') return;
    if (item.confirmed) {
      last = item.value;
      return;
    }
    const value = romanFor(item, last, nextPrinted[k]!, later[k]!);
    if (value === null) return;
    item.value = value;
    item.confirmed = true;
    last = value;
    const confidence = isRomanNumeral(item.token) ? 0.9 : 0.8;
    edits.push({ start: item.start, end: item.end, to: `${toRoman(value)}.`, kind: 'ocr', confidence });
  });
}

function romanFor(item: Item, last: number, next: number, later: boolean): number | null {
  const expected = last + 1;
  // A lone heading establishes no sequence.
  if (expected >= next || (last === 0 && !later)) return null;
  if (isRomanNumeral(item.token)) {
    const value = romanValue(item.token);
    // 'I  MỤC ĐÍCH': only the dot is missing; a numeral that skips ahead needs its mark ('IV, …').
    if (value === expected || (item.marked && value > last && value < next)) return value;
    return null;
  }
  return item.marked && compatibleNumeral(item.token, toRoman(expected)) ? expected : null;
}

/** Item numbers under each Roman numeral: a damaged one next to its predecessor or successor. */
function repairArabic(items: readonly Item[], edits: Edit[]): void {
  let scope: Item[] = [];
  const close = () => {
    for (let k = 1; k < scope.length; k++) confirmIf(scope[k]!, scope[k - 1]!, -1, edits);
    for (let k = scope.length - 2; k >= 0; k--) confirmIf(scope[k]!, scope[k + 1]!, 1, edits);
    scope = [];
  };
  for (const item of items) {
    if (item.scheme === 'arabic') scope.push(item);
    else if (item.confirmed) close();
  }
  close();
}

function confirmIf(item: Item, neighbour: Item, step: -1 | 1, edits: Edit[]): void {
  if (item.confirmed || !neighbour.confirmed || neighbour.value !== item.value + step) return;
  item.confirmed = true;
  edits.push({ start: item.start, end: item.end, to: `${item.value}.`, kind: 'ocr', confidence: 0.9 });
}
