import { CharSet } from '../char-set.js';
import type { Edit } from '../edit.js';
import type { NormalizeStep } from '../step.js';

/**
 * Characters that PDF fonts and converters put where Vietnamese letters belong.
 * 'Chủ trƣơng' (U+01A3, Latin oi) is 'Chủ trương'; 'Ð' (Icelandic eth) is 'Đ'.
 */
const GLYPHS: Readonly<Record<string, string>> = {
  ƣ: 'ư',
  Ƣ: 'Ư',
  Ð: 'Đ',
  ð: 'đ',
  '\u00a0': ' ',
  '\u202f': ' ',
  '\u2007': ' ',
  '\u200b': '',
  '\u200c': '',
  '\u200d': '',
  '\u2060': '',
  '\ufeff': '',
  '\u00ad': '',
};

const GLYPH_CHARS = new RegExp(`[${Object.keys(GLYPHS).join('')}]`, 'g');
const GLYPH_SET = new CharSet(Object.keys(GLYPHS).map((ch) => ch.charCodeAt(0)));

export const glyphs: NormalizeStep = {
  name: 'glyphs',
  run(text) {
    if (!GLYPH_SET.foundIn(text)) return [];
    const edits: Edit[] = [];
    for (const m of text.matchAll(GLYPH_CHARS)) {
      const to = GLYPHS[m[0]] ?? m[0];
      const kind = to.trim() === '' ? 'unicode' : 'glyph';
      edits.push({ start: m.index, end: m.index + 1, to, kind, confidence: 1 });
    }
    return edits;
  },
};
