import type { Edit } from '../edit.js';
import { asOcrResult } from '../ocr/as-ocr-result.js';
import type { NormalizeStep } from '../step.js';

// A word of digits and the letters OCR reads for them ('O' for 0, 'l' or 'I' for 1): '1O', '2O25',
// 'l86', 'O5'. A digit in it is what makes it a number; 'lO' alone is left as it is.
const RUN = /(?<![\p{L}\p{N}])[\dOolI]{2,4}(?![\p{L}\p{N}])/gu;
const HAS_DIGIT = /\d/u;
const HAS_LETTER = /[OolI]/u;
// Where a number stands: before '/', '-' or '.' and a digit or a code ('1O/KH-UBND', '3O/8',
// 'l0/2025'), after a number and '/' ('15/O6'), after 'ngày', 'tháng', 'năm', 'số'.
const BEFORE_NUMBER = /^\s{0,1}[/.-]\s{0,1}[\dA-ZĐ]/u;
const AFTER_NUMBER = /\d\s{0,1}[/.-]\s{0,1}$/u;
const AFTER_WORD = /(?<![\p{L}])(?:ngày|tháng|năm|số|Số:?)\s{1,2}$/iu;
// 'UBTVQHl5', 'NĐ-CPl2': a lower-case 'l' between a code's capitals and a digit is a 1.
const CODE_ONE = /(?<=\p{Lu})l(?=\d)/gu;
const DIGIT_OF: Readonly<Record<string, string>> = { O: '0', o: '0', l: '1', I: '1' };

/**
 * Letters OCR read for the digits of numbers and dates (SPEC §3: a letter between digits is
 * overwhelming evidence): 'Số: 1O/KH-UBND' → '10/KH-UBND', 'ngày O5 tháng 8 năm 2O25' → '05' and
 * '2025', 'Nghị định số l86/2025/NĐ-CP' → '186/…', 'NQ-UBTVQHl5' → 'UBTVQH15'. Only inside a
 * number's context: a word of such letters alone is left as it is.
 */
export const ocrDigits: NormalizeStep = {
  name: 'ocr-digits',
  run(text, options) {
    if (options.ocrCorrection === 'off') return [];
    const edits: Edit[] = [];
    for (const m of text.matchAll(RUN)) {
      const word = m[0];
      if (!HAS_DIGIT.test(word) || !HAS_LETTER.test(word)) continue;
      const at = m.index;
      const end = at + word.length;
      const inNumber =
        BEFORE_NUMBER.test(text.slice(end, end + 4)) ||
        AFTER_NUMBER.test(text.slice(Math.max(0, at - 4), at)) ||
        AFTER_WORD.test(text.slice(Math.max(0, at - 8), at));
      if (!inNumber) continue;
      edits.push({
        start: at,
        end,
        to: word.replace(/[OolI]/gu, (c) => DIGIT_OF[c]!),
        kind: 'ocr',
        confidence: 0.9,
      });
    }
    for (const m of text.matchAll(CODE_ONE))
      edits.push({ start: m.index, end: m.index + 1, to: '1', kind: 'ocr', confidence: 0.9 });
    edits.sort((a, b) => a.start - b.start);
    return asOcrResult(edits, options);
  },
};
