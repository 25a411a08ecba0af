import { CharSet } from '../char-set.js';
import type { Edit } from '../edit.js';
import type { NormalizeStep } from '../step.js';

// 'dòng 1\r\ndòng 2' and old Mac '\r' line ends become '\n'; form feeds (page breaks) too.
const LINE_END = /\r\n?|[\f\u2028\u2029\u0085]/g;
const LINE_END_CHARS = new CharSet([13, 12, 0x2028, 0x2029, 0x85]);

export const lineEndings: NormalizeStep = {
  name: 'line-endings',
  run(text) {
    if (!LINE_END_CHARS.foundIn(text)) return [];
    const edits: Edit[] = [];
    for (const m of text.matchAll(LINE_END)) {
      edits.push({ start: m.index, end: m.index + m[0].length, to: '\n', kind: 'layout', confidence: 1 });
    }
    return edits;
  },
};
