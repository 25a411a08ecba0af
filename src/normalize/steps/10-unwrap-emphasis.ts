import type { Edit } from '../edit.js';
import type { NormalizeStep } from '../step.js';

// '**TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH**', '***Ghi chú***': bold markers touching a word on one side.
const STRONG = /(?<!\*)\*{2,3}(?!\*)/gu;
// '(*qua phòng Nội vụ*)', '_Ghi chú_': one marker each side of a phrase on one line.
const EMPHASIS =
  /(?<![\p{L}\p{N}*_])(?<mark>[*_])(?=[\p{L}\p{N}"“(])[^*_\n]{1,300}?(?<=[\p{L}\p{N}.,;:"”)])\k<mark>(?![\p{L}\p{N}*_])/gu;

/**
 * Markdown emphasis left by converters (SPEC §3 layout): the markers go, the words stay.
 * A bold marker counts only when it touches a non-space character, so that a '** ** **'
 * rule or a lone '*' footnote mark is left alone.
 */
export const unwrapEmphasis: NormalizeStep = {
  name: 'unwrap-emphasis',
  run(text) {
    if (!text.includes('*') && !text.includes('_')) return [];
    const edits: Edit[] = [];
    const remove = (start: number, end: number) =>
      edits.push({ start, end, to: '', kind: 'layout', confidence: 0.95 });
    for (const m of text.matchAll(STRONG)) {
      const before = text[m.index - 1] ?? ' ';
      const after = text[m.index + m[0].length] ?? ' ';
      if (/\S/u.test(before) || /\S/u.test(after)) remove(m.index, m.index + m[0].length);
    }
    const strong = new Set(edits.map((e) => e.start));
    for (const m of text.matchAll(EMPHASIS)) {
      if (strong.has(m.index)) continue;
      remove(m.index, m.index + 1);
      remove(m.index + m[0].length - 1, m.index + m[0].length);
    }
    return edits;
  },
};
