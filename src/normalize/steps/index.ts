import type { NormalizeStep } from '../step.js';
import { lineEndings } from './01-line-endings.js';
import { nfc } from './02-nfc.js';
import { legacyEncoding } from './03-legacy-encoding.js';
import { glyphs } from './04-glyphs.js';
import { lookalikes } from './05-lookalikes.js';
import { tonePlacement } from './06-tone-placement.js';
import { ocrDigits } from './08-ocr-digits.js';
import { ocrSectionNumbers } from './09-ocr-section-numbers.js';
import { unwrapEmphasis } from './10-unwrap-emphasis.js';
import { splitColumns } from './11-split-columns.js';
import { dropRunningHeaders } from './12-drop-running-headers.js';
import { dropPageNumbers } from './13-drop-page-numbers.js';
import { dropBlankLinePadding } from './14-drop-blank-line-padding.js';
import { rejoinBrokenCodes } from './15-rejoin-broken-codes.js';
import { joinWrappedLines } from './16-join-wrapped-lines.js';
import { quoteSpacing } from './20-quote-spacing.js';
import { abbreviationSlips } from './21-abbreviation-slips.js';
import { dashSpacing } from './22-dash-spacing.js';
import { ocrCorrection } from './23-ocr-correction.js';
import { doubledWords } from './24-doubled-words.js';

/** Every normalization step, in the order they run. */
export const normalizeSteps: readonly NormalizeStep[] = [
  // 01–09: bytes and characters
  lineEndings,
  nfc,
  legacyEncoding,
  glyphs,
  lookalikes,
  tonePlacement,
  // letters OCR read for the digits of numbers and dates ('2O25', 'l86/2025')
  ocrDigits,
  // OCR'd text only: section numbers OCR misread, before layout reads numbered lines as blocks
  ocrSectionNumbers,
  // 10–19: layout — emphasis, columns, running headers, page numbers, padding, broken codes, wrapped lines
  unwrapEmphasis,
  splitColumns,
  dropRunningHeaders,
  dropPageNumbers,
  dropBlankLinePadding,
  rejoinBrokenCodes,
  joinWrappedLines,
  // 20–29: words — spacing, abbreviation slips, OCR correction over joined sentences
  quoteSpacing,
  abbreviationSlips,
  dashSpacing,
  ocrCorrection,
  doubledWords,
];
