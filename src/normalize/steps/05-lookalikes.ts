import { CharSet } from '../char-set.js';
import type { Edit } from '../edit.js';
import type { NormalizeStep } from '../step.js';
import { CHAR } from '../vietnamese/char-class.js';

const LETTER = CHAR.letter;
const isLetterCode = (c: number): boolean => LETTER[c] === 1;

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

// A Cyrillic or Greek letter: 'а' in 'Cаc'. The word around it is found by scanning.
const FOREIGN = /[\p{Script=Cyrillic}\p{Script=Greek}]/gu;
const LATIN = /\p{Script=Latin}/u;
// Edits are made only where a letter of the table stands: a text without one has nothing to repair.
const LOOKALIKE_CHARS = new CharSet(Object.keys(LOOKALIKES).map((ch) => ch.charCodeAt(0)));

export const lookalikes: NormalizeStep = {
  name: 'lookalikes',
  run(text) {
    if (!LOOKALIKE_CHARS.foundIn(text)) return [];
    const edits: Edit[] = [];
    const re = new RegExp(FOREIGN);
    for (let m = re.exec(text); m; m = re.exec(text)) {
      let start = m.index;
      let end = m.index + 1;
      while (start > 0 && isLetterCode(text.charCodeAt(start - 1))) start--;
      while (end < text.length && isLetterCode(text.charCodeAt(end))) end++;
      re.lastIndex = end;
      const word = text.slice(start, end);
      if (!LATIN.test(word)) continue;
      for (let i = 0; i < word.length; i++) {
        const to = LOOKALIKES[word[i]!];
        if (to) edits.push({ start: start + i, end: start + i + 1, to, kind: 'glyph', confidence: 1 });
      }
    }
    return edits;
  },
};
