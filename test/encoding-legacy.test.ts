import { describe, expect, test } from 'vitest';
import { normalizeText, parsePlan, toSourceOffset } from '../src/index.js';
import { decodeText } from '../src/load/decode-text.js';
import { encodeLegacy } from './helpers/legacy-encode.js';

const SAMPLE =
  'KẾ HOẠCH\nThực hiện công tác dân vận chính quyền năm 2023 của Ủy ban nhân dân thị trấn.\n' +
  'người dân được hưởng lợi, tổ chức đối thoại trực tiếp với Nhân dân.';

describe('legacy encodings as raw bytes', () => {
  test.each(['tcvn3', 'vni', 'viscii', 'windows-1258'] as const)('%s bytes → Unicode', (encoding) => {
    const decoded = decodeText(encodeLegacy(SAMPLE, encoding));
    expect(decoded.encoding).toBe('windows-1252');
    const r = normalizeText(decoded.text);
    expect(r.text).toBe(SAMPLE);
    expect(r.encoding).toBe(encoding);
    expect(r.warnings.map((w) => w.code)).toContain('LEGACY_ENCODING');
    // Offsets lead back to the bytes: one byte is one character of the loaded text.
    for (const c of r.corrections) {
      const s = toSourceOffset(r, c.span.start, 'start');
      const e = toSourceOffset(r, c.span.end, 'end');
      expect(decoded.text.slice(s, e)).toBe(c.from);
    }
  });

  test('parsePlan reports the encoding in plan.source', async () => {
    const plan = await parsePlan(encodeLegacy(SAMPLE, 'tcvn3'));
    expect(plan.source.encoding).toBe('tcvn3');
    expect(plan.text).toContain('Ủy ban nhân dân');
  });
});

describe('legacy encodings as mojibake inside Unicode text', () => {
  test.each([
    ['KÕ ho¹ch thùc hiÖn c«ng t¸c d©n vËn', 'Kế hoạch thực hiện công tác dân vận', 'tcvn3'],
    // .VnTimeH draws lower-case codes as capitals
    ['KÕ HO¹CH THùC HIÖN', 'KẾ HOẠCH THỰC HIỆN', 'tcvn3'],
    // pdf.js: 0xB5 'à' as Greek mu; the soft hyphen of 'ư' dropped
    ['Trêng häc vμ nhμ níc cña ngêi d©n', 'Trường học và nhà nước của người dân', 'tcvn3'],
    ['Keá hoaïch thöïc hieän coâng taùc daân vaän', 'Kế hoạch thực hiện công tác dân vận', 'vni'],
    ['KEÁ HOAÏCH THÖÏC HIEÄN', 'KẾ HOẠCH THỰC HIỆN', 'vni'],
    ["Ke^' hoa.ch thu+.c hie^.n co^ng ta'c da^n va^.n", 'Kế hoạch thực hiện công tác dân vận', 'viqr'],
    ['DDa?ng bo^. xa~ va` ngu+o+`i da^n', 'Đảng bộ xã và người dân', 'viqr'],
  ])('%j → %j (%s)', (input, expected, encoding) => {
    const r = normalizeText(input);
    expect(r.text).toBe(expected);
    expect(r.encoding).toBe(encoding);
  });

  test('a mixed document: only the legacy lines are converted', () => {
    const input = 'Ủy ban nhân dân xã Nam Chính\nKÕ ho¹ch thùc hiÖn c«ng t¸c d©n vËn\nTổ chức thực hiện.';
    const r = normalizeText(input);
    expect(r.text).toBe(
      'Ủy ban nhân dân xã Nam Chính\nKế hoạch thực hiện công tác dân vận\nTổ chức thực hiện.',
    );
  });

  // Negative rows: correct Unicode text, and Latin-1 text that is not Vietnamese, stay as they are.
  test.each([
    'Ủy ban nhân dân xã Nam Chính, hòa giải ở cơ sở, “Dân vận khéo” – năm 2023…',
    'Nhiệt độ 25°C, diện tích 12 m², giá 1.500 €',
    'Café crème, naïve façade, Zürich',
    'Thực hiện Quyết định số 23-QĐ/TW; Công văn số 432/UBND-HC.',
    "Don't stop: it's 5 o'clock.",
  ])('unchanged: %j', (input) => {
    const r = normalizeText(input, { steps: ['legacy-encoding'] });
    expect(r.text).toBe(input);
    expect(r.encoding).toBeNull();
  });
});
