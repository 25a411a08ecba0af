import type { NormalizeStep } from '../step.js';
import { lineEndings } from './01-line-endings.js';
import { nfc } from './02-nfc.js';
import { legacyEncoding } from './03-legacy-encoding.js';
import { glyphs } from './04-glyphs.js';
import { lookalikes } from './05-lookalikes.js';
import { tonePlacement } from './06-tone-placement.js';
import { quoteSpacing } from './20-quote-spacing.js';
import { abbreviationSlips } from './21-abbreviation-slips.js';
import { dashSpacing } from './22-dash-spacing.js';
import { ocrCorrection } from './23-ocr-correction.js';
import { doubledWords } from './24-doubled-words.js';

/** Every normalization step, in the order they run. */
export const normalizeSteps: readonly NormalizeStep[] = [
  lineEndings,
  nfc,
  legacyEncoding,
  glyphs,
  lookalikes,
  tonePlacement,
  // 10–19: layout
  quoteSpacing,
  abbreviationSlips,
  dashSpacing,
  ocrCorrection,
  doubledWords,
];
