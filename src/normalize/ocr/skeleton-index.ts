import type { LanguageModel } from '../model/language-model.js';
import { stripAllMarks } from '../vietnamese/tones.js';

/**
 * Attested syllables grouped by their letters without any mark ('to' → tô, tơ, tố, tổ, tờ …):
 * the candidates for a word whose marks an OCR engine may have lost, added or misread.
 */
export interface SkeletonIndex {
  bySkeleton: Map<string, number[]>;
  /** The skeleton of each syllable id. */
  skeletons: string[];
}

const built = new WeakMap<LanguageModel, SkeletonIndex>();

export function skeletonIndex(model: LanguageModel): SkeletonIndex {
  const cached = built.get(model);
  if (cached) return cached;
  const bySkeleton = new Map<string, number[]>();
  const skeletons: string[] = new Array(model.syllables.length);
  model.syllables.forEach((s, id) => {
    const skeleton = stripAllMarks(s);
    skeletons[id] = skeleton;
    if (model.counts[id]! <= 0) return;
    const list = bySkeleton.get(skeleton);
    if (list) list.push(id);
    else bySkeleton.set(skeleton, [id]);
  });
  const index = { bySkeleton, skeletons };
  built.set(model, index);
  return index;
}
