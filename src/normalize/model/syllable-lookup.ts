import { placeTone } from '../vietnamese/place-tone.js';
import { type LanguageModel, languageModel } from './language-model.js';

/**
 * The model id of a word taken as one syllable, or -1: lower case, old tone style
 * ('Hoà' → 'hòa'). The common case — a lower-case word already in the old style — costs
 * one hash lookup.
 */
export function syllableId(word: string, model: LanguageModel = languageModel()): number {
  const direct = model.ids.get(word);
  if (direct !== undefined) return direct;
  const lower = word.toLowerCase();
  const id = model.ids.get(lower) ?? model.ids.get(placeTone(lower, 'old'));
  return id ?? -1;
}

/**
 * The id only when the tone mark already stands where the old or the new style puts it:
 * 'sồi' and 'hoà' yes, 'sôì' (Windows-1258 bytes read as Windows-1252) no.
 */
export function strictSyllableId(word: string, model: LanguageModel = languageModel()): number {
  const direct = model.ids.get(word);
  if (direct !== undefined) return direct;
  const lower = word.toLowerCase();
  const old = placeTone(lower, 'old');
  if (old !== lower && placeTone(lower, 'new') !== lower) return -1;
  return model.ids.get(old) ?? -1;
}

/** True when the word is a possible Vietnamese syllable (attested or not). */
export const isSyllable = (word: string, model?: LanguageModel): boolean => syllableId(word, model) >= 0;

/** How often the syllable was seen (0 for possible-but-unseen and for non-syllables). */
export function syllableCount(word: string, model: LanguageModel = languageModel()): number {
  const id = syllableId(word, model);
  return id < 0 ? 0 : model.counts[id]!;
}
