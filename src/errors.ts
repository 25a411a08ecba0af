/** Stable error codes: callers branch on these, so they never change meaning. */
export const errorCodes = [
  'UNSUPPORTED_FORMAT',
  'CORRUPT_FILE',
  'ENCRYPTED_FILE',
  'EMPTY_DOCUMENT',
  'TOO_LARGE',
  'OCR_UNAVAILABLE',
  'OCR_FAILED',
  'FILE_NOT_FOUND',
  'FILE_UNREADABLE',
  'INVALID_OPTIONS',
  'INTERNAL',
] as const;

export type KehoachErrorCode = (typeof errorCodes)[number];

/** The only error the library throws; `code` says what went wrong, `message` what to do. */
export class KehoachError extends Error {
  readonly code: KehoachErrorCode;

  constructor(code: KehoachErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'KehoachError';
    this.code = code;
  }
}

export function isKehoachError(value: unknown): value is KehoachError {
  return value instanceof KehoachError;
}

/** The error for an input above `maxBytes`; `what` names it ('the input', a file's path). */
export function tooLarge(size: number, max: number, what = 'the input'): KehoachError {
  return new KehoachError(
    'TOO_LARGE',
    `${what} is ${(size / 1e6).toFixed(1)} MB, above maxBytes (${(max / 1e6).toFixed(1)} MB); raise the maxBytes option to parse it`,
  );
}
