import type { Edit } from '../edit.js';
import { asOcrResult } from '../ocr/as-ocr-result.js';
import type { NormalizeStep } from '../step.js';

// A code with a space after its dash: '432/UBND- HC', '33/CT- TTg', '35- CT/TW'.
const CODE_GAP = /(?<=[\dA-ZĐ])-[ \t]+(?=[A-ZĐ][A-Za-zĐ]*(?:[/-][A-Za-zĐ\d]+)*\b)/g;
// Words joined by a dash spaced on one side only: 'chính trị- xã hội', 'kinh tế -xã hội'.
const WORD_GAP = /(?<=\p{Ll})(?:-[ \t]+|[ \t]+-)(?=\p{Ll})/gu;

/** Dash spacing that OCR and retyping break: codes closed up, word pairs spaced on both sides. */
export const dashSpacing: NormalizeStep = {
  name: 'dash-spacing',
  run(text, options) {
    if (!text.includes('-')) return [];
    const edits: Edit[] = [];
    for (const m of text.matchAll(CODE_GAP)) {
      edits.push({ start: m.index, end: m.index + m[0].length, to: '-', kind: 'layout', confidence: 0.9 });
    }
    for (const m of text.matchAll(WORD_GAP)) {
      edits.push({ start: m.index, end: m.index + m[0].length, to: ' - ', kind: 'layout', confidence: 0.9 });
    }
    return asOcrResult(edits, options);
  },
};
