import type { Warning } from '../../schema/warning.js';
import type { Edit } from '../edit.js';
import {
  decodeWord,
  LEGACY_SIGNATURE,
  type LegacyDecoder,
  legacyDecoders,
  VIQR_HINT,
} from '../encoding/legacy-decoders.js';
import { restoreCapitals, restoreLostU } from '../encoding/tcvn3-repairs.js';
import { type LanguageModel, languageModel } from '../model/language-model.js';
import { strictSyllableId } from '../model/syllable-lookup.js';
import type { NormalizeStep, StepResult } from '../step.js';

const NON_ASCII = /[^\u0000-\u007f]/;
// A line that may hold VIQR marks: 'Vie^.t Nam'.
const VIQR_LINE = /[\^(+`'?~.]|dd/i;

/** A syllable is worth 1, plus a little for its frequency (never more than 1 in all). */
const worth = (id: number, model: LanguageModel): number =>
  id < 0 ? 0 : 1 + Math.log10(1 + model.counts[id]!) / 8;

// Units and symbols that are no evidence: '25°C', '12 m²', '€'.
const UNIT = /^(?:\p{L}{1,2}[²³]|[^\p{L}]+)$/u;
const telling = (text: string, start: number, raw: string): boolean =>
  !UNIT.test(raw) && !(start > 0 && text.charCodeAt(start - 1) >= 48 && text.charCodeAt(start - 1) <= 57);

interface Word {
  start: number;
  end: number;
  raw: string;
  decoded: string;
}

/** A line's words as one decoder reads them, and how many more syllables decoding yields. */
function decodeLine(decoder: LegacyDecoder, text: string, from: number, to: number) {
  const model = languageModel();
  const words: Word[] = [];
  const strict = (w: string) => strictSyllableId(w, model) >= 0;
  let gained = 0;
  let lost = 0;
  let value = 0;
  const re = new RegExp(decoder.words.source, decoder.words.flags);
  for (const m of text.slice(from, to).matchAll(re)) {
    const raw = m[0];
    const decoded = decodeWord(decoder, raw, strict);
    const start = from + m.index;
    words.push({ start, end: start + raw.length, raw, decoded: decoded ?? raw });
    if (decoded === null || !telling(text, start, raw)) continue;
    const before = strictSyllableId(raw, model);
    const after = strictSyllableId(decoded, model);
    if (after >= 0 && before < 0) gained++;
    else if (before >= 0 && after < 0) lost++;
    value += worth(after, model) - worth(before, model);
  }
  // A word that was a syllable and is not after decoding speaks against the decoding; between
  // two syllables the more frequent one wins (VNI 'trò' is 'trị').
  return { words, gain: lost * 4 > gained ? 0 : value };
}

function lineRanges(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    out.push([start, end]);
    if (nl < 0) return out;
    start = nl + 1;
  }
}

/**
 * Legacy Vietnamese encodings — TCVN3 (ABC), VNI-Windows, VISCII, Windows-1258, VIQR — as raw
 * bytes (loaded one byte = one Windows-1252 character) or as mojibake in text from a PDF or
 * DOCX: 'KÕ ho¹ch' and 'Keá hoaïch' become 'Kế hoạch'. The decoding is the one that turns
 * the most words into Vietnamese syllables; it is applied per line, only where it gains,
 * so correct Unicode text (and the Unicode part of a mixed document) is never touched.
 */
export const legacyEncoding: NormalizeStep = {
  name: 'legacy-encoding',
  run(text): StepResult {
    const signature = LEGACY_SIGNATURE.test(text);
    const viqr = !signature && (text.match(VIQR_HINT)?.length ?? 0) >= 3;
    if (!signature && !viqr) return { edits: [] };
    // The encoding is chosen on the lines that show it, then tried on every line that could
    // hold it: VNI's 'Soá' or Windows-1258's 'Sôì' has no character Unicode text lacks.
    const all = lineRanges(text);
    const lines = all.filter(([s, e]) => {
      const line = text.slice(s, e);
      return viqr ? VIQR_LINE.test(line) : LEGACY_SIGNATURE.test(line);
    });
    const decoders = legacyDecoders.filter((d) => (d.name === 'viqr') === viqr);
    let best: LegacyDecoder | null = null;
    let bestGain = 1.5;
    for (const decoder of decoders) {
      let gain = 0;
      for (const [s, e] of lines) gain += decodeLine(decoder, text, s, e).gain;
      if (gain > bestGain) {
        best = decoder;
        bestGain = gain;
      }
    }
    if (!best) return { edits: [] };
    const lostU = best.name === 'tcvn3' && !text.includes('\u00ad');
    const edits: Edit[] = [];
    let decodedLines = 0;
    const candidates = viqr ? lines : all.filter(([s, e]) => NON_ASCII.test(text.slice(s, e)));
    for (const [s, e] of candidates) {
      const { words, gain } = decodeLine(best, text, s, e);
      if (gain <= 0) continue;
      decodedLines++;
      const outs = best.name === 'tcvn3' ? restoreCapitals(words) : words.map((w) => w.decoded);
      words.forEach((w, i) => {
        const to = lostU ? restoreLostU(outs[i]!) : outs[i]!;
        if (to !== w.raw) edits.push({ start: w.start, end: w.end, to, kind: 'encoding', confidence: 1 });
      });
    }
    if (edits.length === 0) return { edits };
    const warnings: Warning[] = [
      {
        code: 'LEGACY_ENCODING',
        message: `the text was in the legacy Vietnamese encoding ${best.name}; it was converted to Unicode`,
      },
    ];
    if (decodedLines < lines.length) {
      warnings.push({
        code: 'MIXED_ENCODING',
        message: `only ${decodedLines} of ${lines.length} lines with ${best.name} characters were converted; check the others`,
      });
    }
    return { edits, encoding: best.name, warnings };
  },
};
