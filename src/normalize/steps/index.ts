import type { NormalizeStep } from '../step.js';
import { lineEndings } from './01-line-endings.js';
import { nfc } from './02-nfc.js';
import { legacyEncoding } from './03-legacy-encoding.js';
import { glyphs } from './04-glyphs.js';
import { lookalikes } from './05-lookalikes.js';
import { tonePlacement } from './06-tone-placement.js';

/** Every normalization step, in the order they run. */
export const normalizeSteps: readonly NormalizeStep[] = [
  lineEndings,
  nfc,
  legacyEncoding,
  glyphs,
  lookalikes,
  tonePlacement,
];
