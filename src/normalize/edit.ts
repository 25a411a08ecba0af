import type { CorrectionKind } from '../schema/correction.js';

/** One replacement a normalization step wants: text [start, end) becomes `to`. */
export interface Edit {
  start: number;
  end: number;
  to: string;
  kind: CorrectionKind;
  /** How sure the step is; 1 for deterministic repairs. */
  confidence?: number;
}
