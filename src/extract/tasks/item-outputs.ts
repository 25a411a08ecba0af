import { lineStartMatches } from '../line-start-matches.js';

// 'Sản phẩm: Báo cáo kết quả thực hiện' at a line start — the expected output, to the end of
// its line (see lineStartMatches).
/** The labels of an output field, as a pattern: 'Sản phẩm', 'Kết quả đầu ra'. */
export const OUTPUT_LABELS = '(?:Sản phẩm|Kết quả đầu ra)';
const OUTPUT_AT = new RegExp(`[ \\t\\-+•]*${OUTPUT_LABELS}[ \\t]*:[ \\t]*(?<output>[^\\n]{1,300})`, 'iuy');

/** The outputs an item states with a 'Sản phẩm:' field, without trailing punctuation. */
export function itemOutputs(text: string): string[] {
  return lineStartMatches(text, OUTPUT_AT)
    .map((m) => (m.groups?.output ?? '').trim().replace(/[.;,]+$/u, ''))
    .filter((o) => o !== '');
}
