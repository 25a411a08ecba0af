import type { NormalizeStep } from '../step.js';
import { lineEndings } from './01-line-endings.js';
import { nfc } from './02-nfc.js';
import { glyphs } from './03-glyphs.js';

/** Every normalization step, in the order they run. */
export const normalizeSteps: readonly NormalizeStep[] = [lineEndings, nfc, glyphs];
