import type { Edit } from '../edit.js';
import type { NormalizeStep } from '../step.js';

/**
 * Cyrillic and Greek letters that look like Latin ones, as OCR engines and copy-paste put
 * them inside Vietnamese words: 'Cаc' with a Cyrillic 'а', 'tổ chức' with a Greek 'ο'.
 * Only inside a word that also has Latin letters; a Russian or Greek word is left alone.
 */
const LOOKALIKES: Readonly<Record<string, string>> = {
  а: 'a',
  е: 'e',
  о: 'o',
  р: 'p',
  с: 'c',
  у: 'y',
  х: 'x',
  і: 'i',
  ј: 'j',
  һ: 'h',
  ԛ: 'q',
  ѕ: 's',
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  Х: 'X',
  У: 'Y',
  І: 'I',
  Ј: 'J',
  Ѕ: 'S',
  ο: 'o',
  α: 'a',
  ν: 'v',
  ι: 'i',
  κ: 'k',
  τ: 't',
  Α: 'A',
  Β: 'B',
  Ε: 'E',
  Η: 'H',
  Ι: 'I',
  Κ: 'K',
  Μ: 'M',
  Ν: 'N',
  Ο: 'O',
  Ρ: 'P',
  Τ: 'T',
  Χ: 'X',
  Υ: 'Y',
  Ζ: 'Z',
};

// A word mixing scripts: 'Cаc' (Latin C, Cyrillic а, Latin c).
const MIXED_WORD = /[\p{L}\p{M}]*[\p{Script=Cyrillic}\p{Script=Greek}][\p{L}\p{M}]*/gu;
const LATIN = /\p{Script=Latin}/u;

export const lookalikes: NormalizeStep = {
  name: 'lookalikes',
  run(text) {
    const edits: Edit[] = [];
    for (const m of text.matchAll(MIXED_WORD)) {
      if (!LATIN.test(m[0])) continue;
      for (let i = 0; i < m[0].length; i++) {
        const to = LOOKALIKES[m[0][i]!];
        if (to) edits.push({ start: m.index + i, end: m.index + i + 1, to, kind: 'glyph', confidence: 1 });
      }
    }
    return edits;
  },
};
