import { documentTypes } from '../../lexicon/document-types.js';
import type { Citation } from '../../schema/citation.js';
import { isSpaceCode } from '../../segment/white-space.js';
import type { Extractor } from '../types.js';
import { digitRuns } from './digit-runs.js';
import { typeBefore } from './type-before.js';

// 'Chỉ thị 33', 'Quyết định số 269' — a number with no code: a short form of a citation. Tried
// where a run of digits starts, the only place it can match (nothing glued before it).
const BARE_NUMBER_AT = /(?<![\p{L}\p{N}/.,-])\d{1,5}(?![\p{L}\p{N}/.-]|,\d|\s{0,4}[-/]\s{0,4}[\p{L}\d])/uy;
// The last word of every type name ('thị', 'định', 'số'): a cheap test before the full look-back.
const LAST_WORDS = new Set<string>([
  ...documentTypes.map((t) => t.name.split(' ').pop()!.toLowerCase()),
  'số',
]);
const WORD_BEFORE = /(?<word>[\p{L}]+)[\s:]{1,8}$/u;
const COLON = 0x3a;
const spaceOrColon = (code: number): boolean => code === COLON || isSpaceCode(code);

/**
 * A type word and a bare number ('thực hiện Chỉ thị 33'): refine/ makes it a mention of the
 * numbered citation of the same type and number, and drops it when there is none.
 */
export const shortForm: Extractor<Citation> = {
  ruleId: 'citation.short-form',
  find(ctx) {
    const { text } = ctx;
    const out: Citation[] = [];
    for (const at of digitRuns(ctx).starts) {
      // WORD_BEFORE needs white space or a ':' right before the number: most runs of digits
      // (the parts of a date, a code's year) have neither, and are passed over untried.
      if (!spaceOrColon(text.charCodeAt(at - 1))) continue;
      BARE_NUMBER_AT.lastIndex = at;
      const m = BARE_NUMBER_AT.exec(text);
      if (!m) continue;
      const word = WORD_BEFORE.exec(text.slice(Math.max(0, m.index - 14), m.index))?.groups?.['word'];
      if (!word || !LAST_WORDS.has(word.toLowerCase())) continue;
      const t = typeBefore(text, m.index);
      if (!t?.type) continue;
      out.push({
        id: null,
        type: t.type,
        number: m[0],
        year: null,
        issuedDate: null,
        issuer: null,
        title: null,
        mentions: [{ start: t.start, end: m.index + m[0].length }],
        ruleId: 'citation.short-form',
        confidence: 0.5,
      });
    }
    return out;
  },
};
