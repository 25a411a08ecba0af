import type { Warning } from '../../schema/warning.js';
import { CharSet, codesWhere } from '../char-set.js';
import type { Edit } from '../edit.js';
import {
  decodePieces,
  LEGACY_SIGNATURE,
  type LegacyDecoder,
  legacyDecoders,
  VIQR_HINT,
} from '../encoding/legacy-decoders.js';
import { restoreCapitals, restoreLostU } from '../encoding/tcvn3-repairs.js';
import { type LanguageModel, languageModel } from '../model/language-model.js';
import { strictSyllableId } from '../model/syllable-lookup.js';
import type { NormalizeStep, StepResult } from '../step.js';

// The same tests as LEGACY_SIGNATURE and VIQR's hat, horn and tone marks ('Vie^.t'), made by the
// shared census: they run on every text, and Unicode text has none of these characters.
const SIGNATURE = new CharSet(codesWhere((c) => LEGACY_SIGNATURE.test(String.fromCharCode(c))));
const VIQR_MARK = new CharSet(['^', '+', '`', '~'].map((ch) => ch.charCodeAt(0)));

/** Words that must turn into syllables before a document counts as legacy-encoded. */
const MIN_WORDS = 3;
const NON_ASCII = /[^\u0000-\u007f]/;
// Letters no Windows-1252 byte stands for (pdf.js's 'μ' aside).
const UNICODE_ONLY =
  /[^\u0000-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u03bc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]/;
// A line that may hold VIQR marks: 'Vie^.t Nam'.
const VIQR_LINE = /[\^(+`'?~.]|dd/i;

/** A syllable is worth 1, plus a little for its frequency (never more than 1 in all). */
const worth = (id: number, model: LanguageModel): number =>
  id < 0 ? 0 : 1 + Math.log10(1 + model.counts[id]!) / 8;

// Units and symbols that are no evidence: '25°C', '12 m²', '€'.
const UNIT = /^(?:\p{L}{1,2}[²³]|[^\p{L}]+)$/u;
const telling = (text: string, start: number, raw: string, first: boolean): boolean =>
  !UNIT.test(raw) &&
  !(first && start > 0 && text.charCodeAt(start - 1) >= 48 && text.charCodeAt(start - 1) <= 57);

/** A syllable's id only when it is written like a word: 'trên', 'Trên', 'TRÊN', not TCVN3 'trÊn'. */
function wordId(w: string, model: LanguageModel): number {
  const lower = w.toLowerCase();
  const plain = w === lower || w === w.toUpperCase() || w.slice(1) === lower.slice(1);
  return plain ? strictSyllableId(w, model) : -1;
}

interface Word {
  start: number;
  end: number;
  raw: string;
  decoded: string;
}

/**
 * A line's words as one decoder reads them, and what decoding gains: how many words become
 * syllables or more frequent ones, and their worth. In a line where decoding mostly gains,
 * every word is decoded (TCVN3 'cô' is 'cụ'); in a line where it gains here and there, only
 * the gaining words are (a Unicode word in a legacy line stays).
 */
function decodeLine(decoder: LegacyDecoder, text: string, from: number, to: number) {
  const model = languageModel();
  const strict = (w: string) => strictSyllableId(w, model) >= 0;
  const words: Array<Word & { value: number; gains: boolean }> = [];
  let gained = 0;
  let adverse = 0;
  const re = new RegExp(decoder.words.source, decoder.words.flags);
  for (const m of text.slice(from, to).matchAll(re)) {
    const raw = m[0];
    const start = from + m.index;
    // Legacy bytes read as Windows-1252 never give 'ư' or 'Ủ': such a word is Unicode already.
    if (UNICODE_ONLY.test(raw)) continue;
    // Scored piece by piece where quotes or dashes stay punctuation, so that a space added
    // after a quote later on does not change the decision.
    const pieces = decodePieces(decoder, raw, strict);
    let value = 0;
    let first = true;
    for (const piece of pieces) {
      if (!piece.punctuation && piece.decoded !== piece.raw && telling(text, start, piece.raw, first)) {
        value +=
          worth(strictSyllableId(piece.decoded, model), model) - worth(wordId(piece.raw, model), model);
      }
      first = false;
    }
    const decoded = pieces.map((p) => p.decoded).join('');
    if (decoded === raw) continue;
    const gains = value > 0;
    if (gains) gained++;
    else if (value < 0) adverse++;
    words.push({ start, end: start + raw.length, raw, decoded, value, gains });
  }
  const wholeLine = gained >= 2 * adverse;
  const chosen = wholeLine ? words : words.filter((w) => w.gains);
  return { words: chosen, gained, gain: chosen.reduce((sum, w) => sum + w.value, 0) };
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
    const signature = SIGNATURE.foundIn(text);
    // VIQR needs its hat or horn marks somewhere before the costlier count.
    const viqr = VIQR_MARK.foundIn(text) && (text.match(VIQR_HINT)?.length ?? 0) >= 3;
    if (!signature && !viqr) return { edits: [] };
    // The encoding is chosen on the lines that show it, then tried on every line that could
    // hold it: VNI's 'Soá' or Windows-1258's 'Sôì' has no character Unicode text lacks.
    const all = lineRanges(text);
    const shows = (d: LegacyDecoder, line: string) =>
      d.name === 'viqr' ? VIQR_LINE.test(line) : LEGACY_SIGNATURE.test(line);
    const decoders = legacyDecoders.filter((d) => (d.name === 'viqr' ? viqr : signature));
    let best: LegacyDecoder | null = null;
    let bestGain = 0;
    for (const decoder of decoders) {
      let gain = 0;
      let gained = 0;
      for (const [s, e] of all) {
        if (!shows(decoder, text.slice(s, e))) continue;
        const line = decodeLine(decoder, text, s, e);
        gain += line.gain;
        gained += line.gained;
      }
      // Two or three stray symbols ('25°C', a Greek 'μ') are no evidence of an encoding.
      if (gained >= MIN_WORDS && gain > bestGain) {
        best = decoder;
        bestGain = gain;
      }
    }
    if (!best) return { edits: [] };
    const lostU = best.name === 'tcvn3' && !text.includes('\u00ad');
    const edits: Edit[] = [];
    let decodedLines = 0;
    const decoder = best;
    const lines = all.filter(([s, e]) => shows(decoder, text.slice(s, e)));
    const candidates =
      best.name === 'viqr' ? lines : all.filter(([s, e]) => NON_ASCII.test(text.slice(s, e)));
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
