import type { Found } from './extract/types.js';
import type { Loaded } from './load/types.js';
import type { NormalizedText } from './normalize/index.js';
import type { RefineState } from './refine/types.js';
import type { Plan } from './schema/plan.js';
import type { Segmented } from './segment/types.js';

export interface AssembleInput {
  loaded: Loaded;
  normalized: NormalizedText;
  seg: Segmented;
  found: Found;
  refined: RefineState;
}

/** Puts the stages' results together into the Plan of SPEC §2. */
export function assemble({ loaded, normalized, seg, found, refined }: AssembleInput): Plan {
  return {
    schemaVersion: 1,
    source: {
      format: loaded.format,
      encoding: normalized.encoding ?? loaded.encoding,
      pages: loaded.pages,
      ocr: loaded.ocr,
      bytes: loaded.bytes,
      sha256: loaded.sha256,
    },
    text: normalized.text,
    meta: found.meta,
    sections: seg.sections,
    tasks: refined.tasks,
    units: refined.units,
    deadlines: refined.deadlines,
    citations: refined.citations,
    corrections: normalized.corrections,
    warnings: [...loaded.warnings, ...normalized.warnings, ...seg.warnings, ...refined.warnings],
    offsetMap: normalized.offsetMap,
  };
}
