/** What a page's text layer is worth: usable text, none (a scan), or garbage (a font without ToUnicode). */
export type TextLayerQuality = 'text' | 'empty' | 'garbage';

// Letters only Vietnamese uses among Latin scripts: 'ă â đ ê ô ơ ư' and the toned vowels.
const VIETNAMESE = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/giu;
// Control characters, private-use glyph codes and U+FFFD: what an unmapped font gives.
const JUNK = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f\ue000-\uf8ff\ufffd]/gu;
// Latin-1 letters and signs that legacy Vietnamese fonts (TCVN3, VNI) show as: 'KÕ ho¹ch', 'Keá hoaïch'.
const LEGACY = /[\u00a1-\u00ff]/gu;

/**
 * Judges a text layer. Garbage: many control / private-use characters, or plenty of letters but
 * almost no Vietnamese ones and no legacy-font signs either (so it is not TCVN3/VNI text that
 * normalization will repair).
 */
export function textLayerQuality(text: string): TextLayerQuality {
  const visible = text.replace(/\s+/gu, '');
  if (visible.length < 20) return 'empty';
  const junk = visible.match(JUNK)?.length ?? 0;
  if (junk / visible.length > 0.05) return 'garbage';
  const letters = visible.match(/\p{L}/gu)?.length ?? 0;
  if (letters < visible.length * 0.3) return 'garbage';
  const vietnamese = visible.match(VIETNAMESE)?.length ?? 0;
  const legacy = visible.match(LEGACY)?.length ?? 0;
  if (letters >= 100 && vietnamese / letters < 0.01 && legacy / letters < 0.02) return 'garbage';
  return 'text';
}
