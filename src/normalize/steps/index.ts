import type { NormalizeStep } from '../step.js';
import { lineEndings } from './01-line-endings.js';
import { nfc } from './02-nfc.js';
import { legacyEncoding } from './03-legacy-encoding.js';
import { glyphs } from './04-glyphs.js';
import { lookalikes } from './05-lookalikes.js';
import { tonePlacement } from './06-tone-placement.js';
import { unwrapEmphasis } from './10-unwrap-emphasis.js';
import { splitColumns } from './11-split-columns.js';
import { dropRunningHeaders } from './12-drop-running-headers.js';
import { dropPageNumbers } from './13-drop-page-numbers.js';
import { dropBlankLinePadding } from './14-drop-blank-line-padding.js';
import { rejoinBrokenCodes } from './15-rejoin-broken-codes.js';
import { joinWrappedLines } from './16-join-wrapped-lines.js';

/** Every normalization step, in the order they run. */
export const normalizeSteps: readonly NormalizeStep[] = [
  lineEndings,
  nfc,
  legacyEncoding,
  glyphs,
  lookalikes,
  tonePlacement,
  // layout (10–19): emphasis, columns, running headers, page numbers, padding, broken codes, wrapped lines
  unwrapEmphasis,
  splitColumns,
  dropRunningHeaders,
  dropPageNumbers,
  dropBlankLinePadding,
  rejoinBrokenCodes,
  joinWrappedLines,
];
