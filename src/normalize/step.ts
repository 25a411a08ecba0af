import type { ResolvedParseOptions } from '../options.js';
import type { Warning } from '../schema/warning.js';
import type { Edit } from './edit.js';

export type StepOptions = Pick<ResolvedParseOptions, 'toneStyle' | 'ocrCorrection' | 'fromOcr'>;

/** What a step found besides its edits. */
export interface StepResult {
  edits: Edit[];
  /** A legacy encoding recognised in the text ('tcvn3', 'vni', …). */
  encoding?: string;
  warnings?: Warning[];
  /** Corrections proposed but not applied (ocrCorrection: 'suggest'); spans in the step's input. */
  suggestions?: Edit[];
}

/** A normalization step: a named pure function from text to the edits it wants. */
export interface NormalizeStep {
  /** Kebab-case name, used to select or skip the step ('nfc', 'join-wrapped-lines'). */
  name: string;
  run(text: string, options: StepOptions): Edit[] | StepResult;
}
