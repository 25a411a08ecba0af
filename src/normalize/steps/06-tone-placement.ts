import type { Edit } from '../edit.js';
import type { NormalizeStep } from '../step.js';
import { placeTone } from '../vietnamese/place-tone.js';

// A tone-marked vowel next to another vowel: only words holding one can have the tone in the
// wrong place ('Uỷ', 'hoà', 'họach'); the word around it is found by scanning.
const TWO_VOWELS =
  /(?:[aăâeêioôơuưyAĂÂEÊIOÔƠUƯY][àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ]|[àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ][aăâeêioôơuưyAĂÂEÊIOÔƠUƯY])/gu;
const LETTER = /\p{L}/u;

/**
 * One tone style throughout (SPEC §3): 'old' (default) puts the mark of an open 'oa', 'oe',
 * 'uy' on the first vowel as administrative texts do ('Tỉnh uỷ' → 'Tỉnh ủy', 'Thanh Hoá' →
 * 'Thanh Hóa'); 'new' on the second; 'preserve' leaves the text as it is.
 */
export const tonePlacement: NormalizeStep = {
  name: 'tone-placement',
  run(text, options) {
    if (options.toneStyle === 'preserve') return [];
    const style = options.toneStyle;
    const edits: Edit[] = [];
    const re = new RegExp(TWO_VOWELS);
    for (let m = re.exec(text); m; m = re.exec(text)) {
      let start = m.index;
      let end = m.index + m[0].length;
      while (start > 0 && LETTER.test(text[start - 1]!)) start--;
      while (end < text.length && LETTER.test(text[end]!)) end++;
      re.lastIndex = end;
      const word = text.slice(start, end);
      const to = placeTone(word, style);
      if (to !== word) edits.push({ start, end, to, kind: 'tone', confidence: 1 });
    }
    return edits;
  },
};
