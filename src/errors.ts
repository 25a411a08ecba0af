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
