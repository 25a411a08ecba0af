import { KehoachError } from './errors.js';

export type ToneStyle = 'old' | 'new' | 'preserve';
export type OcrCorrectionMode = 'apply' | 'suggest' | 'off';

export interface NormalizeOptions {
  /** Tone mark placement: 'old' ('hòa', 'Ủy', default), 'new' ('hoà', 'Uỷ') or 'preserve'. */
  toneStyle?: ToneStyle;
  /** Context-aware OCR correction: apply (default), only suggest, or off. */
  ocrCorrection?: OcrCorrectionMode;
  /** Run only these normalization steps, by name (default: all, in order). */
  steps?: readonly string[];
  /** Skip these normalization steps, by name. */
  skipSteps?: readonly string[];
  /**
   * The text came out of OCR (parsePlan sets it when it ran OCR): the repairs of what OCR alone
   * damages run too, such as section numbers ('HE. NỘI DUNG' → 'II. NỘI DUNG').
   */
  fromOcr?: boolean;
}

export interface ParseOptions extends NormalizeOptions {
  /** Inputs above this size are refused with TOO_LARGE (default 50 MB). */
  maxBytes?: number;
  /** OCR for scans: 'auto' runs it only where there is no usable text (default). */
  ocr?: 'auto' | 'always' | 'never';
  /**
   * Stop after this many milliseconds and return a partial plan with a TIME_BUDGET_EXCEEDED
   * warning: OCR'd pages after the first, extractor kinds and refine passes start only while
   * time is left (the rest of loading, normalization and segmentation always run).
   */
  timeBudgetMs?: number;
  /** The year to assume when neither the title nor the issue date gives one (never the clock). */
  referenceYear?: number;
}

export interface ResolvedParseOptions {
  toneStyle: ToneStyle;
  ocrCorrection: OcrCorrectionMode;
  steps: readonly string[] | null;
  skipSteps: readonly string[];
  fromOcr: boolean;
  maxBytes: number;
  ocr: 'auto' | 'always' | 'never';
  timeBudgetMs: number | null;
  referenceYear: number | null;
}

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

const isStringList = (value: unknown): boolean =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

/**
 * The options with their defaults, checked: anything a caller could mistype (from JavaScript,
 * where the types do not reach) is an INVALID_OPTIONS error naming it, never a crash later.
 * `null` is taken as no options.
 */
export function resolveOptions(given: ParseOptions | null = {}): ResolvedParseOptions {
  const options = given ?? {};
  if (typeof options !== 'object' || Array.isArray(options))
    throw new KehoachError(
      'INVALID_OPTIONS',
      `options must be an object ({ toneStyle: 'old', … }), not ${JSON.stringify(options)}`,
    );
  const { toneStyle = 'old', ocrCorrection = 'apply', ocr = 'auto' } = options;
  if (!['old', 'new', 'preserve'].includes(toneStyle)) {
    throw new KehoachError(
      'INVALID_OPTIONS',
      `toneStyle must be 'old', 'new' or 'preserve', not '${toneStyle}'`,
    );
  }
  if (!['apply', 'suggest', 'off'].includes(ocrCorrection)) {
    throw new KehoachError('INVALID_OPTIONS', `ocrCorrection must be 'apply', 'suggest' or 'off'`);
  }
  if (!['auto', 'always', 'never'].includes(ocr)) {
    throw new KehoachError('INVALID_OPTIONS', `ocr must be 'auto', 'always' or 'never'`);
  }
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (!(maxBytes > 0)) throw new KehoachError('INVALID_OPTIONS', 'maxBytes must be a positive number');
  if (options.timeBudgetMs !== undefined && !(options.timeBudgetMs >= 0)) {
    throw new KehoachError('INVALID_OPTIONS', 'timeBudgetMs must be a number of milliseconds, 0 or more');
  }
  const year = options.referenceYear;
  if (year !== undefined && !(Number.isInteger(year) && year >= 1000 && year <= 9999)) {
    throw new KehoachError(
      'INVALID_OPTIONS',
      `referenceYear must be a four-digit year (2024), not ${JSON.stringify(year)}`,
    );
  }
  for (const name of ['steps', 'skipSteps'] as const) {
    if (options[name] !== undefined && !isStringList(options[name]))
      throw new KehoachError('INVALID_OPTIONS', `${name} must be a list of step names (['nfc', …])`);
  }
  return {
    toneStyle,
    ocrCorrection,
    steps: options.steps ?? null,
    skipSteps: options.skipSteps ?? [],
    fromOcr: options.fromOcr === true,
    maxBytes,
    ocr,
    timeBudgetMs: options.timeBudgetMs ?? null,
    referenceYear: options.referenceYear ?? null,
  };
}
