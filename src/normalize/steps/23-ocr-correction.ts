import { unitLevels } from '../../lexicon/unit-levels.js';
import type { Edit } from '../edit.js';
import { languageModel } from '../model/language-model.js';
import { asOcrResult } from '../ocr/as-ocr-result.js';
import { type Candidate, candidatesFor } from '../ocr/candidates.js';
import { correctRun } from '../ocr/correct-run.js';
import { restoreCase } from '../ocr/restore-case.js';
import type { NormalizeStep } from '../step.js';
import { Bit, Shape, shapeOf, type Words } from '../words/scan-words.js';
import { wordsOf } from '../words/words-of.js';

/** A capitalised word inside a sentence is taken for a name: changing it costs this much more. */
const NAME_FACTOR = 3;
const NO_RIGHT = -2;
/** A capitalised word inside a sentence: a name, by the look of it. */
const isName = (bits: number): boolean =>
  shapeOf(bits) === Shape.Capitalised && (bits & Bit.BreakBefore) === 0;
/**
 * A name, by the look of it: a capitalised word inside a sentence, or one followed by another
 * capitalised word ('…, Đak Pơ, Chư Păh': after a comma, at a line's start).
 */
function nameAt(words: Words, i: number): boolean {
  const bits = words.bits[i]!;
  if (isName(bits)) return true;
  if (shapeOf(bits) !== Shape.Capitalised || i + 1 >= words.count) return false;
  const next = words.bits[i + 1]!;
  return (next & Bit.BreakBefore) === 0 && shapeOf(next) !== Shape.Lower;
}
/**
 * How much likelier (ln, after the change penalty) the corrected reading must be when it
 * replaces a real syllable: e^0.8 ≈ 2.2 times. On the corpus and six further plans, the wrong
 * changes of correct words had margins of 0.2 to 0.7 and the true repairs 0.9 and more; two
 * wrong changes with large margins ('phân công tổ tự quản' → 'tố') are past any threshold.
 */
const MIN_MARGIN_FOR_REAL_SYLLABLE = 0.8;
/**
 * A text shows damage when at least MIN_DAMAGE of its repairs are clear: a word Vietnamese does
 * not have, or a reading CLEAN_TEXT_MARGIN likelier (e^3 ≈ 20 times). In a text without damage —
 * typed, exported, clean — a real syllable is replaced only on that margin: there the model's
 * gaps in administrative language ('sổ theo dõi', 'của ấp', 'nhà tu hành', 'duy trì đội đáp
 * ứng') were read as slips. On the corpus, the probe plans and the OCR-noise benchmark, no true
 * repair is lost by it. A text read by OCR is damaged by its nature, and a text of fewer than
 * MIN_WORDS words (a line, a cell) too short to tell.
 */
const MIN_DAMAGE = 3;
const MIN_WORDS = 200;
const CLEAN_TEXT_MARGIN = 3;
/** Longest run of suspicious words decoded at once. */
const WINDOW = 6;

/** A run's decision, kept per model across texts: repeated phrases are decided once. */
type Decision = { ids: number[]; margin: number } | null;
const DECISIONS = new WeakMap<object, Map<string, Decision>>();
const DECISION_LIMIT = 50_000;

function decisionsFor(model: object): Map<string, Decision> {
  let memo = DECISIONS.get(model);
  if (!memo) {
    memo = new Map();
    DECISIONS.set(model, memo);
  }
  if (memo.size > DECISION_LIMIT) memo.clear();
  return memo;
}

/**
 * Context-aware OCR correction (SPEC §3): 'ỉập' → 'lập', 'tố chức' → 'tổ chức', 'một sổ điều'
 * → 'một số điều'. Most words are accepted after a lookup of the word and of the two bigrams
 * around it; the others are suspicious, and each run of suspicious words is decoded by Viterbi
 * over a syllable bigram model against a change penalty, so a word changes only on strong
 * evidence and only into an attested syllable. Codes, numbers, abbreviations, Roman numerals
 * and single letters never change; capitalised names need overwhelming evidence.
 */
export const ocrCorrection: NormalizeStep = {
  name: 'ocr-correction',
  run(text, options) {
    if (options.ocrCorrection === 'off' || text.length === 0) return [];
    const model = languageModel();
    const words = wordsOf(text, model);
    const suspicious = findSuspicious(words, model);
    const edits: Pending[] = [];
    const memo = decisionsFor(model);
    for (let i = 0; i < words.count; i++) {
      if (!suspicious[i]) continue;
      // A run of suspicious words, cut into windows so that no input makes Viterbi long.
      let j = i;
      while (
        j + 1 < words.count &&
        j - i + 1 < WINDOW &&
        suspicious[j + 1] &&
        (words.bits[j + 1]! & Bit.BreakBefore) === 0
      )
        j++;
      correct(text, words, i, j, model, options.toneStyle, edits, memo);
      i = j;
    }
    const judged = options.fromOcr !== true && words.count >= MIN_WORDS;
    return asOcrResult(judged ? withoutThinChanges(edits) : edits.map((p) => p.edit), options);
  },
};

/**
 * The ids of the one-syllable level words ('xã', 'phường', 'huyện' …), per model. After a
 * capitalised word (or its second syllable) they end a unit's name ('Ủy ban MTTQ Việt Nam phường', 'Phòng Kinh tế, Hạ
 * tầng và Đô thị phường'), a pair a model of plans from other levels may never have seen: there
 * they are not suspects ('phường' → 'phương').
 */
const LEVEL_IDS = new WeakMap<object, Set<number>>();
function levelIds(model: ReturnType<typeof languageModel>): Set<number> {
  let ids = LEVEL_IDS.get(model);
  if (!ids) {
    ids = new Set(unitLevels.filter((l) => !l.includes(' ')).map((l) => model.ids.get(l) ?? -1));
    LEVEL_IDS.set(model, ids);
  }
  return ids;
}

/** Whether word i follows a capitalised word, or the lower-case second syllable of one ('Đô thị'). */
function afterName(bits: Uint8Array, i: number): boolean {
  if (shapeOf(bits[i - 1]!) !== Shape.Lower) return true;
  return i >= 2 && (bits[i - 1]! & Bit.BreakBefore) === 0 && shapeOf(bits[i - 2]!) !== Shape.Lower;
}

function findSuspicious(words: Words, model: ReturnType<typeof languageModel>): Uint8Array {
  const out = new Uint8Array(words.count);
  const { id, bits, count } = words;
  const { bigrams, counts } = model;
  const levels = levelIds(model);
  // Word i's right pair is word i+1's left pair: each bigram is looked up once (-1: not looked up).
  let pairOnRight = -1;
  for (let i = 0; i < count; i++) {
    const pairOnLeft = pairOnRight;
    pairOnRight = -1;
    const b = bits[i]!;
    if ((b & Bit.Fixed) !== 0) continue;
    const w = id[i]!;
    if (w < 0 || counts[w]! === 0) {
      out[i] = 1;
      continue;
    }
    if ((b & Bit.BreakBefore) === 0 && levels.has(w) && afterName(bits, i)) continue;
    // Next to an unknown word there is no evidence either way: decide the two together.
    // A word repeated ('từ từ', 'số số') is reduplication, not a slip. (The first word always
    // has a break before it, so word i - 1 is read only when there is one.)
    if ((b & Bit.BreakBefore) === 0) {
      const prev = id[i - 1]!;
      const leftOk =
        prev === w ||
        (prev < 0
          ? (bits[i - 1]! & Bit.Fixed) !== 0
          : pairOnLeft >= 0
            ? pairOnLeft === 1
            : bigrams.has(prev, w));
      if (!leftOk) {
        out[i] = 1;
        continue;
      }
    }
    if (i + 1 >= count) continue;
    const nextBits = bits[i + 1]!;
    if ((nextBits & Bit.BreakBefore) !== 0) continue;
    const next = id[i + 1]!;
    if (next === w) continue;
    if (next < 0) {
      if ((nextBits & Bit.Fixed) === 0) out[i] = 1;
      continue;
    }
    pairOnRight = bigrams.has(w, next) ? 1 : 0;
    if (pairOnRight === 0) out[i] = 1;
  }
  return out;
}

/** An edit, whether it replaces a real syllable, and the margin of its run's decision. */
interface Pending {
  edit: Edit;
  real: boolean;
  margin: number;
}

/** The edits, without a clean text's real-syllable changes on less than CLEAN_TEXT_MARGIN. */
function withoutThinChanges(pending: readonly Pending[]): Edit[] {
  let damage = 0;
  for (const p of pending) if (!p.real || p.margin >= CLEAN_TEXT_MARGIN) damage++;
  const clean = damage < MIN_DAMAGE;
  return pending.filter((p) => !(clean && p.real && p.margin < CLEAN_TEXT_MARGIN)).map((p) => p.edit);
}

function correct(
  text: string,
  words: Words,
  from: number,
  to: number,
  model: ReturnType<typeof languageModel>,
  style: 'old' | 'new' | 'preserve',
  edits: Pending[],
  memo: Map<string, Decision>,
): void {
  const { bits } = words;
  const left = (bits[from]! & Bit.BreakBefore) !== 0 ? -1 : words.id[from - 1]!;
  const rightId =
    to + 1 < words.count && (bits[to + 1]! & Bit.BreakBefore) === 0 ? words.id[to + 1]! : NO_RIGHT;
  const right = rightId < 0 ? NO_RIGHT : rightId;
  let key = `${left} ${right}`;
  for (let i = from; i <= to; i++) {
    const name = nameAt(words, i);
    key += ` ${text.slice(words.start[i]!, words.end[i]!).toLowerCase()}${name ? '*' : ''}`;
  }
  let decision = memo.get(key);
  if (decision === undefined) {
    decision = decide(text, words, from, to, model, left, right);
    memo.set(key, decision);
  }
  if (!decision) return;
  const confidence = Math.round((decision.margin / (decision.margin + 2)) * 100) / 100;
  decision.ids.forEach((id, k) => {
    if (id < 0) return;
    const i = from + k;
    const replacement = restoreCase(model.syllables[id]!, shapeOf(bits[i]!), style);
    edits.push({
      edit: { start: words.start[i]!, end: words.end[i]!, to: replacement, kind: 'ocr', confidence },
      real: words.id[i]! >= 0,
      margin: decision.margin,
    });
  });
}

/** The syllables to put in place of a run (-1: keep the word), or null to keep them all. */
function decide(
  text: string,
  words: Words,
  from: number,
  to: number,
  model: ReturnType<typeof languageModel>,
  left: number,
  right: number,
): Decision {
  const options: Candidate[][] = [];
  for (let i = from; i <= to; i++) {
    const lower = text.slice(words.start[i]!, words.end[i]!).toLowerCase();
    const selfId = words.id[i]!;
    const cands = candidatesFor(lower, selfId, model);
    if (selfId < 0) cands.push({ id: -1, cost: 0 });
    if (nameAt(words, i)) for (const c of cands) c.cost *= NAME_FACTOR;
    options.push(cands);
  }
  const { chosen, margin } = correctRun(model, left, right, options);
  if (margin <= 0) return null;
  // A real syllable replaced by another is a change a correct text can suffer ('sổ điểm' →
  // 'số điểm', 'không gian mạng vào' → 'mang vào'): it needs a clear margin, where a syllable
  // that Vietnamese does not have needs only the better reading.
  if (
    margin < MIN_MARGIN_FOR_REAL_SYLLABLE &&
    chosen.some((c, k) => c.cost !== 0 && words.id[from + k]! >= 0)
  )
    return null;
  return { ids: chosen.map((c) => (c.cost === 0 ? -1 : c.id)), margin };
}
