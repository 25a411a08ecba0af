import type { Edit } from '../edit.js';
import type { StepOptions, StepResult } from '../step.js';

/** OCR-correction steps obey options.ocrCorrection: apply the edits, only suggest them, or neither. */
export function asOcrResult(edits: Edit[], options: StepOptions): StepResult {
  if (options.ocrCorrection === 'off') return { edits: [] };
  return options.ocrCorrection === 'suggest' ? { edits: [], suggestions: edits } : { edits };
}
