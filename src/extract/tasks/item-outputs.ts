// 'Sản phẩm: Báo cáo kết quả thực hiện' — the expected output, to the end of its line.
const OUTPUT = /^[ \t\-+•]*(?:Sản phẩm|Kết quả đầu ra)[ \t]*:[ \t]*(?<output>[^\n]{1,300})/gimu;

/** The outputs an item states with a 'Sản phẩm:' field, without trailing punctuation. */
export function itemOutputs(text: string): string[] {
  return [...text.matchAll(OUTPUT)]
    .map((m) => (m.groups?.output ?? '').trim().replace(/[.;,]+$/u, ''))
    .filter((o) => o !== '');
}
